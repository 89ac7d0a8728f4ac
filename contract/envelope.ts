import { z } from 'zod';

/** One entry of a Cloudflare envelope's `errors` or `messages` array. */
export const apiMessageSchema = z.looseObject({ code: z.number(), message: z.string() });
export type ApiMessage = z.infer<typeof apiMessageSchema>;

/**
 * `result_info` as Cloudflare fills it. On the instance list `page` and `total_count` are deprecated and
 * `cursor` carries the next page's token (absent or empty on the last page).
 */
export const resultInfoSchema = z.looseObject({
  count: z.number().optional(),
  per_page: z.number().optional(),
  page: z.number().optional(),
  total_count: z.number().optional(),
  total_pages: z.number().optional(),
  cursor: z.string().optional(),
});
export type ResultInfo = z.infer<typeof resultInfoSchema>;

/** A 2xx envelope around `result`. `messages` may hold objects or (rarely) strings. */
export function envelopeSchema<T extends z.ZodType>(result: T) {
  return z.looseObject({
    success: z.literal(true),
    errors: z.array(z.unknown()).optional(),
    messages: z.array(z.unknown()).optional(),
    result,
    result_info: resultInfoSchema.optional(),
  });
}

/** The failure envelope: `{success:false, errors:[{code,message}], messages:[], result:null}`. */
export const errorEnvelopeSchema = z.looseObject({
  success: z.literal(false),
  errors: z.array(apiMessageSchema),
  messages: z.array(z.unknown()).optional(),
  result: z.null().optional(),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** Builds a Cloudflare-style failure body. */
export function errorEnvelope(code: number, message: string): ErrorEnvelope {
  return { success: false, errors: [{ code, message }], messages: [], result: null };
}
