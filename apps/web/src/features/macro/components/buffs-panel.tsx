import { MACRO_SERIES } from '@ayni/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { cx } from '../../../components/cx';
import { ErrorState } from '../../../components/error-state';
import { errorMessage } from '../../../lib/i18n/error-message';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { buffsOptions } from '../api/macro';
import { formatChange, formatYearMonth } from '../lib/format-macro';
import { MacroCard } from './macro-card';

const BADGE = {
  buff: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  debuff: 'bg-rose-50 text-rose-800 ring-rose-200',
  neutral: 'bg-slate-50 text-slate-700 ring-slate-200',
} as const;

/** The month's buffs & debuffs with the 0–10 score (context, not advice). */
export function BuffsPanel({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const [month, setMonth] = useState<string | undefined>(undefined);
  const query = useQuery({ ...buffsOptions(companyId, month), placeholderData: keepPreviousData });
  if (query.isError)
    return <ErrorState message={errorMessage(query.error, i18n)} onRetry={() => query.refetch()} />;
  const data = query.data;
  const name = (b: { name_es: string; name_en: string }) => (language === 'es' ? b.name_es : b.name_en);
  return (
    <MacroCard
      id="macro-buffs"
      title={t('macro.buffs.title')}
      subtitle={
        data &&
        t('macro.buffs.subtitle', {
          month: formatYearMonth(data.month),
          profile: t(`macro.profile.${data.trade_profile}` as MessageKey),
        })
      }
      aside={
        data && (
          <div className="flex items-center gap-2">
            <label className="text-xs text-slate-500">
              <span className="sr-only">{t('macro.buffs.month')}</span>
              <input
                type="month"
                value={month ?? data.month}
                onChange={(event) => setMonth(event.target.value || undefined)}
                className="rounded-lg border border-slate-300 px-2 py-1 text-sm text-slate-700"
              />
            </label>
            <p
              data-testid="macro-score"
              className="rounded-xl bg-teal-50 px-3 py-1.5 text-sm font-semibold text-teal-900"
            >
              {data.score === null
                ? t('macro.buffs.noScore')
                : t('macro.buffs.score', { score: data.score.toLocaleString('es-CL') })}
            </p>
          </div>
        )
      }
    >
      {!data ? (
        <p className="text-sm text-slate-500">{t('macro.loading')}</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100" data-testid="macro-buffs-list">
            {data.buffs.map((b) => (
              <li
                key={b.code}
                data-testid={`buff-${b.code}`}
                className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2"
              >
                <span className="w-40 shrink-0 text-sm font-medium text-slate-900">{name(b)}</span>
                <span className="w-24 text-sm tabular-nums text-slate-700">
                  {formatChange(b.change, b.change_unit)}
                </span>
                <span
                  className={cx('rounded-full px-2 py-0.5 text-xs font-semibold ring-1', BADGE[b.effect])}
                >
                  {t(`macro.buffs.effect.${b.effect}` as MessageKey)}
                </span>
                <span className="min-w-0 flex-1 text-sm text-slate-600">
                  {language === 'es' ? b.explanation_es : b.explanation_en}{' '}
                  <span className="text-xs text-slate-500">
                    ({t('macro.buffs.dataMonth', { month: formatYearMonth(b.data_month) })})
                  </span>
                </span>
              </li>
            ))}
          </ul>
          {data.missing.length > 0 && (
            <p className="mt-2 text-xs text-slate-500">
              {t('macro.buffs.missing', {
                names: data.missing.map((m) => name(MACRO_SERIES[m.code])).join(', '),
              })}
            </p>
          )}
        </>
      )}
    </MacroCard>
  );
}
