import type { ExplorerFilterName, ExplorerFilters } from '@ayni/contracts';
import { customerLabel } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { unitName } from '../../../lib/units';
import { explorerKeys, getProductDetail } from '../api/explorer';

/**
 * The slice a view shows ("Sucursal: Centro ×", "Días: sáb, dom"), one removable chip per filter,
 * so a user who came from an Ask answer sees why the figures differ from the unfiltered view.
 */
export function FilterChips({
  companyId,
  filters,
  onRemove,
  onClear,
}: {
  companyId: string;
  filters: ExplorerFilters;
  onRemove: (filter: ExplorerFilterName) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  // Links name a product by its SKU: its description comes from the detail panel's lifetime read.
  const sku = filters.product;
  const product = useQuery({
    queryKey: explorerKeys.product(companyId, sku ?? ''),
    queryFn: ({ signal }) => getProductDetail(companyId, sku ?? '', {}, signal),
    enabled: sku !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const productName = product.data?.product.description ?? null;
  const chips: Array<{ name: ExplorerFilterName; text: string }> = [];
  for (const name of ['location', 'product', 'category'] as const) {
    const value = filters[name];
    if (!value) continue;
    const named = name === 'product' && productName ? `${productName} (${value})` : value;
    chips.push({ name, text: t(`explorer.filters.${name}`, { value: named }) });
  }
  if (filters.weekdays) {
    const days = filters.weekdays.map((day) => t(`explorer.weekdayShort.${day}` as MessageKey)).join(', ');
    chips.push({ name: 'weekdays', text: t('explorer.filters.weekdays', { value: days }) });
  }
  if (filters.hours) {
    chips.push({ name: 'hours', text: t('explorer.filters.hours', filters.hours) });
  }
  if (filters.customer) {
    chips.push({
      name: 'customer',
      text: t('explorer.filters.customer', { value: customerLabel(filters.customer) }),
    });
  }
  if (filters.unit) {
    chips.push({ name: 'unit', text: t('explorer.filters.unit', { value: unitName(filters.unit, t) }) });
  }
  if (chips.length === 0) return null;

  return (
    <section aria-labelledby="explorer-filters" className="space-y-1.5">
      <h2 id="explorer-filters" className="sr-only">
        {t('explorer.filters.label')}
      </h2>
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li
            key={chip.name}
            data-testid="explorer-filter"
            className="inline-flex max-w-full items-center gap-1 rounded-full bg-teal-50 py-1 pr-1 pl-3 text-sm text-teal-900 ring-1 ring-teal-200"
          >
            <span className="min-w-0 truncate" title={chip.text}>
              {chip.text}
            </span>
            <button
              type="button"
              onClick={() => onRemove(chip.name)}
              aria-label={t('explorer.filters.remove', { filter: chip.text })}
              className="inline-flex size-6 shrink-0 items-center justify-center rounded-full text-teal-800 hover:bg-teal-100 focus-visible:ring-2 focus-visible:ring-teal-600 focus-visible:outline-none"
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        {chips.length > 1 && (
          <li>
            <button
              type="button"
              onClick={onClear}
              className="rounded px-1 text-sm font-medium text-teal-700 underline hover:text-teal-800 focus-visible:ring-2 focus-visible:ring-teal-600 focus-visible:outline-none"
            >
              {t('explorer.filters.clear')}
            </button>
          </li>
        )}
      </ul>
      <p className="text-xs text-slate-500">{t('explorer.filters.note')}</p>
    </section>
  );
}
