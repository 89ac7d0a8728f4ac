import { z } from 'zod/mini';

/** `/api/meta`: what the browser may know about the server. Never secrets. */
export const metaSchema = z.object({
  mode: z.enum(['demo', 'live']),
  accounts: z.array(z.object({ id: z.string(), name: z.string() })),
  writes: z.boolean(),
  version: z.string(),
  /** Who is signed in, when a host such as Cloudflare Access vouches for it; absent locally. */
  user: z.catch(z.optional(z.object({ email: z.string() })), undefined),
});
export type Meta = z.infer<typeof metaSchema>;
