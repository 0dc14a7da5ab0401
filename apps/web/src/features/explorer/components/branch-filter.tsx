import { SelectField } from '../../../components/form/select-field';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** The branch whose own figures the period levels show ('' = the whole company). */
export function BranchFilter({
  branches,
  value,
  onChange,
}: {
  branches: readonly string[];
  value: string;
  onChange: (branch: string) => void;
}) {
  const { t } = useI18n();
  // A branch in the URL that is no longer listed stays selectable, so the view says what it shows.
  const names = value && !branches.includes(value) ? [...branches, value] : branches;
  return (
    <SelectField
      label={t('explorer.location.label')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[
        { value: '', label: t('explorer.location.all') },
        ...names.map((name) => ({ value: name, label: name })),
      ]}
      fieldClassName="w-56"
    />
  );
}
