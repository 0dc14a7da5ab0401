/** Why the stored data cannot answer a structured query (said to the user, never guessed around). */
export type Refusal =
  | 'metric_not_at_level'
  | 'combination'
  | 'unknown_entity'
  | 'uf_unavailable'
  /** A ranking by change against a period that begins before the first sale. */
  | 'compare_before_data'
  /** A breakdown by seller (or payment method) of files that name none. */
  | 'no_sellers'
  | 'no_payment_methods';
export class AskRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal);
  }
}
