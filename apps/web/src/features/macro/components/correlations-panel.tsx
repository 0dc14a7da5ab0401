import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state';
import { formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { correlationsOptions } from '../api/macro';
import { MacroCard } from './macro-card';

/** Pearson r of monthly revenue with each indicator; the caveat under 24 months. */
export function CorrelationsPanel({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const query = useQuery(correlationsOptions(companyId));
  if (query.isError)
    return <ErrorState message={errorMessage(query.error, i18n)} onRetry={() => query.refetch()} />;
  const body = query.data;
  return (
    <MacroCard id="macro-correlations" title={t('macro.corr.title')} subtitle={t('macro.corr.subtitle')}>
      {!body ? (
        <p className="text-sm text-slate-500">{t('macro.loading')}</p>
      ) : (
        <>
          {body.meta.revenue_months < body.meta.min_months && (
            <p
              role="note"
              data-testid="macro-corr-caveat"
              className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
            >
              {t('macro.corr.caveat', { months: body.meta.revenue_months, min: body.meta.min_months })}
            </p>
          )}
          <table className="w-full text-sm" data-testid="macro-correlations">
            <thead>
              <tr className="text-left text-xs text-slate-500">
                <th className="py-1 font-medium">{t('macro.corr.indicator')}</th>
                <th className="py-1 text-right font-medium">{t('macro.corr.r')}</th>
                <th className="py-1 text-right font-medium">{t('macro.corr.months')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {body.data.map((c) => (
                <tr key={c.code} data-testid={`corr-${c.code}`}>
                  <td className="py-1.5 text-slate-900">{language === 'es' ? c.name_es : c.name_en}</td>
                  <td className="py-1.5 text-right tabular-nums">
                    {c.r !== null ? (
                      formatNumber(c.r)
                    ) : c.reason ? (
                      // Said in the cell, not in a tooltip a phone never shows.
                      <span className="text-xs text-slate-500">
                        {t(`macro.corr.reason.${c.reason}` as MessageKey)}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="py-1.5 text-right tabular-nums text-slate-600">{c.months}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </MacroCard>
  );
}
