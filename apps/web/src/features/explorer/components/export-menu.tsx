import { useMutation } from '@tanstack/react-query';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { saveFile } from '../../../lib/save-file';
import { downloadExport, type ExportChoice } from '../api/explorer';

const CHOICES: Array<{ choice: ExportChoice; key: 'csv' | 'csvExcel' | 'xlsx'; fallback: string }> = [
  { choice: 'csv', key: 'csv', fallback: 'csv' },
  { choice: 'csv-excel', key: 'csvExcel', fallback: 'csv' },
  { choice: 'xlsx', key: 'xlsx', fallback: 'xlsx' },
];

/**
 * "Exportar": every row of the current view (all pages, its filters and sort) as CSV, CSV for
 * Excel in Chilean locale (`;`, decimal commas) or XLSX. The server builds the file; the browser
 * only fetches it with the Bearer token, as Downloads does, so no spreadsheet code ships here.
 */
export function ExportMenu({
  level,
  pathOf,
  disabled,
  unavailable,
}: {
  level: string;
  /** Why the view cannot be exported (replaces the hint). */
  unavailable?: string;
  /** The export URL of the current view for a choice. */
  pathOf: (choice: ExportChoice) => string;
  disabled: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const mutation = useMutation({
    mutationFn: async (choice: ExportChoice) => {
      const { blob, filename } = await downloadExport(pathOf(choice), choice);
      const name = filename ?? `ayni-${level}.${CHOICES.find((c) => c.choice === choice)?.fallback}`;
      saveFile(blob, name);
      return name;
    },
  });
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="float-left mr-1 text-sm font-medium text-slate-700">
          {t('explorer.export.label')}
        </legend>
        {CHOICES.map(({ choice, key }) => (
          <Button
            key={choice}
            variant="secondary"
            className="px-3 py-1.5"
            disabled={disabled || mutation.isPending}
            loading={mutation.isPending && mutation.variables === choice}
            aria-label={t('explorer.export.as', { format: t(`explorer.export.${key}`) })}
            onClick={() => mutation.mutate(choice)}
          >
            {t(`explorer.export.${key}`)}
          </Button>
        ))}
      </fieldset>
      <p className="max-w-xs text-xs text-slate-500 sm:text-right">
        {unavailable ?? t('explorer.export.hint')}
      </p>
      <p role="status" className="text-xs">
        {mutation.isError && <span className="text-rose-700">{errorMessage(mutation.error, i18n)}</span>}
        {mutation.isSuccess && (
          <span className="text-emerald-700">{t('explorer.export.done', { filename: mutation.data })}</span>
        )}
      </p>
    </div>
  );
}
