import type { MyCompany } from '@ayni/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../test/use-fake-api';

const fakeApi = setupFakeApi({ signedIn: true });
const SETTINGS = `/c/${COMPANY_A.id}/settings`;
const VIEWER: MyCompany = { ...COMPANY_A, role: 'viewer', permissions: ['view_dashboards'] };

const tabNames = () => screen.getAllByRole('tab').map((tab) => tab.textContent);

describe('settings', () => {
  it('is linked from the header\'s "Más" menu and shows every tab to owners', async () => {
    const { user, router } = renderApp(`/c/${COMPANY_A.id}`);
    const more = await screen.findByRole('button', { name: 'Más' });
    await user.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('link', { name: 'Configuración' }));
    expect(more.getAttribute('aria-expanded')).toBe('false');

    expect(router.state.location.pathname).toBe(SETTINGS);
    expect(await screen.findByRole('heading', { level: 1, name: COMPANY_A.name })).toBeTruthy();
    expect(tabNames()).toEqual([
      'Empresa',
      'Miembros',
      'Análisis',
      'Plantillas',
      'Datos',
      'Auditoría',
      'Exportar',
      'API',
      'Webhooks',
    ]);
    expect(screen.getByRole('tab', { name: 'Empresa' }).getAttribute('aria-selected')).toBe('true');
    // The closed menu still marks the current page inside it.
    expect(
      screen.getByRole('link', { name: 'Configuración', hidden: true }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('hides what a viewer may not do', async () => {
    fakeApi().state.companies = [VIEWER];
    const { user } = renderApp(`${SETTINGS}?tab=audit`);

    expect(await screen.findByRole('tab', { name: 'Empresa' })).toBeTruthy();
    expect(tabNames()).toEqual(['Empresa', 'Miembros', 'Análisis', 'Plantillas', 'Datos']);
    // An audit link falls back to the first tab: read-only details, no deletion.
    expect(
      await screen.findByText('Solo los dueños y administradores pueden cambiar estos datos.'),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Nombre de la empresa')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Editar Casa matriz' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Eliminar empresa…' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Miembros' }));
    expect(await screen.findByText('Pedro Soto')).toBeTruthy();
    expect(screen.queryByLabelText('Rol de Pedro Soto')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Quitar a Pedro Soto' })).toBeNull();
    expect(screen.queryByLabelText('Correo de la persona')).toBeNull();
    expect(screen.getByRole('button', { name: 'Salir de la empresa' })).toBeTruthy();
  });

  it('gives admins everything but deleting the company', async () => {
    fakeApi().state.companies = [{ ...COMPANY_B, id: COMPANY_A.id }];
    renderApp(SETTINGS);
    expect(await screen.findByLabelText('Nombre de la empresa')).toBeTruthy();
    expect(tabNames()).toEqual([
      'Empresa',
      'Miembros',
      'Análisis',
      'Plantillas',
      'Datos',
      'Auditoría',
      'Exportar',
      'API',
      'Webhooks',
    ]);
    expect(screen.queryByRole('button', { name: 'Eliminar empresa…' })).toBeNull();
  });

  it('saves the company profile', async () => {
    const api = fakeApi();
    const { user } = renderApp(SETTINGS);

    const name = await screen.findByLabelText('Nombre de la empresa');
    await user.clear(name);
    await user.type(name, 'Almacén Don Pepe SpA');
    await user.selectOptions(screen.getByLabelText('Región'), 'Región de Valparaíso');
    await user.click(screen.getByRole('button', { name: 'Guardar cambios' }));

    expect(await screen.findByText('Guardamos los cambios.')).toBeTruthy();
    expect(bodiesOf(api, 'PATCH', `/api/v1/companies/${COMPANY_A.id}`)).toEqual([
      { name: 'Almacén Don Pepe SpA', region: 'Región de Valparaíso' },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Almacén Don Pepe SpA' })).toBeTruthy();
  });

  it('adds, renames and deletes locations, but never the last one', async () => {
    const { user } = renderApp(SETTINGS);

    const region = await screen.findByRole('region', { name: 'Locales' });
    await user.click(within(region).getByRole('button', { name: 'Eliminar Casa matriz' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Eliminar' }));
    expect((await within(screen.getByRole('dialog')).findByRole('alert')).textContent).toContain(
      'al menos un local',
    );
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancelar' }));

    await user.type(within(region).getByLabelText('Nombre del local'), 'Sucursal Viña');
    await user.click(within(region).getByRole('button', { name: 'Agregar local' }));
    expect(await within(region).findByText('Agregamos el local Sucursal Viña.')).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Editar Sucursal Viña' }));
    const item = within(region).getByRole('button', { name: 'Guardar local' }).closest('li') as HTMLElement;
    const field = within(item).getByLabelText('Nombre del local');
    await user.clear(field);
    await user.type(field, 'Sucursal Viña del Mar');
    await user.click(within(item).getByRole('button', { name: 'Guardar local' }));
    expect(await within(region).findByText('Sucursal Viña del Mar')).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Eliminar Casa matriz' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Eliminar' }));
    await waitFor(() => expect(within(region).queryByText('Casa matriz')).toBeNull());
  });

  it('deletes the company only after its name is typed', async () => {
    const api = fakeApi();
    api.state.companies = [COMPANY_A, COMPANY_B];
    const { user, router } = renderApp(SETTINGS);

    await user.click(await screen.findByRole('button', { name: 'Eliminar empresa…' }));
    const dialog = screen.getByRole('dialog', { name: `¿Eliminar ${COMPANY_A.name}?` });
    expect(dialog.textContent).toContain('30 días');
    const confirm = within(dialog).getByRole('button', { name: 'Eliminar empresa' });
    expect(confirm.hasAttribute('disabled')).toBe(true);

    await user.type(
      within(dialog).getByLabelText('Escribe el nombre de la empresa para confirmar'),
      COMPANY_A.name,
    );
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_B.id}`));
    expect(api.state.companies.map((company) => company.id)).toEqual([COMPANY_B.id]);
  });

  it('pages through the audit log', async () => {
    const api = fakeApi();
    const { user } = renderApp(`${SETTINGS}?tab=audit`);

    expect(await screen.findByText('Página 1 de 3', { selector: 'span' })).toBeTruthy();
    const rows = () => within(screen.getByTestId('audit-rows')).getAllByRole('row');
    expect(rows()).toHaveLength(20);
    expect(rows()[0]?.textContent).toContain('Cambió el rol de un miembro');
    expect(rows()[0]?.textContent).toContain('persona45@almacen.cl · Solo lectura → Administrador');
    expect(screen.getByRole('button', { name: 'Anterior' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(await screen.findByText('Página 2 de 3', { selector: 'span' })).toBeTruthy();
    const last = api.requests.filter((r) => r.path.endsWith('/audit')).at(-1);
    expect(last?.query.get('page')).toBe('2');
    expect(last?.query.get('page_size')).toBe('20');
  });

  it('downloads the export with the bearer token', async () => {
    const api = fakeApi();
    const { user } = renderApp(`${SETTINGS}?tab=export`);

    await user.click(await screen.findByRole('button', { name: 'Descargar ZIP' }));
    expect(await screen.findByText('Listo: descargamos ayni-export-almacen.zip.')).toBeTruthy();
    const request = api.requests.find((r) => r.path.endsWith('/export'));
    expect(request?.authorization).toBe(`Bearer ${api.state.token}`);
  });
});
