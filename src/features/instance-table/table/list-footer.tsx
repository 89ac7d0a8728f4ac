import type { UseInfiniteQueryResult } from '@tanstack/react-query';

/** Below the last row: loading more, a failed page with retry, or the end-of-list marker. */
export function ListFooter({
  query,
  shown,
  onRetry,
}: {
  query: Pick<
    UseInfiniteQueryResult,
    'hasNextPage' | 'isFetchingNextPage' | 'isFetchNextPageError' | 'error'
  >;
  shown: number;
  onRetry: () => void;
}) {
  let content: React.ReactNode;
  if (query.isFetchingNextPage) content = 'Loading more instances…';
  else if (query.isFetchNextPageError)
    content = (
      <>
        Could not load more: {query.error?.message}{' '}
        <button type="button" onClick={onRetry} className="underline">
          Retry
        </button>
      </>
    );
  else if (query.hasNextPage) content = 'Scroll for more';
  else
    content = `End of list: ${shown.toLocaleString('en-US')} ${shown === 1 ? 'instance' : 'instances'} in this range`;
  return (
    <div role="status" className="sticky left-0 px-3 py-2 text-xs text-slate-500">
      {content}
    </div>
  );
}
