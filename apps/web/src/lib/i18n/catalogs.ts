import type { Language } from './language';
import { es, type Messages } from './messages-es';

/**
 * Spanish ships in the entry chunk; English is its own chunk, fetched the first time it is
 * needed (it is half of all the copy, and most people never switch).
 */
let english: Messages | null = null;
let loading: Promise<Messages> | null = null;
/** English copy lazy pages registered, merged into the English catalog whenever it is here. */
const lazyEnglish: Array<Record<string, string>> = [];

/** The catalog if it is already here. */
export function cachedCatalog(language: Language): Messages | null {
  return language === 'es' ? (es as Messages) : english;
}

/**
 * Adds the copy of a page that loads on demand (called by the page's module when its chunk
 * arrives, before it renders). The catalogs are mutated in place: `t` reads the same objects.
 */
export function addMessages<K extends string>(
  spanish: Record<K, string>,
  englishCopy: Record<K, string>,
): void {
  Object.assign(es, spanish);
  lazyEnglish.push(englishCopy);
  if (english) Object.assign(english, englishCopy);
}

/** The catalog, fetched once; a failed fetch can be tried again. */
export function loadCatalog(language: Language): Promise<Messages> {
  const cached = cachedCatalog(language);
  if (cached) return Promise.resolve(cached);
  loading ??= import('./messages-en').then(
    (module) => {
      english = Object.assign(module.en, ...lazyEnglish) as Messages;
      return english;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Forgets the fetched English catalog (tests of the loading path). */
export function forgetCatalogsForTests(): void {
  english = null;
  loading = null;
}
