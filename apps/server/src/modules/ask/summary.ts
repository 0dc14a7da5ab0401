import type { AskAnswer, AskDimension, AskLanguage, AskMetric, AskQuery, AskValue } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { caveats, sameDaysNote } from './answer-caveats';
import { chartOf, linkOf } from './answer-extras';
import { METRIC_LABEL } from './answer-format';
import { sourceOf } from './answer-sources';
import { AskRefusal } from './ask-refusal';
import { unitOf } from './execute-query';
import type { Item } from './execute-ranking';
import { runQuery } from './run-query';
import { type SummaryFigure, type SummaryTop, summaryText } from './summary-text';

/*
 * "¿Cómo me fue en noviembre?": the period's figures against the period compared, each run as
 * its own value question would run it (same days, same sources, same refusals), and its best
 * product, category and branch.
 */

/** The figures of a summary, in the order said. */
const FIGURES: readonly AskMetric[] = ['revenue', 'transactions', 'avg_ticket', 'customers', 'gross_margin'];
/** What the best seller of the period is named for. */
const TOPS: readonly AskDimension[] = ['product', 'category', 'location'];

export interface SummaryContext {
  language: AskLanguage;
  dataThrough: string;
  dataFrom: string | null;
  hasCustomers: boolean;
  confidence: number;
}

export async function answerSummary(
  ctx: ServiceContext,
  query: AskQuery,
  context: SummaryContext,
  /** The answer of a plain value question: what a period without sales gets. */
  answerValue: (query: AskQuery) => Promise<AskAnswer>,
): Promise<AskAnswer> {
  const { language, dataThrough } = context;
  const data = { from: context.dataFrom, through: dataThrough };
  const valueQuery = (metric: AskMetric): AskQuery => ({ ...query, intent: 'value', metric });
  const revenueQuery = valueQuery('revenue');
  const revenue = await runQuery(ctx, revenueQuery, data);
  const sales = revenue.run.items[0];
  // Nothing sold in the period: said as the sales question says it (no data yet, none at all).
  if (!sales || sales.value === null) return answerValue({ ...valueQuery('revenue'), compare: null });

  const figures: SummaryFigure[] = [];
  for (const metric of FIGURES) {
    if (metric === 'customers' && !context.hasCustomers) continue;
    const asked = valueQuery(metric);
    const item = metric === 'revenue' ? sales : await figureOf(ctx, asked, data);
    if (!item || item.value === null) continue;
    // A margin no line carries a cost for would read as a loss.
    if (metric === 'gross_margin' && !item.coverage) continue;
    figures.push({ metric, item, unit: unitOf(asked) });
  }
  const tops: SummaryTop[] = [];
  for (const by of TOPS) {
    if (by === 'location' && query.filters.location) continue;
    const ranked = await bestOf(ctx, query, by, data);
    // One branch is the company itself: naming it as the best says nothing.
    if (ranked.top && (by !== 'location' || ranked.count > 1))
      tops.push({ by, item: ranked.top, unit: ranked.unit });
  }

  const computed = revenue.computed;
  const unit = unitOf(computed);
  // A running period against a whole one: the same days of both, said once.
  const notes =
    caveats(computed, revenue.run, data, language) +
    (computed === revenueQuery ? '' : sameDaysNote(query, dataThrough, language));
  return {
    kind: 'query',
    language,
    answer:
      summaryText(computed, { figures, tops, revenue: sales.value }, language) +
      (notes && `\n${notes.trim()}`),
    values: valuesOf(figures, tops, language),
    chart: chartOf(computed, revenue.run, unit, language),
    link: linkOf(ctx.companyId, computed),
    query,
    confidence: context.confidence,
    sources: [sourceOf(ctx.companyId, computed)],
    suggestions: [],
  };
}

/** One figure of the period, or none when the data cannot give it (no customers, no cost). */
async function figureOf(
  ctx: ServiceContext,
  query: AskQuery,
  data: { from: string | null; through: string },
): Promise<Item | undefined> {
  try {
    return (await runQuery(ctx, query, data)).run.items[0];
  } catch (error) {
    if (error instanceof AskRefusal) return undefined;
    throw error;
  }
}

/** The best seller of the period by net sales, and how many there are. */
async function bestOf(
  ctx: ServiceContext,
  query: AskQuery,
  by: AskDimension,
  data: { from: string | null; through: string },
): Promise<{ top: Item | undefined; count: number; unit: string }> {
  const ranking: AskQuery = {
    ...query,
    intent: 'ranking',
    metric: 'revenue',
    by,
    compare: null,
    ranking: { order: 'desc', by: 'value', limit: by === 'location' ? 50 : 1 },
  };
  const { items, months } = (await runQuery(ctx, ranking, data)).run;
  const top = items[0];
  // Whole months around the days asked would be another period's best seller.
  const widened = months !== null && (months.from !== query.period?.from || months.to !== query.period?.to);
  const sold = top && top.value !== null && top.value > 0 && !widened;
  return { top: sold ? top : undefined, count: items.length, unit: unitOf(ranking) };
}

function valuesOf(figures: SummaryFigure[], tops: SummaryTop[], language: AskLanguage): AskValue[] {
  return [
    ...figures.map(({ metric, item, unit }) => ({
      label: METRIC_LABEL[metric][language],
      key: metric,
      metric,
      value: item.value,
      ...(item.previous !== undefined ? { previous: item.previous, change_pct: item.changePct ?? null } : {}),
      unit,
    })),
    ...tops.map(({ by, item, unit }) => ({
      label: item.label,
      key: `${by}:${item.key}`,
      metric: 'revenue',
      value: item.value,
      unit,
    })),
  ];
}
