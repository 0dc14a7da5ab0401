import { COMPANY_SIZE_EMPLOYEES, COMPANY_SIZES, INDUSTRIES, REGIONS } from '@ayni/contracts';
import type { SelectOption } from '../../../components/form/select-field';
import type { I18nValue } from '../../../lib/i18n/i18n-context';

type T = I18nValue['t'];

export function industryOptions(t: T): SelectOption[] {
  return INDUSTRIES.map((industry) => ({ value: industry, label: t(`industry.${industry}`) }));
}

/** "Micro (1 a 9 trabajadores)", ranges from the Estatuto PYME table in the contracts. */
export function sizeOptions(t: T): SelectOption[] {
  return COMPANY_SIZES.map((size) => ({
    value: size,
    label: t('company.sizeOption', { label: t(`size.${size}`), ...COMPANY_SIZE_EMPLOYEES[size] }),
  }));
}

/** The 16 regions, plus `current` when an older record holds a name outside the list. */
export function regionOptions(current?: string): SelectOption[] {
  const options = REGIONS.map((region) => ({ value: region, label: region }));
  return current && !(REGIONS as readonly string[]).includes(current)
    ? [{ value: current, label: current }, ...options]
    : options;
}

export function isRegion(value: string): value is (typeof REGIONS)[number] {
  return (REGIONS as readonly string[]).includes(value);
}
