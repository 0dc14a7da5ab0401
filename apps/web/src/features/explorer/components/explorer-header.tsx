import type { ExplorerFilters } from '@ayni/contracts';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { exportPath } from '../api/explorer';
import { type ExplorerLevel, isMetricLevel } from '../lib/levels';
import { ExportMenu } from './export-menu';

interface ExplorerHeaderProps {
  companyId: string;
  level: ExplorerLevel;
  /** Whether the view shows any row (an empty view has nothing to export). */
  hasRows: boolean;
  sliced: boolean;
  filters: ExplorerFilters;
  range: { from?: string; to?: string };
  sort: string;
}

/** The explorer's title, and the export of the view on screen when it can be exported. */
export function ExplorerHeader({
  companyId,
  level,
  hasRows,
  sliced,
  filters,
  range,
  sort,
}: ExplorerHeaderProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const location = filters.location ?? '';
  // Exports take a branch on the period levels and the grid; other slices are not exportable yet.
  const grid = level === 'hour';
  const gridSliced = grid && Boolean(filters.product || filters.category || filters.hours);
  const exportable = !sliced && !gridSliced && filters.weekdays === null;
  const exportView = {
    ...range,
    location: (isMetricLevel(level) || grid) && location ? location : undefined,
    // A unit narrows the product list and its file alike.
    unit: level === 'product' && filters.unit ? filters.unit : undefined,
    // The grid's sort picks the figure it shows; its file lists the cells by weekday and hour.
    sort: grid ? 'weekday' : sort,
    lang: i18n.language,
  };

  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <p className="text-sm font-medium text-teal-700">{t('explorer.eyebrow')}</p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {t('explorer.title')}
        </h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{t('explorer.subtitle')}</p>
      </div>
      <ExportMenu
        key={level}
        level={level}
        disabled={!hasRows || !exportable}
        unavailable={
          sliced || gridSliced || filters.weekdays ? t('explorer.filters.exportUnavailable') : undefined
        }
        pathOf={(choice) => exportPath(companyId, level, choice, exportView)}
      />
    </div>
  );
}
