/** Light, dark, or whatever the operating system prefers (the default). */
export const THEME_CHOICES = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const STORAGE_KEY = 'ayni.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

function readStored(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

function systemQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

let choice: ThemeChoice | null = null;
const listeners = new Set<() => void>();

export function themeChoice(): ThemeChoice {
  choice ??= readStored();
  return choice;
}

/** Whether the page is dark now: the choice, or the system preference when the choice is `system`. */
export function isDarkTheme(): boolean {
  const current = themeChoice();
  return current === 'dark' || (current === 'system' && systemQuery()?.matches === true);
}

/** Puts the `dark` class (what Tailwind's `dark:` variant follows) on `<html>`, or takes it off. */
export function applyTheme(): void {
  const dark = isDarkTheme();
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

/** Remembers the choice (localStorage), applies it and tells subscribers. */
export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the choice lasts until the page closes.
  }
  applyTheme();
  for (const listener of listeners) listener();
}

/** Calls `listener` when the choice or, under `system`, the system preference changes. */
export function subscribeTheme(listener: () => void): () => void {
  const query = systemQuery();
  const onSystemChange = () => {
    applyTheme();
    listener();
  };
  listeners.add(listener);
  query?.addEventListener('change', onSystemChange);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', onSystemChange);
  };
}

/** Forgets the in-memory choice so the next read comes from storage (tests). */
export function resetThemeForTests(): void {
  choice = null;
}
