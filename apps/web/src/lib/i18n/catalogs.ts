import type { Language } from './language';
import { es, type Messages } from './messages-es';

/**
 * Spanish ships in the entry chunk; English is its own chunk, fetched the first time it is
 * needed (it is half of all the copy, and most people never switch).
 */
let english: Messages | null = null;
let loading: Promise<Messages> | null = null;

/** The catalog if it is already here. */
export function cachedCatalog(language: Language): Messages | null {
  return language === 'es' ? es : english;
}

/** The catalog, fetched once; a failed fetch can be tried again. */
export function loadCatalog(language: Language): Promise<Messages> {
  const cached = cachedCatalog(language);
  if (cached) return Promise.resolve(cached);
  loading ??= import('./messages-en').then(
    (module) => {
      english = module.en;
      return module.en;
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
