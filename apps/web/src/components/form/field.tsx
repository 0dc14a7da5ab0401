import { type ReactNode, useId } from 'react';
import { cx } from '../cx';
import { LABEL_CLASS } from './field-styles';

/** Ids and ARIA wiring shared by a control, its hint and its error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The field's own wiring plus whatever the caller added (e.g. a form-level error's id). */
export function mergeControl(
  control: FieldControlProps,
  own: { 'aria-invalid'?: unknown; 'aria-describedby'?: string },
): FieldControlProps {
  const describedBy = [control['aria-describedby'], own['aria-describedby']].filter(Boolean).join(' ');
  return {
    id: control.id,
    'aria-invalid': control['aria-invalid'] ?? (own['aria-invalid'] ? true : undefined),
    'aria-describedby': describedBy || undefined,
  };
}

export interface FieldProps {
  label: ReactNode;
  /** Help shown under the control (and read with it). */
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  /** Visually hides the label (it still names the control). */
  hideLabel?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, a control and its hint / error, wired with `aria-describedby` and `aria-invalid`. */
export function Field({ label, hint, error, className, hideLabel = false, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('space-y-1.5', className)}>
      <label htmlFor={id} className={cx(LABEL_CLASS, hideLabel && 'sr-only')}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={errorId ?? undefined} className="text-sm text-rose-700">
          {error}
        </p>
      )}
      {hint && (
        <div id={hintId ?? undefined} className="text-xs text-slate-500">
          {hint}
        </div>
      )}
    </div>
  );
}
