import type { MappingTemplate } from '@ayni/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OWNER, renderPanel, setupSettingsApi, withPermissions } from '../test/render-panel';
import { TemplatesPanel } from './templates-panel';

const api = setupSettingsApi();

const template = (id: string, name: string): MappingTemplate => ({
  id,
  name,
  headers: ['Fecha venta', 'N° doc. venta', 'SKU', 'Cantidad', 'Total neto', 'Vendedor', 'Caja', 'Turno'],
  mapping: {
    'Fecha venta': { field: 'in_dt' },
    'N° doc. venta': { field: 'in_trans_id' },
    SKU: { field: 'in_product_id' },
    Cantidad: { field: 'in_quantity' },
    'Total neto': { field: 'in_price_total' },
    Vendedor: { field: null },
  },
  created_at: '2026-10-01T12:00:00.000Z',
  updated_at: '2026-11-21T12:00:00.000Z',
});
const BSALE = template('7a7a7a7a-7a7a-4a7a-8a7a-7a7a7a7a7a7a', 'POS Bsale');
const DEFONTANA = template('8b8b8b8b-8b8b-4b8b-8b8b-8b8b8b8b8b8b', 'ERP Defontana');

describe('Settings › Plantillas', () => {
  it('explains where templates come from when there are none', async () => {
    renderPanel(<TemplatesPanel company={OWNER} />);
    expect(await screen.findByRole('heading', { name: 'Aún no hay plantillas' })).toBeTruthy();
    expect(screen.getByText(/Guardar esta asignación como plantilla/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cargar un archivo' }).getAttribute('href')).toBe(
      `/c/${OWNER.id}/uploads/new`,
    );
  });

  it('lists each template with its columns, mapped fields and last change', async () => {
    api().state.templates = [{ ...BSALE }];
    renderPanel(<TemplatesPanel company={OWNER} />);

    expect(await screen.findByRole('heading', { name: 'POS Bsale' })).toBeTruthy();
    expect(
      screen.getByText('8 columnas: Fecha venta, N° doc. venta, SKU, Cantidad, Total neto, Vendedor, …'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Datos asignados: Fecha y hora, N° de documento, Código de producto, Cantidad, Total de la línea',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Actualizada el 21-11-2026')).toBeTruthy();
  });

  it('renames a template, showing a taken name as the server explains it', async () => {
    api().state.templates = [{ ...BSALE }, { ...DEFONTANA }];
    const { user } = renderPanel(<TemplatesPanel company={OWNER} />);

    await user.click(await screen.findByRole('button', { name: 'Renombrar POS Bsale' }));
    const name = screen.getByLabelText('Nuevo nombre de la plantilla');
    await user.clear(name);
    await user.type(name, 'ERP Defontana');
    await user.click(screen.getByRole('button', { name: 'Guardar nombre' }));
    expect(await screen.findByText('Ya existe una plantilla con ese nombre')).toBeTruthy();

    await user.clear(name);
    await user.type(name, 'Caja Bsale');
    await user.click(screen.getByRole('button', { name: 'Guardar nombre' }));
    expect(await screen.findByText('La plantilla ahora se llama Caja Bsale.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Caja Bsale' })).toBeTruthy();
    const renames = api()
      .sent.filter((r) => r.method === 'PATCH')
      .map((r) => [r.path, r.body]);
    expect(renames.at(-1)).toEqual([
      `/api/v1/companies/${OWNER.id}/mapping-templates/${BSALE.id}`,
      { name: 'Caja Bsale' },
    ]);
  });

  it('deletes a template only after confirming', async () => {
    api().state.templates = [{ ...BSALE }, { ...DEFONTANA }];
    const { user } = renderPanel(<TemplatesPanel company={OWNER} />);

    await user.click(await screen.findByRole('button', { name: 'Eliminar POS Bsale' }));
    const dialog = screen.getByRole('dialog', { name: '¿Eliminar la plantilla POS Bsale?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(api().state.templates).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Eliminar POS Bsale' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Eliminar plantilla' }));
    expect(await screen.findByText('Eliminamos la plantilla POS Bsale.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'POS Bsale' })).toBeNull());
    expect(api().state.templates.map((item) => item.name)).toEqual(['ERP Defontana']);
  });

  it('lets members who do not upload data only read', async () => {
    api().state.templates = [{ ...BSALE }];
    renderPanel(<TemplatesPanel company={withPermissions(['view_dashboards'])} />, { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'POS Bsale' })).toBeTruthy();
    expect(screen.getByText('Only members who upload data can rename or delete templates.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Rename POS Bsale' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete POS Bsale' })).toBeNull();
  });
});
