import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TOTP_CODE } from '../../../../test/api-server';
import { COMPANY_A, TEST_PASSWORD, TEST_USER } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../../test/use-fake-api';
import { tokenStorage } from '../../../lib/token-storage';

const fakeApi = setupFakeApi();

async function signIn(user: ReturnType<typeof renderApp>['user']) {
  await user.type(screen.getByLabelText('Correo electrónico'), TEST_USER.email);
  await user.type(screen.getByLabelText('Contraseña'), TEST_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Ingresar' }));
}

describe('login with two-step verification', () => {
  it('asks for the code, refuses a wrong one and signs in with the right one', async () => {
    const api = fakeApi();
    api.state.twoFactor = true;
    const { user, router } = renderApp('/login');
    expect(screen.queryByLabelText('Código de verificación')).toBeNull();

    await signIn(user);
    const code = await screen.findByLabelText('Código de verificación');
    expect(screen.getByRole('status').textContent).toContain('verificación en dos pasos');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect(tokenStorage.get()).toBeNull();

    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));
    expect((await screen.findByRole('alert')).textContent).toBe('El código de verificación no es válido');
    expect(code.getAttribute('aria-invalid')).toBe('true');

    await user.clear(code);
    await user.type(code, TOTP_CODE);
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}`));
    expect(tokenStorage.get()).toBe(api.state.token);
    const bodies = bodiesOf(api, 'POST', '/api/v1/auth/login');
    expect(bodies.map((body) => body.totp)).toEqual([undefined, '000000', TOTP_CODE]);
    expect(bodies[2]).toEqual({ email: TEST_USER.email, password: TEST_PASSWORD, totp: TOTP_CODE });
  });

  it('accepts a recovery code', async () => {
    const api = fakeApi();
    api.state.twoFactor = true;
    api.state.recoveryCodes = ['abcd-efgh-ijkl'];
    const { user } = renderApp('/login');

    await signIn(user);
    await user.type(await screen.findByLabelText('Código de verificación'), 'abcd-efgh-ijkl');
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));

    await waitFor(() => expect(tokenStorage.get()).toBe(api.state.token));
    expect(api.state.recoveryCodes).toEqual([]);
  });

  it('links to password recovery', async () => {
    const { user, router } = renderApp('/login');
    await user.click(screen.getByRole('link', { name: '¿Olvidaste tu contraseña?' }));
    expect(router.state.location.pathname).toBe('/forgot-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'Recupera tu contraseña' })).toBeTruthy();
  });
});
