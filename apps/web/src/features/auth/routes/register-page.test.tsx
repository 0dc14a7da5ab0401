import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TEST_USER } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../../test/use-fake-api';
import { tokenStorage } from '../../../lib/token-storage';

const fakeApi = setupFakeApi();

describe('register page', () => {
  it('is linked from the login page, signs up, signs in and opens "create a company"', async () => {
    const api = fakeApi();
    const { user, router } = renderApp('/login');

    await user.click(screen.getByRole('link', { name: 'Crear cuenta' }));
    expect(router.state.location.pathname).toBe('/register');
    expect(await screen.findByRole('heading', { level: 1, name: 'Crea tu cuenta' })).toBeTruthy();
    expect(screen.getByText('Tener al menos 10 caracteres')).toBeTruthy();

    await user.type(await screen.findByLabelText('Nombre y apellido'), 'Rosa Huanca');
    await user.type(screen.getByLabelText('Correo electrónico'), 'rosa@botilleria.cl');
    await user.type(screen.getByLabelText('Contraseña'), 'marraqueta-tibia-42');
    await user.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/companies/new'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Registra tu empresa' })).toBeTruthy();
    expect(tokenStorage.get()).toBe(api.state.token);
    expect(bodiesOf(api, 'POST', '/api/v1/auth/register')).toEqual([
      { name: 'Rosa Huanca', email: 'rosa@botilleria.cl', password: 'marraqueta-tibia-42' },
    ]);
    expect(bodiesOf(api, 'POST', '/api/v1/auth/login')).toEqual([
      { email: 'rosa@botilleria.cl', password: 'marraqueta-tibia-42' },
    ]);
  });

  it("shows the server's password rule on the password field", async () => {
    const api = fakeApi();
    const { user, router } = renderApp('/register');

    await user.type(await screen.findByLabelText('Nombre y apellido'), 'Rosa Huanca');
    await user.type(screen.getByLabelText('Correo electrónico'), 'rosa@botilleria.cl');
    await user.type(screen.getByLabelText('Contraseña'), 'contraseña2024');
    await user.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    const message = 'Esta contraseña es demasiado común o fácil de adivinar; elige otra';
    expect(await screen.findByText(message)).toBeTruthy();
    const password = screen.getByLabelText('Contraseña');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toContain(screen.getByText(message).id);
    expect(router.state.location.pathname).toBe('/register');
    expect(bodiesOf(api, 'POST', '/api/v1/auth/login')).toEqual([]);
    expect(tokenStorage.get()).toBeNull();
  });

  it('marks an e-mail that already has an account', async () => {
    const { user } = renderApp('/register');

    await user.type(await screen.findByLabelText('Nombre y apellido'), 'María Quispe');
    await user.type(screen.getByLabelText('Correo electrónico'), TEST_USER.email);
    await user.type(screen.getByLabelText('Contraseña'), 'marraqueta-tibia-42');
    await user.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    expect(await screen.findByText('Ya existe una cuenta con este correo')).toBeTruthy();
    expect(screen.getByLabelText('Correo electrónico').getAttribute('aria-invalid')).toBe('true');
  });

  it('checks the length before asking the server', async () => {
    const api = fakeApi();
    const { user } = renderApp('/register');

    await user.type(await screen.findByLabelText('Nombre y apellido'), 'Rosa Huanca');
    await user.type(screen.getByLabelText('Correo electrónico'), 'rosa@botilleria.cl');
    await user.type(screen.getByLabelText('Contraseña'), 'corta');
    await user.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    expect(screen.getByText('La contraseña debe tener al menos 10 caracteres')).toBeTruthy();
    expect(api.requests).toEqual([]);
  });

  it('links back to the login page', async () => {
    const { user, router } = renderApp('/register');
    await user.click(await screen.findByRole('link', { name: 'Inicia sesión' }));
    expect(router.state.location.pathname).toBe('/login');
  });
});
