import { useCallback, useSyncExternalStore } from 'react';
import { isDarkTheme, setThemeChoice, subscribeTheme, type ThemeChoice, themeChoice } from './theme-store';

/** The theme choice, whether the page is dark now, and a setter; re-renders on either change. */
export function useTheme() {
  const choice = useSyncExternalStore(subscribeTheme, themeChoice, () => 'system' as ThemeChoice);
  const dark = useSyncExternalStore(subscribeTheme, isDarkTheme, () => false);
  const setChoice = useCallback((next: ThemeChoice) => setThemeChoice(next), []);
  return { choice, dark, setChoice };
}
