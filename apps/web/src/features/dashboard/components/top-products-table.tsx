import type { DashboardSummary } from '@ayni/contracts';
import { formatCLP, formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TopProduct = DashboardSummary['top_products'][number];

const TH = 'px-4 py-2.5 text-xs font-semibold tracking-wide text-slate-500 uppercase';

export function TopProductsTable({ products }: { products: TopProduct[] }) {
  const { t } = useI18n();
  const unitLabel = (unit: string | null) =>
    unit === 'un' || unit === 'kg' ? t(`dashboard.unit.${unit}`) : (unit ?? '');
  const best = Math.max(1, ...products.map((product) => product.revenue));
  return (
    <div className="overflow-x-auto">
      <table data-testid="top-products" className="w-full text-sm">
        <thead className="bg-slate-50/80">
          <tr>
            <th scope="col" className={`${TH} text-left`}>
              {t('dashboard.top.product')}
            </th>
            <th scope="col" className={`${TH} hidden text-left sm:table-cell`}>
              {t('dashboard.top.category')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('dashboard.top.units')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('dashboard.top.revenue')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {products.length === 0 && (
            <tr>
              <td colSpan={4} className="px-4 py-10 text-center text-slate-500">
                {t('dashboard.top.empty')}
              </td>
            </tr>
          )}
          {products.map((product) => (
            <tr key={product.sku} className="hover:bg-slate-50/60">
              <td className="px-4 py-3">
                <div className="font-medium text-slate-900">{product.name}</div>
                <div className="text-xs text-slate-400">{product.sku}</div>
              </td>
              <td className="hidden px-4 py-3 sm:table-cell">
                <span className="inline-flex rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
                  {product.category}
                </span>
              </td>
              <td className="px-4 py-3 text-right whitespace-nowrap text-slate-700 tabular-nums">
                <span>{formatNumber(product.units)}</span>{' '}
                <span className="text-xs text-slate-400">{unitLabel(product.unit)}</span>
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                <div className="font-medium text-slate-900">{formatCLP(product.revenue)}</div>
                <div aria-hidden="true" className="mt-1 ml-auto h-1 w-20 rounded-full bg-slate-100">
                  <div
                    className="h-1 rounded-full bg-teal-500"
                    style={{ width: `${Math.max(2, (product.revenue / best) * 100)}%` }}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
