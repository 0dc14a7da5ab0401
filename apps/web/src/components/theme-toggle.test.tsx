import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n/i18n-provider';
import { applyTheme, resetThemeForTests } from '../lib/theme/theme-store';
import { ThemeToggle } from './theme-toggle';

type HappyWindow = Window & { happyDOM: { settings: { device: { prefersColorScheme: string } } } };
const device = () => (window as unknown as HappyWindow).happyDOM.settings.device;

const html = () => document.documentElement;
const pressed = () =>
  screen.getAllByRole('button').filter((button) => button.getAttribute('aria-pressed') === 'true');

/** Starts the page as a fresh load would: the stored choice is read, then applied. */
function load(language: 'es' | 'en' = 'es') {
  resetThemeForTests();
  applyTheme();
  const user = userEvent.setup();
  render(
    <I18nProvider initialLanguage={language}>
      <ThemeToggle />
    </I18nProvider>,
  );
  return user;
}

afterEach(() => {
  window.localStorage.clear();
  device().prefersColorScheme = 'light';
  resetThemeForTests();
  applyTheme();
});

describe('ThemeToggle', () => {
  it('follows the system by default', () => {
    device().prefersColorScheme = 'dark';
    load();
    expect(pressed().map((button) => button.getAttribute('aria-label'))).toEqual(['Según el sistema']);
    expect(html().classList.contains('dark')).toBe(true);
  });

  it('switches to dark and back to light, remembering the choice', async () => {
    const user = load('en');
    expect(html().classList.contains('dark')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Dark' }));
    expect(html().classList.contains('dark')).toBe(true);
    expect(window.localStorage.getItem('ayni.theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Light' }));
    expect(html().classList.contains('dark')).toBe(false);
    expect(window.localStorage.getItem('ayni.theme')).toBe('light');
  });

  it('keeps a stored choice over the system preference on the next load, and forgets it for system', async () => {
    window.localStorage.setItem('ayni.theme', 'dark');
    const user = load();
    expect(html().classList.contains('dark')).toBe(true);
    expect(screen.getByRole('button', { name: 'Oscuro' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Según el sistema' }));
    expect(window.localStorage.getItem('ayni.theme')).toBeNull();
    expect(html().classList.contains('dark')).toBe(false);
  });

  it('ignores a stored value it does not know', () => {
    window.localStorage.setItem('ayni.theme', 'sepia');
    load();
    expect(screen.getByRole('group', { name: 'Tema' })).toBeTruthy();
    expect(pressed().map((button) => button.getAttribute('aria-label'))).toEqual(['Según el sistema']);
  });
});
