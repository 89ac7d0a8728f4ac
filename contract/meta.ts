import { z } from 'zod/mini';

/**
 * `/api/meta`: what the browser may know about the server. Never secrets. `writes`: whether the server
 * forwards the allowed writes (DASHBOARD_WRITES=1 and no write has come back 403 yet); when writes were
 * switched on but Cloudflare refused one with 403, `writes` is false and `writesUnavailable` says why (the
 * token lacks Workers Scripts Write). Lenient: a server without the field simply never sends it.
 */
export const metaSchema = z.looseObject({
  mode: z.enum(['demo', 'live']),
  accounts: z.array(z.object({ id: z.string(), name: z.string() })),
  writes: z.boolean(),
  writesUnavailable: z.optional(z.string()),
  version: z.string(),
  /** Who is signed in, when a host such as Cloudflare Access vouches for it; absent locally. */
  user: z.catch(z.optional(z.object({ email: z.string() })), undefined),
});
export type Meta = z.infer<typeof metaSchema>;
