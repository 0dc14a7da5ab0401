import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TOTP_CODE } from '../../../../test/api-server';
import { COMPANY_A, TEST_PASSWORD } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../../test/use-fake-api';
import { tokenStorage } from '../../../lib/token-storage';

const fakeApi = setupFakeApi({ signedIn: true });

describe('account page', () => {
  it('is linked from the user menu', async () => {
    const { user, router } = renderApp(`/c/${COMPANY_A.id}`);
    await user.click(await screen.findByRole('button', { name: /menú de usuario$/i }));
    await user.click(screen.getByRole('link', { name: 'Mi cuenta' }));
    expect(router.state.location.pathname).toBe('/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mi cuenta' })).toBeTruthy();
  });

  it('renames the user', async () => {
    const api = fakeApi();
    const { user } = renderApp('/account');
    const name = await screen.findByLabelText('Nombre');
    await user.clear(name);
    await user.type(name, 'María José Quispe');
    await user.click(screen.getByRole('button', { name: 'Guardar cambios' }));

    expect(await screen.findByText('Perfil actualizado.')).toBeTruthy();
    expect(bodiesOf(api, 'PATCH', '/api/v1/auth/me')).toEqual([{ name: 'María José Quispe' }]);
    expect(screen.getByRole('button', { name: /menú de usuario$/i }).textContent).toContain(
      'María José Quispe',
    );
  });

  it('refuses a wrong current password, then changes it and keeps the session', async () => {
    const api = fakeApi();
    const { user } = renderApp('/account');
    const section = await screen.findByRole('region', { name: 'Cambiar contraseña' });
    const current = within(section).getByLabelText('Contraseña actual');

    await user.type(current, 'no-es-esta');
    await user.type(within(section).getByLabelText('Nueva contraseña'), 'charqui-con-papas-9');
    await user.type(within(section).getByLabelText('Repite la nueva contraseña'), 'charqui-con-papas-9');
    await user.click(within(section).getByRole('button', { name: 'Cambiar contraseña' }));

    expect(await within(section).findByText('La contraseña actual no es correcta')).toBeTruthy();
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(api.state.password).toBe(TEST_PASSWORD);

    await user.clear(current);
    await user.type(current, TEST_PASSWORD);
    await user.click(within(section).getByRole('button', { name: 'Cambiar contraseña' }));

    expect(
      await within(section).findByText('Contraseña actualizada. Cerramos tus otras sesiones.'),
    ).toBeTruthy();
    expect(api.state.password).toBe('charqui-con-papas-9');
    // The old access token no longer works; the page carries on with the one the API returned.
    expect(tokenStorage.get()).toBe(api.state.token);
    expect((within(section).getByLabelText('Contraseña actual') as HTMLInputElement).value).toBe('');
  });

  it('checks the new password before sending it', async () => {
    const api = fakeApi();
    const { user } = renderApp('/account');
    const section = await screen.findByRole('region', { name: 'Cambiar contraseña' });
    await user.type(within(section).getByLabelText('Contraseña actual'), TEST_PASSWORD);
    await user.type(within(section).getByLabelText('Nueva contraseña'), 'corta');
    await user.click(within(section).getByRole('button', { name: 'Cambiar contraseña' }));

    expect(within(section).getByText('La contraseña debe tener al menos 10 caracteres')).toBeTruthy();
    expect(bodiesOf(api, 'POST', '/api/v1/auth/change-password')).toEqual([]);
  });

  it('sets up two-step verification, shows the recovery codes once, and turns it off', async () => {
    const api = fakeApi();
    const { user } = renderApp('/account');
    const section = await screen.findByRole('region', { name: 'Verificación en dos pasos' });
    expect(within(section).getByText('Desactivada')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Activar verificación en dos pasos' }));
    expect((await within(section).findByTestId('otpauth-url')).textContent).toMatch(
      /^otpauth:\/\/totp\/AYNI:/,
    );
    expect(within(section).getByTestId('totp-secret').textContent).toBe('JBSWY3DPEHPK3PXP');

    await user.type(within(section).getByLabelText('Código de la app'), '000000');
    await user.click(within(section).getByRole('button', { name: 'Confirmar y activar' }));
    expect(await within(section).findByText('El código de verificación no es válido')).toBeTruthy();

    await user.clear(within(section).getByLabelText('Código de la app'));
    await user.type(within(section).getByLabelText('Código de la app'), TOTP_CODE);
    await user.click(within(section).getByRole('button', { name: 'Confirmar y activar' }));

    const codes = await within(section).findByRole('list', { name: 'Códigos de recuperación' });
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
    expect(api.state.twoFactor).toBe(true);
    await waitFor(() => expect(within(section).getByText('Activada')).toBeTruthy());

    await user.click(within(section).getByRole('button', { name: 'Ya los guardé' }));
    expect(within(section).queryByRole('list', { name: 'Códigos de recuperación' })).toBeNull();

    await user.type(within(section).getByLabelText('Tu contraseña'), TEST_PASSWORD);
    await user.type(within(section).getByLabelText('Código de la app o de recuperación'), TOTP_CODE);
    await user.click(within(section).getByRole('button', { name: 'Desactivar' }));

    expect(await within(section).findByText('La verificación en dos pasos quedó desactivada.')).toBeTruthy();
    expect(api.state.twoFactor).toBe(false);
    await waitFor(() => expect(within(section).getByText('Desactivada')).toBeTruthy());
  });

  it('resends the verification e-mail when the address is not verified', async () => {
    const api = fakeApi();
    api.state.emailVerified = false;
    const { user } = renderApp('/account');
    await user.click(await screen.findByRole('button', { name: 'Reenviar correo de verificación' }));
    expect(await screen.findByText('Te enviamos un nuevo enlace de verificación.')).toBeTruthy();
    expect(api.requests.some((r) => r.path === '/api/v1/auth/verify-email/resend')).toBe(true);
  });
});
