import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeApi, startFakeApi } from '../../../../test/api-server';
import { COMPANY_A, TEST_PASSWORD, TEST_USER } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';

let api: FakeApi;

beforeAll(async () => {
  api = await startFakeApi();
  setApiBaseUrl(api.url);
});

afterAll(() => api.close());

beforeEach(() => {
  api.requests.length = 0;
});

describe('login page', () => {
  it('signs in, stores the token and opens the first company dashboard', async () => {
    const { user, router } = renderApp('/login');

    await user.type(screen.getByLabelText('Correo electrónico'), TEST_USER.email);
    await user.type(screen.getByLabelText('Contraseña'), TEST_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));

    expect(await screen.findByRole('heading', { level: 1, name: COMPANY_A.name })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}`);
    expect(tokenStorage.get()).toBe(api.state.token);
    expect(window.sessionStorage.getItem('ayni.access_token')).toBe(api.state.token);

    const login = api.requests.find((request) => request.path === '/api/v1/auth/login');
    expect(login?.authorization).toBeUndefined();
    const companies = api.requests.find((request) => request.path === '/api/v1/companies');
    expect(companies?.authorization).toBe(`Bearer ${api.state.token}`);
  });

  it('shows the Spanish API message in an alert when credentials are wrong', async () => {
    const { user, router } = renderApp('/login');

    await user.type(screen.getByLabelText('Correo electrónico'), TEST_USER.email);
    await user.type(screen.getByLabelText('Contraseña'), 'incorrecta');
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Correo o contraseña inválidos');
    expect(router.state.location.pathname).toBe('/login');
    expect(tokenStorage.get()).toBeNull();
    expect(screen.getByRole('button', { name: 'Ingresar' }).hasAttribute('disabled')).toBe(false);
  });

  it('disables the button while signing in', async () => {
    api.state.delayMs = 150;
    try {
      const { user } = renderApp('/login');
      await user.type(screen.getByLabelText('Correo electrónico'), TEST_USER.email);
      await user.type(screen.getByLabelText('Contraseña'), TEST_PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Ingresar' }));

      const button = screen.getByRole('button', { name: 'Ingresar' });
      expect(button.hasAttribute('disabled')).toBe(true);
      expect(button.getAttribute('aria-busy')).toBe('true');
      await waitFor(() => expect(tokenStorage.get()).toBe(api.state.token));
    } finally {
      api.state.delayMs = 0;
    }
  });

  it('switches the labels to English with the language toggle', async () => {
    const { user } = renderApp('/login');
    expect(screen.getByLabelText('Correo electrónico')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByLabelText('Email')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('ayni.language')).toBe('en');
  });

  it('sends signed-in users away from the login page', async () => {
    tokenStorage.set(api.state.token);
    const { router } = renderApp('/login');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}`));
    expect(await screen.findByTestId('kpi-revenue')).toBeTruthy();
  });
});
