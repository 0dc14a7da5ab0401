import type { AskPeriod, AskQuery } from '@ayni/contracts';
import { inCompany, macroObservationAtOrBefore } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { AskRefusal } from './ask-refusal';
import type { Execution, UfUsed } from './execute-query';
import { METRIC_UNIT } from './metric-sums';

/**
 * UF in force on the period's last day (or on data_through, if the period runs past the data):
 * the last one stored on or before it, and the day it was asked for.
 */
async function ufOn(ctx: ServiceContext, period: AskPeriod | null, dataThrough: string): Promise<UfUsed> {
  const date = period && period.to < dataThrough ? period.to : dataThrough;
  const uf = await inCompany(ctx.db, ctx.companyId, (tx) => macroObservationAtOrBefore(tx, 'uf', date));
  if (!uf || !(uf.value > 0)) throw new AskRefusal('uf_unavailable');
  return { value: uf.value, date: uf.date, wanted: date };
}

const inUf = (value: number | null | undefined, uf: number) =>
  value === null || value === undefined ? value : Math.round((value / uf) * 100) / 100 + 0;

/**
 * Peso amounts in UF: each period's figures with that period's UF. A series spans many periods
 * (one UF each) and is not converted: refused rather than approximated.
 */
export async function toUf(
  ctx: ServiceContext,
  query: AskQuery,
  run: Execution,
  dataThrough: string,
): Promise<Execution> {
  if (METRIC_UNIT[query.metric] !== 'CLP') return run;
  if (query.intent === 'series') throw new AskRefusal('combination');
  const used = await ufOn(ctx, query.period, dataThrough);
  const usedBefore = query.compare ? await ufOn(ctx, query.compare, dataThrough) : undefined;
  const uf = used.value;
  const ufBefore = usedBefore?.value ?? uf;
  const items = run.items.map((item) => {
    const value = inUf(item.value, uf) ?? null;
    const previous = inUf(item.previous, ufBefore);
    const change =
      value !== null && previous !== null && previous !== undefined
        ? Math.round((value - previous) * 100) / 100 + 0
        : null;
    return { ...item, value, ...(previous !== undefined ? { previous, change } : {}) };
  });
  return { ...run, items, uf: { period: used, ...(usedBefore ? { compare: usedBefore } : {}) } };
}
