import { Link } from '@tanstack/react-router';
import { useMeta } from '../../api/get-meta.ts';

export interface BreadcrumbsProps {
  accountId: string | undefined;
  workflowName: string | undefined;
  instanceId: string | undefined;
}

const linkClass = 'rounded text-slate-300 hover:text-white hover:underline';

/** account › workflow › instance, from the current route's params. */
export function Breadcrumbs({ accountId, workflowName, instanceId }: BreadcrumbsProps) {
  const { data: meta } = useMeta();
  if (!accountId) return null;
  const accountName = meta?.accounts.find((a) => a.id === accountId)?.name ?? accountId;
  return (
    <nav aria-label="Breadcrumb" className="order-last w-full min-w-0 sm:order-none sm:w-auto">
      <ol className="flex min-w-0 items-center gap-2 text-sm">
        <li className="truncate">
          <Link to="/$accountId/workflows" params={{ accountId }} className={linkClass}>
            {accountName}
          </Link>
        </li>
        {workflowName ? (
          <li className="flex min-w-0 items-center gap-2">
            <span aria-hidden="true" className="text-slate-500">
              ›
            </span>
            <Link
              to="/$accountId/workflows/$workflowName"
              params={{ accountId, workflowName }}
              className={`truncate ${linkClass}`}
            >
              {workflowName}
            </Link>
          </li>
        ) : null}
        {workflowName && instanceId ? (
          <li className="flex min-w-0 items-center gap-2">
            <span aria-hidden="true" className="text-slate-500">
              ›
            </span>
            <span aria-current="page" className="truncate font-mono text-xs text-white">
              {instanceId}
            </span>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
