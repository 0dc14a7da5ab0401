import type { MetricPeriod } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatCLP, formatDate, formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { macroRevenueOptions } from '../api/macro';
import { formatChange, formatYearMonth } from '../lib/format-macro';
import { MacroCard } from './macro-card';
import { RevenueLinesChart } from './revenue-lines-chart';

const value = (row: MetricPeriod, field: string) =>
  typeof row[field] === 'number' ? (row[field] as number) : null;

/** The last 12 months: nominal, real (base month), UF, USD and real growth, with the data's dates. */
export function RevenueRealPanel({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(macroRevenueOptions(companyId));
  if (query.isError)
    return <ErrorState message={errorMessage(query.error, i18n)} onRetry={() => query.refetch()} />;
  const rows = (query.data?.data ?? []).slice(-12);
  const macro = query.data?.meta.macro;
  const dash = (x: number | null, format: (n: number) => string) => (x === null ? '—' : format(x));
  return (
    <MacroCard
      id="macro-revenue"
      title={t('macro.revenue.title')}
      subtitle={
        macro?.base_month
          ? t('macro.revenue.subtitle', { base: formatYearMonth(macro.base_month) })
          : undefined
      }
    >
      {!query.data ? (
        <p className="text-sm text-slate-500">{t('macro.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('macro.revenue.empty')}</p>
      ) : (
        <>
          <RevenueLinesChart
            rows={rows}
            grain="month"
            testId="macro-revenue-chart"
            label={t('macro.revenue.chart', {
              from: formatYearMonth(rows[0]?.period ?? ''),
              to: formatYearMonth(rows.at(-1)?.period ?? ''),
            })}
          />
          <ScrollRegion label={t('macro.revenue.title')}>
            <table className="mt-3 w-full text-sm" data-testid="macro-revenue-table">
              <thead>
                <tr className="text-right text-xs text-slate-500">
                  <th className="py-1 text-left font-medium">{t('macro.revenue.month')}</th>
                  <th className="py-1 font-medium">{t('macro.revenue.nominal')}</th>
                  <th className="py-1 font-medium">{t('macro.revenue.real')}</th>
                  <th className="py-1 font-medium">{t('macro.revenue.uf')}</th>
                  <th className="py-1 font-medium">{t('macro.revenue.usd')}</th>
                  <th className="py-1 font-medium">{t('macro.revenue.realYoy')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 text-right tabular-nums">
                {rows.map((row) => (
                  <tr key={row.period} data-testid={`macro-revenue-${row.period}`}>
                    <td className="py-1.5 text-left text-slate-900">
                      {formatYearMonth(row.period)}
                      {row.partial === true && (
                        <span
                          title={t('common.partial.title')}
                          className="ml-2 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-800 ring-1 ring-amber-200"
                        >
                          {t('common.partial.badge')}
                        </span>
                      )}
                    </td>
                    <td className="py-1.5">{formatCLP(row.revenue)}</td>
                    <td className="py-1.5" title={row.nulls.revenue_real}>
                      {dash(value(row, 'revenue_real'), formatCLP)}
                    </td>
                    <td className="py-1.5" title={row.nulls.revenue_uf}>
                      {dash(value(row, 'revenue_uf'), (n) => `${formatNumber(n)} UF`)}
                    </td>
                    <td className="py-1.5" title={row.nulls.revenue_usd}>
                      {dash(value(row, 'revenue_usd'), (n) => `US$ ${formatNumber(n)}`)}
                    </td>
                    <td className="py-1.5" title={row.nulls.revenue_real_yoy_pct}>
                      {dash(value(row, 'revenue_real_yoy_pct'), (n) => formatChange(n, '%'))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {macro && (
            <p className="mt-2 text-xs text-slate-500" data-testid="macro-revenue-through">
              {t('macro.revenue.through', {
                uf: macro.uf_through ? formatDate(macro.uf_through) : '—',
                usd: macro.usd_through ? formatDate(macro.usd_through) : '—',
                ipc: macro.ipc_through ? formatYearMonth(macro.ipc_through) : '—',
              })}
            </p>
          )}
        </>
      )}
    </MacroCard>
  );
}
