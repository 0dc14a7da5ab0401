import { useState } from 'react';
import { SegmentedSwitch } from '../../../components/segmented-switch';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { isNamedUnit, unitName } from '../../../lib/units';
import { formatMoney, formatQuantity } from '../lib/figures';
import type { DateRange } from '../lib/period';
import { BreakdownTable, shareColumn } from './breakdown-table';
import { ListState, Panel, useList } from './dashboard-panels';

/** Products sold without a unit named are read as counted units, as the API does. */
const COUNTED = 'un';

/**
 * Best-selling products by sales, or by quantity. Quantities only rank like with like (12 kg of
 * bread against 40 cans says nothing), so by quantity the list is of one unit at a time, with a
 * switch when the company sells in several.
 */
export function TopProducts({
  companyId,
  range,
  byUnits = false,
}: {
  companyId: string;
  range: DateRange;
  byUnits?: boolean;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string | null>(null);
  const [known, setKnown] = useState<string[]>([]);
  // A unit no longer sold (the data changed under an open dashboard) gives way to the default.
  const stillSold = chosen !== null && (known.length === 0 || known.includes(chosen));
  const unit = byUnits ? (stillSold ? chosen : defaultUnit(known)) : undefined;
  const query = useList(companyId, 'products', range, {
    sort: byUnits ? '-units' : '-revenue',
    pageSize: 8,
    unit,
  });
  const units = query.data?.units;
  if (byUnits && units && units.join() !== known.join()) setKnown(units);
  const title = byUnits ? unitTitle(unit ?? COUNTED, t) : t('dashboards.top.products');
  const switcher =
    byUnits && known.length > 1 ? (
      <UnitSwitch units={known} selected={unit ?? COUNTED} onSelect={setChosen} />
    ) : undefined;
  return (
    <Panel title={title} id={`top-products-${byUnits ? 'units' : 'revenue'}`} action={switcher}>
      <ListState query={query}>
        <BreakdownTable
          testId="top-products"
          caption={title}
          rows={query.data?.data ?? []}
          rowKey={(row) => row.product_id}
          columns={[
            {
              header: t('dashboards.top.product'),
              cell: (row) => (
                <>
                  <div className="font-medium text-slate-900">{row.description ?? row.product_id}</div>
                  <div className="text-xs text-slate-500">{row.product_id}</div>
                </>
              ),
            },
            {
              header: t(unit && unit !== COUNTED ? 'dashboards.top.quantity' : 'dashboards.top.units'),
              numeric: true,
              cell: (row) => formatQuantity(row.units, row.unit_type),
            },
            { header: t('dashboards.top.revenue'), numeric: true, cell: (row) => formatMoney(row.revenue) },
            shareColumn(t('dashboards.top.share'), true),
          ]}
        />
      </ListState>
    </Panel>
  );
}

/** Counted units first when the company has them; else the unit most of its products use. */
function defaultUnit(units: string[]): string {
  return units.length === 0 || units.includes(COUNTED) ? COUNTED : (units[0] as string);
}

type Translate = ReturnType<typeof useI18n>['t'];

function unitTitle(unit: string, t: Translate): string {
  return isNamedUnit(unit)
    ? t(`dashboards.top.productsBy.${unit}`)
    : t('dashboards.top.productsBy.other', { unit });
}

function UnitSwitch({
  units,
  selected,
  onSelect,
}: {
  units: string[];
  selected: string;
  onSelect: (unit: string) => void;
}) {
  const { t } = useI18n();
  return (
    <SegmentedSwitch
      legend={t('dashboards.top.unitSwitch')}
      className="mb-2 text-xs font-semibold"
      testId="unit-switch"
      selected={selected}
      onSelect={onSelect}
      options={units.map((unit) => ({ value: unit, label: unitName(unit, t) }))}
    />
  );
}
