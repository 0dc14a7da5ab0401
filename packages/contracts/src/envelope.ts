import { z } from 'zod';
import { metaSchema } from './errors';

/** Success envelope: `{ data, meta }`. */
export function envelope<T extends z.ZodType>(data: T) {
  return z.object({ data, meta: metaSchema });
}

export const listMetaSchema = metaSchema.extend({
  page: z.number().int().min(1),
  page_size: z.number().int().min(1),
  total: z.number().int().min(0),
});

/** List envelope: `{ data: [...], meta: { ..., page, total } }`. */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: listMetaSchema });
}

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(50),
});

export type Meta = z.infer<typeof metaSchema>;
export type ListMeta = z.infer<typeof listMetaSchema>;
