import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../../test/use-fake-api';

const fakeApi = setupFakeApi();

describe('forgot password', () => {
  it('always answers "if the e-mail exists, we sent a link"', async () => {
    const api = fakeApi();
    const { user } = renderApp('/forgot-password');

    await user.type(await screen.findByLabelText('Correo electrónico'), 'nadie@ejemplo.cl');
    await user.click(screen.getByRole('button', { name: 'Enviar enlace' }));

    expect((await screen.findByRole('status')).textContent).toMatch(
      /^Si el correo existe, te enviamos un enlace/,
    );
    expect(api.state.resetRequests).toEqual(['nadie@ejemplo.cl']);
    expect(screen.getByRole('link', { name: 'Volver a iniciar sesión' }).getAttribute('href')).toBe('/login');
  });
});

describe('reset password', () => {
  it('sets the new password and sends the user to sign in', async () => {
    const api = fakeApi();
    const { user, router } = renderApp('/reset-password?token=reset-token-ok');

    await user.type(await screen.findByLabelText('Nueva contraseña'), 'quinoa-del-altiplano');
    await user.type(screen.getByLabelText('Repite la nueva contraseña'), 'quinoa-del-altiplano');
    await user.click(screen.getByRole('button', { name: 'Guardar contraseña' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Listo, cambiaste tu contraseña. Ingresa con la nueva.',
    );
    expect(bodiesOf(api, 'POST', '/api/v1/auth/password-reset/confirm')).toEqual([
      { token: 'reset-token-ok', new_password: 'quinoa-del-altiplano' },
    ]);
    expect(api.state.password).toBe('quinoa-del-altiplano');
  });

  it('checks both entries match, then shows the server rules on the field', async () => {
    const api = fakeApi();
    const { user } = renderApp('/reset-password?token=reset-token-ok');

    await user.type(await screen.findByLabelText('Nueva contraseña'), 'qwerty12345');
    await user.type(screen.getByLabelText('Repite la nueva contraseña'), 'qwerty1234');
    await user.click(screen.getByRole('button', { name: 'Guardar contraseña' }));
    expect(screen.getByText('Las contraseñas no coinciden')).toBeTruthy();
    expect(api.requests).toEqual([]);

    await user.type(screen.getByLabelText('Repite la nueva contraseña'), '5');
    await user.click(screen.getByRole('button', { name: 'Guardar contraseña' }));
    expect(
      await screen.findByText('Esta contraseña es demasiado común o fácil de adivinar; elige otra'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Nueva contraseña').getAttribute('aria-invalid')).toBe('true');
  });

  it('explains a used or expired link and offers a new one', async () => {
    const { user } = renderApp('/reset-password?token=vencido');

    await user.type(await screen.findByLabelText('Nueva contraseña'), 'quinoa-del-altiplano');
    await user.type(screen.getByLabelText('Repite la nueva contraseña'), 'quinoa-del-altiplano');
    await user.click(screen.getByRole('button', { name: 'Guardar contraseña' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('El enlace no es válido o ya expiró');
    expect(screen.getByRole('link', { name: 'Pedir un enlace nuevo' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });
});

describe('verify e-mail', () => {
  it('confirms the address once', async () => {
    const api = fakeApi();
    api.state.emailVerified = false;
    renderApp('/verify-email?token=verify-token-ok');

    expect(await screen.findByRole('heading', { name: '¡Correo verificado!' })).toBeTruthy();
    expect(api.state.emailVerified).toBe(true);
    expect(bodiesOf(api, 'POST', '/api/v1/auth/verify-email')).toEqual([{ token: 'verify-token-ok' }]);
  });

  it('says when the link does not work', async () => {
    renderApp('/verify-email?token=otro');
    expect(await screen.findByRole('heading', { name: 'No pudimos verificar tu correo' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('El enlace no es válido o ya expiró');
  });

  it('needs a token', async () => {
    renderApp('/verify-email');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^El enlace no es válido o está incompleto/,
    );
  });
});
