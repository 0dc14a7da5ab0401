import { SelectField } from '../../../components/form/select-field';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { unitName } from '../../../lib/units';

/** The unit whose products the list shows ('' = every product): quantities only rank within one. */
export function UnitFilter({
  units,
  value,
  onChange,
}: {
  units: readonly string[];
  value: string;
  onChange: (unit: string) => void;
}) {
  const { t } = useI18n();
  // A unit in the URL the company no longer sells in stays selectable, so the view says what it shows.
  const listed = value && !units.includes(value) ? [...units, value] : units;
  return (
    <SelectField
      label={t('explorer.unit.label')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[
        { value: '', label: t('explorer.unit.all') },
        ...listed.map((unit) => ({ value: unit, label: unitName(unit, t) })),
      ]}
      fieldClassName="w-44"
      data-testid="unit-filter"
    />
  );
}
