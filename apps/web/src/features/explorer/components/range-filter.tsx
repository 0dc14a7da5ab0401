import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** From/to local dates (YYYY-MM-DD); either may be empty. */
export function RangeFilter({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
}) {
  const { t } = useI18n();
  const invalid = from !== '' && to !== '' && from > to;
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">{t('explorer.range.legend')}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          type="date"
          label={t('explorer.range.from')}
          value={from}
          max={to || undefined}
          onChange={(event) => onChange({ from: event.target.value, to })}
          fieldClassName="w-40"
        />
        <TextField
          type="date"
          label={t('explorer.range.to')}
          value={to}
          min={from || undefined}
          onChange={(event) => onChange({ from, to: event.target.value })}
          fieldClassName="w-40"
        />
        {(from || to) && (
          <Button variant="ghost" onClick={() => onChange({ from: '', to: '' })}>
            {t('explorer.range.clear')}
          </Button>
        )}
      </div>
      {invalid && <FormAlert>{t('explorer.range.invalid')}</FormAlert>}
    </fieldset>
  );
}
