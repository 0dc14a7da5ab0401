import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY_A } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../../test/use-fake-api';

const fakeApi = setupFakeApi({ signedIn: true });

type User = ReturnType<typeof renderApp>['user'];

async function fillProfile(user: User) {
  await user.type(await screen.findByLabelText('Nombre de la empresa'), 'Botillería Los Andes');
  await user.selectOptions(screen.getByLabelText('Rubro'), 'Comercio minorista');
  await user.selectOptions(screen.getByLabelText('Tamaño'), 'Pequeña (10 a 49 trabajadores)');
  await user.selectOptions(screen.getByLabelText('Región'), 'Región de Valparaíso');
  const first = screen.getByRole('group', { name: 'Local 1' });
  await user.type(within(first).getByLabelText('Nombre del local'), 'Local centro');
  await user.type(within(first).getByLabelText('Dirección (opcional)'), 'Esmeralda 1050, Valparaíso');
}

describe('create company page', () => {
  it('flags an invalid RUT, then creates the company with a valid one and opens it', async () => {
    const api = fakeApi();
    const { user, router } = renderApp('/companies/new');
    await fillProfile(user);

    const rut = screen.getByLabelText('RUT de la empresa');
    await user.type(rut, '12.345.678-0');
    await user.tab();
    expect(screen.getByText('RUT inválido: revisa los números y el dígito verificador')).toBeTruthy();
    expect(rut.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Crear empresa' }));
    expect(bodiesOf(api, 'POST', '/api/v1/companies')).toEqual([]);
    expect(router.state.location.pathname).toBe('/companies/new');

    await user.clear(rut);
    await user.type(rut, '123456785');
    expect(screen.getByText('RUT válido: 12.345.678-5')).toBeTruthy();
    await user.tab();
    expect((rut as HTMLInputElement).value).toBe('12.345.678-5');
    await user.click(screen.getByRole('button', { name: 'Crear empresa' }));

    const created = () => api.state.companies.find((company) => company.name === 'Botillería Los Andes');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${created()?.id}`));
    expect(created()?.role).toBe('owner');
    expect(await screen.findByRole('heading', { level: 1, name: 'Botillería Los Andes' })).toBeTruthy();
    expect(bodiesOf(api, 'POST', '/api/v1/companies')).toEqual([
      {
        name: 'Botillería Los Andes',
        rut: '12345678-5',
        industry: 'retail',
        size: 'small',
        region: 'Región de Valparaíso',
        benchmark_opt_in: true,
        locations: [{ name: 'Local centro', address: 'Esmeralda 1050, Valparaíso' }],
      },
    ]);
  });

  it('adds and removes locations, and requires their names', async () => {
    const api = fakeApi();
    const { user } = renderApp('/companies/new');
    await fillProfile(user);
    await user.type(screen.getByLabelText('RUT de la empresa'), '77.987.654-3');
    expect(screen.getByRole('button', { name: 'Quitar local 1' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: '+ Agregar local' }));
    await user.click(screen.getByRole('button', { name: '+ Agregar local' }));
    await user.click(screen.getByRole('button', { name: 'Quitar local 2' }));
    expect(screen.getAllByRole('group', { name: /^Local \d$/ })).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Crear empresa' }));
    const second = screen.getByRole('group', { name: 'Local 2' });
    expect(within(second).getByText('Completa este campo')).toBeTruthy();
    expect(bodiesOf(api, 'POST', '/api/v1/companies')).toEqual([]);

    await user.type(within(second).getByLabelText('Nombre del local'), 'Bodega');
    await user.click(screen.getByRole('button', { name: 'Crear empresa' }));
    await waitFor(() => expect(bodiesOf(api, 'POST', '/api/v1/companies')).toHaveLength(1));
    expect(bodiesOf(api, 'POST', '/api/v1/companies')[0]?.locations).toEqual([
      { name: 'Local centro', address: 'Esmeralda 1050, Valparaíso' },
      { name: 'Bodega', address: null },
    ]);
  });

  it('shows the API error on the RUT field when the RUT is already registered', async () => {
    const { user, router } = renderApp('/companies/new');
    await fillProfile(user);
    await user.type(screen.getByLabelText('RUT de la empresa'), '11.111.111-1');
    await user.click(screen.getByRole('button', { name: 'Crear empresa' }));

    expect(await screen.findByText('Ya existe una empresa registrada con este RUT')).toBeTruthy();
    expect(screen.getByLabelText('RUT de la empresa').getAttribute('aria-invalid')).toBe('true');
    expect(router.state.location.pathname).toBe('/companies/new');
  });

  it('is offered by the empty home page', async () => {
    fakeApi().state.companies = [];
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Crear empresa' }));
    expect(router.state.location.pathname).toBe('/companies/new');
  });

  it('is offered by the company switcher', async () => {
    const { user, router } = renderApp(`/c/${COMPANY_A.id}`);
    await user.selectOptions(await screen.findByLabelText('Empresa'), '+ Nueva empresa');
    await waitFor(() => expect(router.state.location.pathname).toBe('/companies/new'));
  });
});
