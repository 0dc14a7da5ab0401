import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageToggle } from '../../components/language-toggle';
import { forgetCatalogsForTests, loadCatalog } from './catalogs';
import { I18nProvider } from './i18n-provider';
import { useI18n } from './use-i18n';

function Tagline() {
  const { t } = useI18n();
  return <p data-testid="tagline">{t('app.tagline')}</p>;
}

afterEach(async () => {
  await loadCatalog('en');
});

describe('I18nProvider with English as a lazy chunk', () => {
  it('shows nothing until English arrives on a first load in English, then English', async () => {
    forgetCatalogsForTests();
    render(
      <I18nProvider initialLanguage="en">
        <Tagline />
      </I18nProvider>,
    );
    expect(screen.queryByTestId('tagline')).toBeNull();
    expect((await screen.findByTestId('tagline')).textContent).toBe('Sales intelligence for your business');
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps Spanish on screen while English loads after a switch', async () => {
    forgetCatalogsForTests();
    const user = userEvent.setup();
    render(
      <I18nProvider initialLanguage="es">
        <Tagline />
        <LanguageToggle />
      </I18nProvider>,
    );
    expect(screen.getByTestId('tagline').textContent).toBe('Inteligencia de ventas para tu negocio');
    await user.click(screen.getByTestId('lang-en'));
    await waitFor(() =>
      expect(screen.getByTestId('tagline').textContent).toBe('Sales intelligence for your business'),
    );
    expect(window.localStorage.getItem('ayni.language')).toBe('en');
  });
});
