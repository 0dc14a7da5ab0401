import { normalizeRut } from '@ayni/contracts';
import { useState } from 'react';
import { TextField } from '../../../components/form/text-field';
import { formatRut } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';

export interface RutFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** From the form (submit checks, the API); wins over the live check. */
  error?: string | null;
  disabled?: boolean;
}

/**
 * RUT input with live validation (modulo 11, via the contracts' `normalizeRut`): a valid RUT is
 * confirmed as the user types and tidied to `76.123.456-0` on blur; an invalid one is flagged once
 * the user leaves the field.
 */
export function RutField({ value, onChange, error, disabled }: RutFieldProps) {
  const { t } = useI18n();
  const [touched, setTouched] = useState(false);
  const normalized = normalizeRut(value);
  const liveError = touched && value.trim() && !normalized ? t('company.rutInvalid') : null;

  return (
    <TextField
      label={t('company.rut')}
      name="rut"
      autoComplete="off"
      spellCheck={false}
      placeholder="76.123.456-0"
      required
      disabled={disabled}
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
        // Typing again clears the complaint until the user leaves the field.
        setTouched(false);
      }}
      onBlur={() => {
        setTouched(true);
        if (normalized) onChange(formatRut(normalized));
      }}
      error={error ?? liveError}
      hint={
        normalized ? (
          <span className="font-medium text-emerald-700">
            {t('company.rutValid', { rut: formatRut(normalized) })}
          </span>
        ) : (
          t('company.rutHint')
        )
      }
    />
  );
}
