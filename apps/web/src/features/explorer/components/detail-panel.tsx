import type { CatalogFeature } from '@ayni/contracts';
import { customerLabel } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type ExplorerRow, explorerKeys, getCustomerDetail, getProductDetail } from '../api/explorer';
import { useCatalogMap, useColumnLabel, useFormatWords } from '../hooks/use-columns';
import { useCustomerWords } from '../lib/customer-words';
import { formatOf, isNumericFormat } from '../lib/format-value';
import { SidePanel } from './side-panel';
import { ValueCell } from './value-cell';

const PRODUCT_FIELDS = [
  'description',
  'category',
  'revenue',
  'units',
  'gross_margin',
  'margin_pct',
  'discount',
  'days_sold',
  'avg_unit_price',
  'revenue_share_pct',
  'abc_class',
  'first_sale',
  'last_sale',
];
const CUSTOMER_FIELDS = [
  'revenue',
  'transactions',
  'units',
  'avg_ticket',
  'gross_margin',
  'margin_pct',
  'first_purchase',
  'last_purchase',
  'days_since_last_purchase',
  'purchases',
  'avg_days_between_purchases',
  'favorite_product',
  'preferred_weekday',
  'preferred_day_part',
  'lifecycle_stage',
  'churned',
];
const MONTH_FIELDS = ['period', 'revenue', 'units', 'gross_margin'];

/** A row's figures as a definition list, formatted from the catalog. */
function Figures({
  row,
  fields,
  catalog,
  textOf,
}: {
  row: ExplorerRow;
  fields: string[];
  catalog: Map<string, CatalogFeature>;
  /** Words for a text value the API gives as a code (a stage, a product id); undefined: as given. */
  textOf?: (field: string, value: string) => string | undefined;
}) {
  const labelOf = useColumnLabel();
  const { language } = useI18n();
  const words = useFormatWords();
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
      {fields
        .filter((field) => field in row)
        .map((field) => {
          const feature = catalog.get(field);
          return (
            <div key={field} className="min-w-0">
              <dt
                className="text-xs text-slate-500"
                title={
                  feature ? (language === 'es' ? feature.description_es : feature.description_en) : undefined
                }
              >
                {labelOf(field)}
              </dt>
              <dd className="font-medium break-words text-slate-900 tabular-nums">
                <ValueCell
                  value={(typeof row[field] === 'string' && textOf?.(field, row[field])) || row[field]}
                  format={formatOf(feature, row[field])}
                  reason={row.nulls?.[field]}
                  words={words}
                  unit={row.unit_type}
                />
              </dd>
            </div>
          );
        })}
    </dl>
  );
}

export interface DetailTarget {
  kind: 'product' | 'customer';
  id: string;
}

/** `/products/{id}` or `/customers/{id}` in a side panel. */
export function DetailPanel({
  companyId,
  target,
  range,
  sliced = false,
  catalog,
  onClose,
}: {
  companyId: string;
  target: DetailTarget;
  range: { from?: string; to?: string };
  /** The view is a slice (branch, weekdays, hours): the panel's figures are the whole company's. */
  sliced?: boolean;
  catalog: CatalogFeature[] | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const byName = useCatalogMap(catalog);
  const labelOf = useColumnLabel();
  const words = useFormatWords();
  const product = useQuery({
    queryKey: explorerKeys.product(companyId, target.id, range.from, range.to),
    queryFn: ({ signal }) => getProductDetail(companyId, target.id, range, signal),
    enabled: target.kind === 'product',
  });
  const customer = useQuery({
    queryKey: explorerKeys.customer(companyId, target.id),
    queryFn: ({ signal }) => getCustomerDetail(companyId, target.id, signal),
    enabled: target.kind === 'customer',
  });
  const query = target.kind === 'product' ? product : customer;
  const description = target.kind === 'product' ? product.data?.product.description : null;
  const customerWord = useCustomerWords();
  // The favorite product by its description (the profile stores its code).
  const favorite =
    typeof customer.data?.favorite_product === 'string' ? customer.data.favorite_product : null;
  const favoriteProduct = useQuery({
    queryKey: explorerKeys.product(companyId, favorite ?? '', undefined, undefined),
    queryFn: ({ signal }) => getProductDetail(companyId, favorite ?? '', {}, signal),
    enabled: favorite !== null,
  });
  const productName = (code: string) => {
    const name = favoriteProduct.data?.product.description;
    return typeof name === 'string' && name.trim() !== '' ? `${name} (${code})` : undefined;
  };

  let body: React.ReactNode;
  if (query.isError) {
    body = <ErrorState message={errorMessage(query.error, i18n)} onRetry={() => void query.refetch()} />;
  } else if (target.kind === 'product' && product.data) {
    const detail = product.data;
    body = (
      <>
        <section className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-700">{t('explorer.detail.lifetime')}</h3>
          <Figures row={detail.product as ExplorerRow} fields={PRODUCT_FIELDS} catalog={byName} />
        </section>
        {detail.range && (
          <section className="space-y-2">
            <h3 className="text-sm font-semibold text-slate-700">{t('explorer.detail.range')}</h3>
            <Figures row={detail.range as ExplorerRow} fields={PRODUCT_FIELDS.slice(2)} catalog={byName} />
          </section>
        )}
        {detail.months.length > 0 && (
          <section className="space-y-2">
            <h3 className="text-sm font-semibold text-slate-700">{t('explorer.detail.months')}</h3>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead>
                  <tr>
                    {MONTH_FIELDS.map((field) => (
                      <th
                        key={field}
                        scope="col"
                        className="px-2 py-1.5 text-left text-xs font-semibold text-slate-500"
                      >
                        {labelOf(field)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {detail.months.map((month) => (
                    <tr key={month.period}>
                      {MONTH_FIELDS.map((field) => {
                        const format = formatOf(byName.get(field), month[field]);
                        return (
                          <td
                            key={field}
                            className={
                              isNumericFormat(format)
                                ? 'px-2 py-1.5 text-right whitespace-nowrap tabular-nums'
                                : 'px-2 py-1.5'
                            }
                          >
                            <ValueCell
                              value={month[field]}
                              format={format}
                              reason={month.nulls[field]}
                              words={words}
                              unit={detail.product.unit_type}
                            />
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
      </>
    );
  } else if (target.kind === 'customer' && customer.data) {
    body = (
      <Figures
        row={customer.data}
        fields={CUSTOMER_FIELDS}
        catalog={byName}
        textOf={(field, value) =>
          field === 'favorite_product' ? productName(value) : customerWord(field, value)
        }
      />
    );
  } else {
    body = (
      <p role="status" className="text-sm text-slate-500">
        {t('explorer.detail.loading')}
      </p>
    );
  }

  return (
    <SidePanel
      title={
        // A product is known by its description; its code stays beside it.
        typeof description === 'string' && description.trim() !== ''
          ? `${description} (${target.id})`
          : t(target.kind === 'product' ? 'explorer.detail.product' : 'explorer.detail.customer', {
              id: target.kind === 'customer' ? customerLabel(target.id) : target.id,
            })
      }
      closeLabel={t('explorer.detail.close')}
      onClose={onClose}
    >
      {sliced && <p className="text-xs text-amber-800">{t('explorer.detail.unsliced')}</p>}
      {body}
    </SidePanel>
  );
}
