import { ApiError } from '../api/client.ts';

export interface ErrorStateProps {
  /** What failed, e.g. "Could not load workflows". */
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** Any failure as a readable message; never a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  const rateLimited = error instanceof ApiError && error.kind === 'rate-limited';
  return (
    <div
      role="alert"
      className={`rounded-lg border px-4 py-3 text-sm ${rateLimited ? 'border-amber-200 bg-amber-50 text-amber-900' : 'border-red-200 bg-red-50 text-red-900'}`}
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{errorMessage(error)}</p>
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 rounded-md border border-current/20 bg-white px-3 py-1 text-sm font-medium shadow-xs hover:bg-white/70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-orange-500"
        >
          Try again
        </button>
      ) : null}
    </div>
  );
}
