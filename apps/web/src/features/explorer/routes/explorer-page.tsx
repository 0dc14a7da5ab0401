import { EXPLORER_LEVEL_FILTERS, isSliced, type MyCompany } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AnalyticsDisclaimer } from '../../../components/analytics-disclaimer';
import { Tabs } from '../../../components/tabs';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { explorerKeys, getCatalog, getLocationNames } from '../api/explorer';
import { BranchFilter } from '../components/branch-filter';
import { DetailPanel, type DetailTarget } from '../components/detail-panel';
import { ExplorerContent } from '../components/explorer-content';
import { ExplorerHeader } from '../components/explorer-header';
import { FilterChips } from '../components/filter-chips';
import { PeriodNotes } from '../components/period-notes';
import { RangeFilter } from '../components/range-filter';
import { UnitFilter } from '../components/unit-filter';
import { useExplorerUrl } from '../hooks/use-explorer-url';
import { useLevelRows } from '../hooks/use-level-rows';
import { EXPLORER_LEVELS, type ExplorerLevel } from '../lib/levels';

/** `/c/:companyId/explore/:level`: one level of the company's figures as a table. */
export function ExplorerPage({ company, level }: { company: MyCompany; level: ExplorerLevel }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [target, setTarget] = useState<DetailTarget | null>(null);
  // The same reading of the URL as Ask's deep links are checked with (contracts' explorer-link).
  const { from, to, rangeValid, sort, page, filters, update, removeFilters, searchFor } =
    useExplorerUrl(level);
  const range = { from: from || undefined, to: to || undefined };
  const sliced = isSliced(level, filters);
  const takesBranch = EXPLORER_LEVEL_FILTERS[level].includes('location');
  const takesUnit = EXPLORER_LEVEL_FILTERS[level].includes('unit');

  const catalog = useQuery({
    queryKey: explorerKeys.catalog,
    queryFn: ({ signal }) => getCatalog(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const branches = useQuery({
    queryKey: explorerKeys.locations(company.id),
    queryFn: ({ signal }) => getLocationNames(company.id, signal),
    staleTime: 5 * 60_000,
  });
  const levelRows = useLevelRows(company.id, level, { range, rangeValid, sort, page, filters });
  const { rows } = levelRows;
  const units = levelRows.query.data?.meta.units ?? [];

  return (
    <div className="min-w-0 space-y-6">
      <ExplorerHeader
        companyId={company.id}
        level={level}
        hasRows={Boolean(rows && rows.length > 0)}
        sliced={sliced}
        filters={filters}
        range={range}
        sort={sort}
      />
      <Tabs
        label={t('explorer.levels')}
        tabs={EXPLORER_LEVELS.map((key) => ({ key, label: t(`explorer.level.${key}`) }))}
        selected={level}
        onSelect={(next) => {
          // The dates and the filters the next level applies go along.
          navigate(`/c/${company.id}/explore/${next}${searchFor(next)}`);
        }}
      >
        <div className="space-y-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="flex flex-wrap items-end gap-3">
              <RangeFilter from={from} to={to} onChange={(next) => update({ ...next, page: null })} />
              {takesBranch && (branches.data?.length ?? 0) > 0 && (
                <BranchFilter
                  branches={branches.data ?? []}
                  value={filters.location ?? ''}
                  onChange={(next) => update({ location: next, page: null })}
                />
              )}
              {takesUnit && (units.length > 1 || filters.unit) && (
                <UnitFilter
                  units={units}
                  value={filters.unit ?? ''}
                  onChange={(next) => update({ unit: next, page: null })}
                />
              )}
            </div>
            <PeriodNotes level={level} sliced={sliced} meta={levelRows.query.data?.meta} />
          </div>
          <FilterChips
            companyId={company.id}
            filters={filters}
            onRemove={(name) => removeFilters([name])}
            onClear={() => removeFilters()}
          />
          <ExplorerContent
            level={level}
            rangeValid={rangeValid}
            levelRows={levelRows}
            catalog={catalog}
            sort={sort}
            filters={filters}
            update={update}
            onOpen={setTarget}
          />
        </div>
      </Tabs>
      {target && (
        <DetailPanel
          companyId={company.id}
          target={target}
          range={range}
          sliced={sliced}
          catalog={catalog.data}
          onClose={() => setTarget(null)}
        />
      )}
      <AnalyticsDisclaimer />
    </div>
  );
}
