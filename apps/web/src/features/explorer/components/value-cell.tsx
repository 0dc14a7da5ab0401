import { es, type MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { CellValue, FormatWords, ValueFormat } from '../lib/format-value';
import { formatValue } from '../lib/format-value';

/** Why a value is null, in words (the API's code when we have no words for it). */
export function useNullReason() {
  const { t } = useI18n();
  return (code: string | undefined) => {
    if (!code) return t('explorer.null.unknown');
    const key = `explorer.null.${code}`;
    return key in es ? t(key as MessageKey) : code;
  };
}

/**
 * A formatted value; null shows "—" with the reason in a tooltip (focusable, so keyboard users
 * reach it too).
 */
export function ValueCell({
  value,
  format,
  reason,
  words,
  unit,
  decimals,
}: {
  value: CellValue;
  format: ValueFormat;
  reason: string | undefined;
  words: FormatWords;
  /** The row's unit (`kg`), written after a quantity. */
  unit?: CellValue;
  /** The column's decimals, so that its figures line up. */
  decimals?: number | null;
}) {
  const { t } = useI18n();
  const describe = useNullReason();
  if (value === null || value === undefined) {
    const label = t('explorer.null.label', { reason: describe(reason) });
    return (
      <span className="group relative inline-block">
        <button
          type="button"
          title={label}
          aria-label={label}
          data-null-reason={reason ?? ''}
          onClick={(event) => event.stopPropagation()}
          className="cursor-help rounded text-slate-400 underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-teal-700"
        >
          —
        </button>
        <span
          aria-hidden="true"
          className="pointer-events-none absolute right-0 bottom-full z-20 mb-1 hidden w-56 rounded-md bg-slate-900 px-2 py-1 text-left text-xs font-normal whitespace-normal text-white shadow group-focus-within:block"
        >
          {label}
        </span>
      </span>
    );
  }
  return <>{formatValue(value, format, words, typeof unit === 'string' ? unit : null, decimals)}</>;
}
