import { isApiError } from '../api-error';
import { errorMessage } from './error-message';
import type { I18nValue } from './i18n-context';

/** Error messages per form field, keyed like the request body (`rut`, `locations.0.name`). */
export type FieldErrors = Partial<Record<string, string>>;

/** `body.locations.0.name` → `locations.0.name` (validation errors name where the field lives). */
export function fieldKey(field: string): string {
  return field.replace(/^(body|query|params)\./, '');
}

/** Whether the API error blames `name` (its last path segment), e.g. `totp` or `body.totp`. */
export function blamesField(error: unknown, name: string): boolean {
  return (
    isApiError(error) &&
    error.details.some((detail) => detail.field === name || detail.field.endsWith(`.${name}`))
  );
}

type I18n = Pick<I18nValue, 'language' | 't'>;

/**
 * The API's `details` as field messages. With one failing field the error's own bilingual
 * message speaks for it; with several, the (English) detail messages, or generic Spanish copy.
 */
export function fieldErrors(error: unknown, { language, t }: I18n): FieldErrors {
  if (!isApiError(error)) return {};
  const single = error.details.length === 1;
  const result: FieldErrors = {};
  for (const detail of error.details) {
    const key = fieldKey(detail.field);
    if (result[key]) continue;
    if (language === 'es')
      result[key] = single && error.messageEs ? error.messageEs : t('errors.invalidField');
    else result[key] = single && error.message ? error.message : detail.message;
  }
  return result;
}

export interface FormErrors {
  fields: FieldErrors;
  /** Shown above the form when no known field explains the error. */
  form: string | null;
}

/** Splits an error into messages for the form's `known` fields and a form-level message. */
export function formErrors(error: unknown, i18n: I18n, known: readonly string[]): FormErrors {
  if (!error) return { fields: {}, form: null };
  const all = fieldErrors(error, i18n);
  const fields: FieldErrors = {};
  for (const key of known) if (all[key]) fields[key] = all[key];
  return { fields, form: Object.keys(fields).length > 0 ? null : errorMessage(error, i18n) };
}
