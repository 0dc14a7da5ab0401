import type { ReactNode } from 'react';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import type { FieldErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { industryOptions, regionOptions, sizeOptions } from '../lib/options';

export interface ProfileValues {
  name: string;
  industry: string;
  size: string;
  region: string;
}

export interface CompanyFieldsProps {
  values: ProfileValues;
  onChange: (key: keyof ProfileValues, value: string) => void;
  errors: FieldErrors;
  disabled?: boolean;
  /** Where the RUT field goes (after the name), if any. */
  rut?: ReactNode;
}

/** Name, (RUT), industry, size and region: shared by the creation form and the settings. */
export function CompanyFields({ values, onChange, errors, disabled, rut }: CompanyFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <TextField
        label={t('company.name')}
        name="name"
        autoComplete="organization"
        required
        disabled={disabled}
        value={values.name}
        onChange={(event) => onChange('name', event.target.value)}
        error={errors.name}
        fieldClassName="sm:col-span-2"
      />
      {rut}
      <SelectField
        label={t('company.industry')}
        name="industry"
        required
        disabled={disabled}
        placeholder={t('company.industryPlaceholder')}
        options={industryOptions(t)}
        value={values.industry}
        onChange={(event) => onChange('industry', event.target.value)}
        error={errors.industry}
      />
      <SelectField
        label={t('company.size')}
        name="size"
        required
        disabled={disabled}
        placeholder={t('company.sizePlaceholder')}
        options={sizeOptions(t)}
        value={values.size}
        onChange={(event) => onChange('size', event.target.value)}
        error={errors.size}
      />
      <SelectField
        label={t('company.region')}
        name="region"
        required
        disabled={disabled}
        placeholder={t('company.regionPlaceholder')}
        options={regionOptions(values.region)}
        value={values.region}
        onChange={(event) => onChange('region', event.target.value)}
        error={errors.region}
      />
    </div>
  );
}

/** Required-field checks for the profile values (the API validates again). */
export function checkProfile(values: ProfileValues, required: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = required;
  if (!values.industry) errors.industry = required;
  if (!values.size) errors.size = required;
  if (!values.region) errors.region = required;
  return errors;
}
