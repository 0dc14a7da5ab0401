/**
 * The rows of a big level (product×day, customer×day, product×month, customer×month: together
 * about as many rows as lines): an iterable that builds its rows while it is iterated, each
 * iteration anew from the accumulator, so they are never all in memory. Spread it
 * (`[...rows]`) for an array. Iterate only after the last line was added.
 */
export type RowStream<Row> = Iterable<Row>;

export const rowStream = <Row>(rows: () => Iterator<Row>): RowStream<Row> => ({ [Symbol.iterator]: rows });
