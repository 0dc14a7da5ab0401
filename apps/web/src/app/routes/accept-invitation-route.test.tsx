import type { MyCompany } from '@ayni/contracts';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InviteToken } from '../../../test/fake-api/state';
import { COMPANY_A, COMPANY_B, TEST_PASSWORD, TEST_USER } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../test/use-fake-api';
import { tokenStorage } from '../../lib/token-storage';

const fakeApi = setupFakeApi();
const TOKEN = 'invitation-token-0123456789abcdef';
const ACCEPT = `/invitations/accept?token=${TOKEN}`;
const INVITED: MyCompany = { ...COMPANY_B, role: 'viewer', permissions: ['view_dashboards'] };

function invite(overrides: Partial<InviteToken> = {}) {
  fakeApi().state.inviteTokens[TOKEN] = {
    company: INVITED,
    email: TEST_USER.email,
    status: 'pending',
    ...overrides,
  };
}

describe('accept invitation', () => {
  it('asks to sign in first, comes back, accepts and opens the company', async () => {
    const api = fakeApi();
    invite();
    const { user, router } = renderApp(ACCEPT);

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(
      screen.getByText(/Ingresa o crea una cuenta con el correo al que llegó la invitación/),
    ).toBeTruthy();
    await user.type(screen.getByLabelText('Correo electrónico'), TEST_USER.email);
    await user.type(screen.getByLabelText('Contraseña'), TEST_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_B.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: COMPANY_B.name })).toBeTruthy();
    expect(bodiesOf(api, 'POST', '/api/v1/invitations/accept')).toEqual([{ token: TOKEN }]);
    expect(api.state.inviteTokens[TOKEN]?.status).toBe('accepted');
  });

  it('can sign up instead, and still comes back to accept', async () => {
    invite({ email: 'nueva@almacen.cl' });
    const { user, router } = renderApp(ACCEPT);

    await user.click(await screen.findByRole('link', { name: 'Crear cuenta' }));
    await user.type(await screen.findByLabelText('Nombre y apellido'), 'Nueva Persona');
    await user.type(screen.getByLabelText('Correo electrónico'), 'nueva@almacen.cl');
    await user.type(screen.getByLabelText('Contraseña'), 'empanada-de-pino-77');
    await user.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_B.id}`));
  });

  it('explains an invitation sent to another e-mail and offers to switch accounts', async () => {
    invite({ email: 'otra@almacen.cl' });
    tokenStorage.set(fakeApi().state.token);
    const { user, router } = renderApp(ACCEPT);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Esta invitación fue enviada a otro correo electrónico',
    );
    expect(await screen.findByText(/Ingresaste como duena@almacen\.cl\./)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cerrar sesión y cambiar de cuenta' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(tokenStorage.get()).toBeNull();
    expect(router.state.location.state).toEqual({ from: ACCEPT });
  });

  it('says when the invitation expired', async () => {
    invite({ status: 'expired' });
    tokenStorage.set(fakeApi().state.token);
    renderApp(ACCEPT);
    expect((await screen.findByRole('alert')).textContent).toBe('Esta invitación expiró: pide una nueva');
    expect(screen.getByRole('link', { name: 'Ir al inicio' })).toBeTruthy();
  });

  it('says when the user is already a member', async () => {
    invite({ company: COMPANY_A });
    tokenStorage.set(fakeApi().state.token);
    renderApp(ACCEPT);
    expect((await screen.findByRole('alert')).textContent).toBe('Ya eres miembro de esta empresa');
  });

  it('needs the token from the e-mail', async () => {
    tokenStorage.set(fakeApi().state.token);
    renderApp('/invitations/accept');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^El enlace de invitación no es válido/);
    expect(bodiesOf(fakeApi(), 'POST', '/api/v1/invitations/accept')).toEqual([]);
  });
});
