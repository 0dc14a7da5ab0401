import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { cachedCatalog, loadCatalog } from './catalogs';
import { I18nContext, type I18nValue, type TranslateVars } from './i18n-context';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_TAGS, type Language } from './language';
import { es, type MessageKey, type Messages } from './messages-es';

const STORAGE_KEY = 'ayni.language';

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

interface Shown {
  language: Language;
  messages: Messages;
}

/**
 * Spanish first; the choice is remembered in localStorage and mirrored to `<html lang>`. English
 * arrives in its own chunk: until it does, the page keeps the language it shows (nothing at all on
 * a first load in English, rather than a flash of Spanish); if it cannot be fetched, Spanish stays.
 */
export function I18nProvider({ children, initialLanguage }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(
    () => initialLanguage ?? storedLanguage() ?? DEFAULT_LANGUAGE,
  );
  const [shown, setShown] = useState<Shown | null>(() => {
    const messages = cachedCatalog(language);
    return messages ? { language, messages } : null;
  });

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembering the choice is fine.
    }
  }, []);

  useEffect(() => {
    const cached = cachedCatalog(language);
    if (cached) {
      setShown((current) => (current?.language === language ? current : { language, messages: cached }));
      return;
    }
    let live = true;
    loadCatalog(language).then(
      (messages) => live && setShown({ language, messages }),
      () => live && setShown((current) => current ?? { language: 'es', messages: es as Messages }),
    );
    return () => {
      live = false;
    };
  }, [language]);

  const shownLanguage = shown?.language ?? language;
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[shownLanguage];
  }, [shownLanguage]);

  const value = useMemo<I18nValue | null>(() => {
    if (!shown) return null;
    const { messages } = shown;
    return {
      language: shown.language,
      setLanguage,
      // A key whose lazy copy has not arrived shows as itself rather than breaking the page.
      t: (key: MessageKey, vars?: TranslateVars) => interpolate(messages[key] ?? key, vars),
    };
  }, [shown, setLanguage]);

  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
