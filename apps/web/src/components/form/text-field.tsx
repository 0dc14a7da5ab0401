import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from '../cx';
import { Field, mergeControl } from './field';
import { INPUT_CLASS } from './field-styles';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  hideLabel?: boolean;
  fieldClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text input with its hint and error message. */
export function TextField({
  label,
  hint,
  error,
  hideLabel,
  fieldClassName,
  className,
  ...input
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={fieldClassName}>
      {(control) => (
        <input {...input} {...mergeControl(control, input)} className={cx(INPUT_CLASS, className)} />
      )}
    </Field>
  );
}
