import { createContext } from 'react';
import type { Language } from './language';
import type { MessageKey } from './messages-es';

export type TranslateVars = Record<string, string | number>;

export interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, vars?: TranslateVars) => string;
}

export const I18nContext = createContext<I18nValue | null>(null);
