import type { AskQuery } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { getInsightSection } from '../insights/insights.service';
import type { Execution } from './execute-query';
import type { Item } from './execute-ranking';

/*
 * Products bought together: the insights' pairs (products in the same tickets at least three
 * times, more often than by chance), over all the data. Of one product, the pairs it is in. The
 * figure is the tickets holding both; each pair says how many times more often than by chance.
 */

interface StoredPair {
  product_a: string;
  product_b: string;
  name_a: string | null;
  name_b: string | null;
  tickets: number;
  lift: number;
}

export async function executeBaskets(ctx: ServiceContext, query: AskQuery): Promise<Execution> {
  const { data } = await getInsightSection(ctx, 'baskets');
  const pairs = ((data?.pairs as StoredPair[] | undefined) ?? []).filter(
    (pair) =>
      !query.filters.product ||
      pair.product_a === query.filters.product ||
      pair.product_b === query.filters.product,
  );
  const product = query.filters.product;
  const items: Item[] = pairs
    .map((pair) => {
      const a = pair.name_a ?? pair.product_a;
      const b = pair.name_b ?? pair.product_b;
      // Of one product: the other one of each pair.
      const other =
        product === pair.product_a ? { key: pair.product_b, label: b } : { key: pair.product_a, label: a };
      return {
        ...(product ? other : { key: `${pair.product_a}+${pair.product_b}`, label: `${a} + ${b}` }),
        value: pair.tickets,
        lift: pair.lift,
      };
    })
    .sort(
      (x, y) =>
        (y.value ?? 0) - (x.value ?? 0) || (y.lift ?? 0) - (x.lift ?? 0) || x.key.localeCompare(y.key),
    );
  return { items: items.slice(0, query.ranking?.limit ?? 5), total: items.length, months: null };
}
