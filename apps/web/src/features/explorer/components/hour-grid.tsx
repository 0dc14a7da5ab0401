import {
  type ExplorerFilters,
  HOUR_GRID_METRICS,
  HOUR_SORTS,
  type HourCellFigures,
  type HourGridMetric,
  type HourTotals,
  hourCellKey,
  hourGrid,
  sumHourCells,
} from '@ayni/contracts';
import { SelectField } from '../../../components/form/select-field';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormatWords } from '../hooks/use-columns';
import { formatValue, type ValueFormat } from '../lib/format-value';

/** The figures the grid can show: the `/hours` sort fields that are figures. */
export const HOUR_GRID_FIGURES = HOUR_SORTS.filter(
  (field): field is 'revenue' | 'units' | 'transactions' | 'avg_ticket' =>
    field !== 'weekday' && field !== 'hour',
);
export type HourGridFigure = (typeof HOUR_GRID_FIGURES)[number];

/** As the explorer's tables show these figures. */
const FORMATS: Record<HourGridMetric, ValueFormat> = {
  revenue: 'currency',
  avg_ticket: 'currency',
  units: 'quantity',
  transactions: 'integer',
  returns: 'integer',
};

const CELL = 'px-2 py-1.5 text-right whitespace-nowrap tabular-nums';

/**
 * Sales by weekday × hour as a table (hours down, weekdays across, so a phone shows the week),
 * each cell tinted by its share of the largest: the heatmap and its accessible table at once.
 * Only the link's weekdays and hours are shown, and the totals per weekday, per hour and of the
 * whole selection are `hourGrid`'s, the sums Ask's answers give.
 */
export function HourGrid({
  cells,
  filters,
  figure,
  onFigure,
}: {
  cells: readonly HourCellFigures[];
  filters: Pick<ExplorerFilters, 'weekdays' | 'hours'>;
  figure: HourGridFigure;
  onFigure: (figure: HourGridFigure) => void;
}) {
  const { t } = useI18n();
  const words = useFormatWords();
  const format = (name: HourGridMetric, value: number | null) =>
    value === null ? '—' : formatValue(value, FORMATS[name], words);
  const grid = hourGrid(cells, filters);
  const figureOf = (totals: HourTotals | undefined) => totals?.[figure] ?? null;
  const cellValue = (weekday: number, hour: number) => {
    const cell = grid.cells.get(hourCellKey(weekday, hour));
    return cell ? figureOf(sumHourCells([cell])) : null;
  };
  const values = grid.weekdays.flatMap((day) => grid.hours.map((hour) => cellValue(day, hour) ?? 0));
  const max = Math.max(0, ...values);
  const figureLabel = t(`explorer.col.${figure}` as MessageKey);
  const dayName = (day: number) => t(`explorer.weekday.${day}` as MessageKey);
  if (!grid.total.sold) {
    return (
      <p role="status" className="rounded-xl bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
        {t('explorer.hours.empty')}
      </p>
    );
  }

  return (
    <div className="space-y-3">
      {/* The selection's totals: every figure an Ask answer about these days and hours gives. */}
      <dl className="grid grid-cols-2 gap-3 rounded-xl bg-white p-3 ring-1 ring-slate-200 sm:grid-cols-5">
        {HOUR_GRID_METRICS.map((name) => (
          <div key={name} className="min-w-0">
            <dt className="text-xs text-slate-500">{t(`explorer.col.${name}` as MessageKey)}</dt>
            <dd className="font-semibold text-slate-900 tabular-nums">{format(name, grid.total[name])}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SelectField
          label={t('explorer.hours.figure')}
          value={figure}
          onChange={(event) => onFigure(event.target.value as HourGridFigure)}
          options={HOUR_GRID_FIGURES.map((name) => ({
            value: name,
            label: t(`explorer.col.${name}` as MessageKey),
          }))}
          fieldClassName="w-56"
        />
        <p className="text-xs text-slate-500">{t('explorer.hours.legend')}</p>
      </div>
      <section
        aria-label={t('explorer.hours.caption', { figure: figureLabel })}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        className="max-w-full overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        <table className="w-full text-xs">
          <caption className="sr-only">{t('explorer.hours.caption', { figure: figureLabel })}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 px-2 py-1.5 text-left font-semibold">
                {t('explorer.col.hour')}
              </th>
              {grid.weekdays.map((day) => (
                <th
                  key={day}
                  scope="col"
                  abbr={dayName(day)}
                  className="px-2 py-1.5 text-right font-semibold"
                >
                  {t(`explorer.weekdayShort.${day}` as MessageKey)}
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5 text-right font-semibold">
                {t('explorer.hours.total')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {grid.hours.map((hour) => (
              <tr key={hour}>
                <th scope="row" className="sticky left-0 bg-white px-2 py-1.5 text-left font-medium">
                  {t('explorer.hours.hour', { hour })}
                </th>
                {grid.weekdays.map((day) => {
                  const value = cellValue(day, hour);
                  const share = max > 0 && value !== null ? Math.max(0, value) / max : 0;
                  return (
                    <td
                      key={day}
                      className={CELL}
                      style={
                        share > 0 ? { backgroundColor: `rgb(13 148 136 / ${0.06 + share * 0.4})` } : undefined
                      }
                    >
                      {format(figure, value)}
                    </td>
                  );
                })}
                <td className={`${CELL} font-semibold`}>{format(figure, figureOf(grid.byHour.get(hour)))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-200 bg-slate-50">
            <tr>
              <th scope="row" className="sticky left-0 bg-slate-50 px-2 py-1.5 text-left font-semibold">
                {t('explorer.hours.total')}
              </th>
              {grid.weekdays.map((day) => (
                <td key={day} className={`${CELL} font-semibold`}>
                  {format(figure, figureOf(grid.byWeekday.get(day)))}
                </td>
              ))}
              <td className={`${CELL} font-semibold`}>{format(figure, figureOf(grid.total))}</td>
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  );
}
