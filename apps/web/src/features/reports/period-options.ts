import type { ReportLanguage } from '@ayni/contracts';

export type PeriodKind = 'month' | 'quarter' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The periods offered for `kind`, newest first, starting with the current one: 24 months,
 * 8 quarters or 5 years (older data can still be asked for through the API).
 */
export function periodOptions(kind: PeriodKind, today: Date, language: ReportLanguage) {
  const year = today.getFullYear();
  const month = today.getMonth();
  if (kind === 'year')
    return Array.from({ length: 5 }, (_, i) => ({ value: `${year - i}`, label: `${year - i}` }));
  if (kind === 'quarter') {
    const current = year * 4 + Math.floor(month / 3);
    return Array.from({ length: 8 }, (_, i) => {
      const q = current - i;
      const value = `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
      return {
        value,
        label:
          language === 'es'
            ? `${(q % 4) + 1}.º trim. ${Math.floor(q / 4)}`
            : `Q${(q % 4) + 1} ${Math.floor(q / 4)}`,
      };
    });
  }
  const names = new Intl.DateTimeFormat(language === 'es' ? 'es-CL' : 'en-US', {
    month: 'long',
    year: 'numeric',
  });
  return Array.from({ length: 24 }, (_, i) => {
    const date = new Date(year, month - i, 1);
    return { value: `${date.getFullYear()}-${pad(date.getMonth() + 1)}`, label: names.format(date) };
  });
}

/** The default choice: the last complete month, quarter or year. */
export function defaultPeriod(kind: PeriodKind, today: Date, language: ReportLanguage): string {
  return periodOptions(kind, today, language)[1]?.value ?? '';
}
