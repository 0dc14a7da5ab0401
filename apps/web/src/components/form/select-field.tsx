import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { cx } from '../cx';
import { Field, mergeControl } from './field';
import { INPUT_CLASS } from './field-styles';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  options: readonly SelectOption[];
  /** First, empty choice ("Selecciona…"); it cannot be picked back. */
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  hideLabel?: boolean;
  fieldClassName?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled native select with its hint and error message. */
export function SelectField({
  label,
  options,
  placeholder,
  hint,
  error,
  hideLabel,
  fieldClassName,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={fieldClassName}>
      {(control) => (
        <select {...select} {...mergeControl(control, select)} className={cx(INPUT_CLASS, 'pr-8', className)}>
          {placeholder !== undefined && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
