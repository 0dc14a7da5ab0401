import type { AskQuery } from '@ayni/contracts';
import { sameDaysQuery } from '@ayni/engine';
import type { ServiceContext } from '../../lib/context';
import { customerByRut } from './customer-lookup';
import { type Execution, executeQuery } from './execute-query';
import { isPeriodAverage } from './period-averages';
import { toUf } from './uf-conversion';

/**
 * Runs a structured query as the answer states it: a running period compared with a whole one
 * is cut to the same days (`computed`), unless its source cannot cut days; amounts in UF are
 * converted last. Throws `AskRefusal` when the data cannot answer.
 */
export async function runQuery(
  ctx: ServiceContext,
  query: AskQuery,
  data: { from: string | null; through: string },
): Promise<{ computed: AskQuery; run: Execution }> {
  // A customer the sales do not have is refused before any source reads a figure of 0.
  if (query.filters.customer) await customerByRut(ctx, query.filters.customer);
  let computed = query;
  // Averages over whole months or weeks compare as they are: a running one is left out of both.
  const sameDays = isPeriodAverage(query.metric) ? null : sameDaysQuery(query, data.through);
  let run = await executeQuery(ctx, sameDays ?? query, data);
  // A monthly source sums whole months whatever the days, and distinct customers do not add up
  // over days: then the days cannot be cut.
  if (sameDays && (widened(run, sameDays) || run.missing === 'not_derivable'))
    run = await executeQuery(ctx, query, data);
  else if (sameDays) computed = sameDays;
  if (computed.currency === 'UF') run = await toUf(ctx, computed, run, data.through);
  return { computed, run };
}

const widened = (run: Execution, query: AskQuery) =>
  run.months !== null && (run.months.from !== query.period?.from || run.months.to !== query.period?.to);
