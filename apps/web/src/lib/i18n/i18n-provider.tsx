import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { I18nContext, type I18nValue, type TranslateVars } from './i18n-context';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_TAGS, type Language } from './language';
import { en } from './messages-en';
import { es, type MessageKey, type Messages } from './messages-es';

const STORAGE_KEY = 'ayni.language';
const CATALOGS: Record<Language, Messages> = { es, en };

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function interpolate(template: string, vars?: TranslateVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export interface I18nProviderProps {
  children: ReactNode;
  /** Overrides the remembered language (tests, Storybook-like previews). */
  initialLanguage?: Language;
}

/** Spanish first; the choice is remembered in localStorage and mirrored to `<html lang>`. */
export function I18nProvider({ children, initialLanguage }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(
    () => initialLanguage ?? storedLanguage() ?? DEFAULT_LANGUAGE,
  );

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembering the choice is fine.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
  }, [language]);

  const value = useMemo<I18nValue>(() => {
    const catalog = CATALOGS[language];
    return {
      language,
      setLanguage,
      t: (key: MessageKey, vars?: TranslateVars) => interpolate(catalog[key], vars),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
