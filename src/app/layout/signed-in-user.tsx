import { useMeta } from '../../api/get-meta.ts';

/** Behind Cloudflare Access (the Workers deployment), who is signed in; nothing on the local server. */
export function SignedInUser() {
  const { data: meta } = useMeta();
  const email = meta?.user?.email;
  if (!email) return null;
  return (
    <span className="text-xs text-slate-300">
      Signed in as <span className="font-medium text-white">{email}</span>
    </span>
  );
}
