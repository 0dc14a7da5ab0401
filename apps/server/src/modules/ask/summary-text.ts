import type { AskDimension, AskLanguage, AskMetric, AskPeriod, AskQuery } from '@ayni/contracts';
import { againstPeriod, formatPct, formatValue, METRIC_LABEL, periodLabel } from './answer-format';
import type { Item } from './execute-ranking';

/* A summary's text: a heading, then one line per figure and per best seller. */

export interface SummaryFigure {
  metric: AskMetric;
  item: Item;
  unit: string;
}

export interface SummaryTop {
  by: AskDimension;
  item: Item;
  unit: string;
}

const TOP_LABEL: Record<string, Record<AskLanguage, string>> = {
  product: { es: 'Producto más vendido', en: 'Best-selling product' },
  category: { es: 'Categoría más vendida', en: 'Best-selling category' },
  location: { es: 'Sucursal que más vendió', en: 'Branch with the most sales' },
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Resumen de noviembre de 2025 en Sucursal Providencia, frente a octubre de 2025:". */
function heading(period: AskPeriod | null, query: AskQuery, language: AskLanguage): string {
  const es = language === 'es';
  const label = periodLabel(period, language);
  const of = !es ? 'of ' : period?.grain === 'range' ? '' : period?.grain === 'day' ? 'del ' : 'de ';
  const where = query.filters.location ? ` ${es ? 'en' : 'at'} ${query.filters.location}` : '';
  const against = query.compare ? `, ${againstPeriod(query.compare, language)}` : '';
  return `${es ? 'Resumen' : 'Summary'} ${of}${label}${where}${against}:`;
}

/** " (+12,5 % frente a $1.234.567)": the change against the period compared, when there is one. */
function changeOf(item: Item, unit: string, language: AskLanguage, compared: boolean): string {
  const es = language === 'es';
  if (!compared) return '';
  if (item.previous === null || item.previous === undefined)
    return es ? ' (sin datos del período comparado)' : ' (no data in the period compared)';
  const before = formatValue(item.previous, unit, language);
  if (item.changePct === null || item.changePct === undefined)
    return es ? ` (antes ${before})` : ` (before ${before})`;
  const sign = item.changePct > 0 ? '+' : item.changePct < 0 ? '−' : '';
  return ` (${sign}${formatPct(item.changePct, language)} ${es ? 'frente a' : 'against'} ${before})`;
}

function figureLine(figure: SummaryFigure, language: AskLanguage, compared: boolean): string {
  const es = language === 'es';
  const { metric, item, unit } = figure;
  let line = `${capitalize(METRIC_LABEL[metric][language])}: ${formatValue(item.value, unit, language)}`;
  if (metric === 'gross_margin' && item.marginPct !== null && item.marginPct !== undefined)
    line += `, ${formatValue(item.marginPct, '%', language)} ${es ? 'de la venta' : 'of sales'}`;
  line += `${changeOf(item, unit, language, compared)}.`;
  // A margin is shown with its coverage: it measures only the lines that carry a cost.
  if (item.coverage !== null && item.coverage !== undefined && item.coverage < 100) {
    const share = formatValue(item.coverage, '%', language);
    line += es
      ? ` Mide el ${share} de la venta que trae costo.`
      : ` It measures the ${share} of sales that carry a cost.`;
  }
  return line;
}

function topLine(top: SummaryTop, revenue: number, language: AskLanguage): string {
  const es = language === 'es';
  const { item, unit } = top;
  const value = formatValue(item.value, unit, language);
  const share =
    item.value !== null && revenue > 0
      ? `, ${formatValue(Math.round((item.value / revenue) * 10_000) / 100, '%', language)} ${es ? 'de la venta' : 'of sales'}`
      : '';
  return `${TOP_LABEL[top.by]?.[language]}: ${item.label} (${value}${share}).`;
}

export function summaryText(
  computed: AskQuery,
  summary: { figures: SummaryFigure[]; tops: SummaryTop[]; revenue: number },
  language: AskLanguage,
): string {
  const compared = computed.compare !== null;
  return [
    heading(computed.period, computed, language),
    ...summary.figures.map((figure) => `• ${figureLine(figure, language, compared)}`),
    ...summary.tops.map((top) => `• ${topLine(top, summary.revenue, language)}`),
  ].join('\n');
}
