import { isApiError } from '../api-error';
import type { I18nValue } from './i18n-context';

/**
 * Human message for any thrown value: the API's `message_es` in Spanish when present, else its
 * `message`; network failures and unknown errors get friendly localized copy.
 */
export function errorMessage(error: unknown, { language, t }: Pick<I18nValue, 'language' | 't'>): string {
  if (isApiError(error)) {
    if (language === 'es' && error.messageEs) return error.messageEs;
    return error.message || t('errors.unknown');
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.unknown');
}
