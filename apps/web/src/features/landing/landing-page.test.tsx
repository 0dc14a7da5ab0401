import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultState, type FakeApi, startFakeApi } from '../../../test/api-server';
import { COMPANY_A } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { setApiBaseUrl } from '../../lib/config';
import { tokenStorage } from '../../lib/token-storage';

let api: FakeApi;

beforeAll(async () => {
  api = await startFakeApi();
  setApiBaseUrl(api.url);
});

afterAll(() => api.close());

beforeEach(() => {
  Object.assign(api.state, defaultState());
  api.requests.length = 0;
  tokenStorage.clear();
});

describe('landing page', () => {
  it('greets a visitor at the home page with what AYNI does, the privacy promise and sign-up', async () => {
    const { user, router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/welcome'));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sube tus ventas y entiende tu negocio en segundos',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tus datos son tuyos' })).toBeTruthy();
    expect(screen.getByText(/grupos de al menos 10 empresas/)).toBeTruthy();
    expect(screen.getByText(/no es asesoría financiera/)).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(8);

    await user.click(screen.getByRole('link', { name: 'Crear cuenta gratis' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/register'));
  });

  it('speaks English when asked', async () => {
    const { user } = renderApp('/welcome');
    await user.click(await screen.findByRole('button', { name: 'EN' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Upload your sales and understand your business in seconds',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');
  });

  it('offers no demo when the server has none', async () => {
    renderApp('/welcome');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(api.requests.some((r) => r.path === '/api/v1/auth/demo')).toBe(true));
    expect(screen.queryByRole('button', { name: 'Probar la demo' })).toBeNull();
  });

  it('lets a visitor try the demo without registering and lands on the dashboard', async () => {
    api.state.demoAvailable = true;
    const { user, router } = renderApp('/welcome');
    await user.click(await screen.findByRole('button', { name: 'Probar la demo' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}`));
    const started = api.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/auth/demo');
    expect(started).toHaveLength(1);
    expect(tokenStorage.get()).toBe(api.state.token);
    // The visitor is a viewer: the company's pages, but nothing to upload.
    expect(await screen.findByRole('button', { name: 'Visitante demo, menú de usuario' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Explorar' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Cargar datos' })).toBeNull();
  });

  it('says why when the demo cannot start', async () => {
    api.state.demoAvailable = true;
    const { user } = renderApp('/welcome');
    const button = await screen.findByRole('button', { name: 'Probar la demo' });
    api.state.demoAvailable = false;
    await user.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'La demo no está disponible en este servidor',
    );
    expect(tokenStorage.get()).toBeNull();
  });

  it('sends a signed-in user on to their dashboard', async () => {
    tokenStorage.set(api.state.token);
    const { router } = renderApp('/welcome');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}`));
  });
});
