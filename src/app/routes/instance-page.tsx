import { getRouteApi, useLocation } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { LinkNotice } from '../../components/link-notice.tsx';
import { InstanceScreen } from '../../features/instance-view/instance-screen.tsx';

const route = getRouteApi('/$accountId/workflows/$workflowName/instances/$instanceId');

/** The raw `order` of a search string, when it is not one the view understands. */
function invalidOrder(searchStr: string): string | null {
  const raw = new URLSearchParams(searchStr).get('order');
  return raw !== null && raw !== 'asc' && raw !== 'desc' ? raw : null;
}

/** Loaded on demand: the instance screen (and later its Gantt) stays out of the initial bundle. */
export function InstancePage() {
  const { accountId, workflowName, instanceId } = route.useParams();
  const { order = 'asc' } = route.useSearch();
  const navigate = route.useNavigate();
  const searchStr = useLocation({ select: (location) => location.searchStr });
  // Read once, from the URL the page opened with: the notice stays after the URL is cleaned.
  const [badOrder, setBadOrder] = useState(() => invalidOrder(searchStr));
  useEffect(() => {
    // validateSearch already ignores it; take it out of the address bar too, without a history entry.
    if (badOrder !== null)
      void navigate({ search: (prev) => ({ ...prev, order: undefined }), replace: true });
  }, [badOrder, navigate]);
  return (
    <div className="space-y-4">
      <LinkNotice
        messages={
          badOrder === null ? [] : [`Ignored order '${badOrder}' from the link (expected asc or desc).`]
        }
        onDismiss={() => setBadOrder(null)}
      />
      <InstanceScreen
        accountId={accountId}
        workflowName={workflowName}
        instanceId={instanceId}
        order={order}
        onOrderChange={(next) =>
          navigate({ search: (prev) => ({ ...prev, order: next === 'asc' ? undefined : next }) })
        }
      />
    </div>
  );
}
