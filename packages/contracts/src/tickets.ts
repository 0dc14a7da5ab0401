import { z } from 'zod';
import { analyticsItemMetaSchema, clockFilters } from './analytics';

/*
 * The largest tickets (boletas) of a period: each document's net total over its lines of the days,
 * branch, weekdays and hours asked, largest first.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const largestTicketsQuerySchema = z.object({
  /** First and last local date (YYYY-MM-DD); all the data without them. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** A branch name: only its tickets. */
  location: z.string().min(1).max(200).optional(),
  ...clockFilters,
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export type LargestTicketsQuery = z.infer<typeof largestTicketsQuerySchema>;

export const ticketSchema = z.object({
  /** The document number of the source file. */
  document_id: z.string(),
  /** Local date and time (HH:MM) of its first line. */
  day: isoDate,
  time: z.string(),
  location: z.string().nullable(),
  lines: z.number().int(),
  units: z.number(),
  /** Net total of its lines (pesos). */
  total: z.number(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const largestTicketsResponseSchema = z.object({
  data: z.array(ticketSchema),
  meta: analyticsItemMetaSchema,
});
