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

  it('sends a signed-in user on to their dashboard', async () => {
    tokenStorage.set(api.state.token);
    const { router } = renderApp('/welcome');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}`));
  });
});
