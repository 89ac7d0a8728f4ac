import { useNavigate } from '@tanstack/react-router';
import { useMeta } from '../../api/get-meta.ts';

/** A select of the configured accounts; hidden when there is only one. */
export function AccountSwitcher({ accountId }: { accountId: string | undefined }) {
  const { data: meta } = useMeta();
  const navigate = useNavigate();
  if (!meta || meta.accounts.length < 2) return null;
  return (
    <label className="flex items-center gap-2 text-sm text-slate-300">
      <span>Account</span>
      <select
        value={accountId ?? ''}
        onChange={(event) =>
          navigate({ to: '/$accountId/workflows', params: { accountId: event.target.value } })
        }
        className="rounded-md border border-slate-600 bg-slate-800 px-2 py-1 text-sm text-white"
      >
        {accountId && !meta.accounts.some((a) => a.id === accountId) ? (
          <option value={accountId}>{accountId}</option>
        ) : null}
        {meta.accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}
          </option>
        ))}
      </select>
    </label>
  );
}
