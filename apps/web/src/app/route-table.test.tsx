import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultState, type FakeApi, startFakeApi } from '../../test/api-server';
import { COMPANY_A, COMPANY_B, SUMMARY } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { setApiBaseUrl } from '../lib/config';
import { tokenStorage } from '../lib/token-storage';

let api: FakeApi;

beforeAll(async () => {
  api = await startFakeApi();
  setApiBaseUrl(api.url);
});

afterAll(() => api.close());

beforeEach(() => {
  Object.assign(api.state, defaultState());
  api.requests.length = 0;
});

describe('routing', () => {
  it('sends visitors without a session to the login page', async () => {
    const { router } = renderApp(`/c/${COMPANY_A.id}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(screen.getByRole('button', { name: 'Ingresar' })).toBeTruthy();
  });

  it('redirects / to the first company dashboard', async () => {
    tokenStorage.set(api.state.token);
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}`));
  });

  it('shows a friendly empty state when the user has no company', async () => {
    api.state.companies = [];
    tokenStorage.set(api.state.token);
    renderApp('/');
    expect(await screen.findByText('Aún no tienes empresas')).toBeTruthy();
  });

  it('switches between companies', async () => {
    api.state.companies = [COMPANY_A, COMPANY_B];
    api.state.summaries[COMPANY_B.id] = SUMMARY;
    tokenStorage.set(api.state.token);
    const { user, router } = renderApp(`/c/${COMPANY_A.id}`);

    const select = await screen.findByLabelText('Empresa');
    await user.selectOptions(select, COMPANY_B.id);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_B.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: COMPANY_B.name })).toBeTruthy();
  });

  it('logs out from the user menu', async () => {
    tokenStorage.set(api.state.token);
    const { user, router } = renderApp(`/c/${COMPANY_A.id}`);

    await user.click(await screen.findByRole('button', { name: /menú de usuario$/i }));
    await user.click(screen.getByRole('button', { name: 'Cerrar sesión' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(tokenStorage.get()).toBeNull();
  });

  it('renders a 404 page for unknown paths', () => {
    renderApp('/no-existe');
    expect(screen.getByRole('heading', { name: 'Página no encontrada' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Volver al inicio' }).getAttribute('href')).toBe('/');
  });
});
