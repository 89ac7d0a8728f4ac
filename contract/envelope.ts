import { z } from 'zod/mini';

/** One entry of a Cloudflare envelope's `errors` or `messages` array. */
export const apiMessageSchema = z.looseObject({ code: z.number(), message: z.string() });
export type ApiMessage = z.infer<typeof apiMessageSchema>;

/**
 * `result_info` as Cloudflare fills it. On the instance list `page` and `total_count` are deprecated and
 * `cursor` carries the next page's token (absent or empty on the last page).
 */
export const resultInfoSchema = z.looseObject({
  count: z.optional(z.number()),
  per_page: z.optional(z.number()),
  page: z.optional(z.number()),
  total_count: z.optional(z.number()),
  total_pages: z.optional(z.number()),
  cursor: z.optional(z.string()),
});
export type ResultInfo = z.infer<typeof resultInfoSchema>;

/** A 2xx envelope around `result`. `messages` may hold objects or (rarely) strings. */
export function envelopeSchema<T extends z.ZodMiniType>(result: T) {
  return z.looseObject({
    success: z.literal(true),
    errors: z.optional(z.array(z.unknown())),
    messages: z.optional(z.array(z.unknown())),
    result,
    result_info: z.optional(resultInfoSchema),
  });
}

/** The failure envelope: `{success:false, errors:[{code,message}], messages:[], result:null}`. */
export const errorEnvelopeSchema = z.looseObject({
  success: z.literal(false),
  errors: z.array(apiMessageSchema),
  messages: z.optional(z.array(z.unknown())),
  result: z.optional(z.null()),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** Builds a Cloudflare-style failure body. */
export function errorEnvelope(code: number, message: string): ErrorEnvelope {
  return { success: false, errors: [{ code, message }], messages: [], result: null };
}
