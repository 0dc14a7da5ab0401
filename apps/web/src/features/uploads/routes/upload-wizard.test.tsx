import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UploadPreview } from '@ayni/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { POS_DETECTED } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { UploadWizard } from './upload-wizard';

const COMPANY = '0f0e2d3c-4b5a-4968-8776-655443322110';
const TEMPLATE = { id: '7a7a7a7a-7a7a-4a7a-8a7a-7a7a7a7a7a7a', name: 'POS Bsale' };
const UPLOAD_ID = '5b1f0c52-2c1e-4a8e-9a52-6f4f3c1d2e10';

interface Sent {
  path: string;
  fields: Record<string, string>;
  file: string | null;
  json: unknown;
}

let server: Server;
let sent: Sent[] = [];
let template: typeof TEMPLATE | null = null;

const preview = (): UploadPreview => ({
  detected: { ...POS_DETECTED, template },
  rows: [
    {
      line: 3,
      outcome: 'accepted',
      values: {
        in_dt: '2025-10-05T13:15:00.000Z',
        in_trans_id: '1001',
        in_product_id: 'P-01',
        in_quantity: 2,
        in_price_total: 9980,
      },
      issues: [],
    },
    {
      line: 8,
      outcome: 'rejected',
      values: {
        'Fecha venta': '08/10/2025 12:00',
        'N° doc. venta': '1003',
        SKU: 'P-04',
        Cantidad: 'abc',
        'Total neto': '$ 100',
      },
      issues: [
        {
          code: 'INVALID_NUMBER',
          column: 'Cantidad',
          severity: 'error',
          message_es: 'Línea 8: «abc» no es un número.',
          message_en: 'Line 8: “abc” is not a number.',
        },
      ],
    },
  ],
});

beforeAll(async () => {
  server = createServer(async (req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    const entry: Sent = { path: req.url ?? '', fields: {}, file: null, json: null };
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(body, { headers: { 'content-type': type } }).formData();
      for (const [key, value] of form) {
        if (typeof value === 'string') entry.fields[key] = value;
        else entry.file = value.name;
      }
    } else if (body.length) entry.json = JSON.parse(body.toString());
    sent.push(entry);
    const reply = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status < 400 ? { data, meta: {} } : data));
    };
    const base = `/api/v1/companies/${COMPANY}`;
    if (req.url === `${base}/uploads/preview`) return reply(200, preview());
    if (req.url === `${base}/uploads`) return reply(202, { id: UPLOAD_ID, status: 'queued', status_url: '' });
    if (req.url === `${base}/mapping-templates`) {
      const name = (entry.json as { name: string }).name;
      if (name === 'Repetida') {
        return reply(409, {
          error: {
            code: 'CONFLICT',
            message: 'exists',
            message_es: 'Ya existe una plantilla con ese nombre',
          },
        });
      }
      return reply(201, { id: TEMPLATE.id, name, headers: [], mapping: {}, created_at: '', updated_at: '' });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  setApiBaseUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  sent = [];
  template = null;
  tokenStorage.set('token');
});

const csv = () => new File(['Fecha venta;N° doc. venta\n'], 'ventas octubre.csv', { type: 'text/csv' });

async function start(onSubmitted = vi.fn()) {
  const view = renderWithApp(
    <UploadWizard
      companyId={COMPANY}
      locations={['Casa matriz', 'Sucursal Ñuñoa']}
      onSubmitted={onSubmitted}
    />,
  );
  await view.user.upload(screen.getByLabelText(/Arrastra tu archivo aquí/), csv());
  await screen.findByTestId('upload-detected');
  return { ...view, onSubmitted };
}

describe('UploadWizard', () => {
  it('refuses files it cannot read before sending anything', async () => {
    renderWithApp(<UploadWizard companyId={COMPANY} locations={[]} onSubmitted={vi.fn()} />);
    // Dropped, so the picker's own filter does not apply.
    fireEvent.drop(screen.getByTestId('file-drop'), {
      dataTransfer: { files: [new File(['x'], 'foto.png', { type: 'image/png' })] },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'No podemos leer «foto.png»: usa un archivo CSV, TSV, TXT, XLSX o .gz.',
    );
    expect(sent).toEqual([]);
    const sample = screen.getByRole('link', { name: 'Descargar un archivo de ejemplo' });
    expect(sample.getAttribute('href')).toBe('/ejemplo-ventas-ayni.csv');
    expect(sample.hasAttribute('download')).toBe(true);
  });

  it('previews with no mapping, then imports with nothing but the file and the mode', async () => {
    const { user, onSubmitted } = await start();
    expect(sent[0]).toEqual({
      path: `/api/v1/companies/${COMPANY}/uploads/preview`,
      fields: {},
      file: 'ventas octubre.csv',
      json: null,
    });
    const detected = screen.getByTestId('upload-detected').textContent;
    expect(detected).toContain('windows-1252');
    expect(detected).toContain('Punto y coma (;)');
    expect(detected).toContain('Línea 2');
    expect(detected).toContain('Ninguna (detección automática)');
    // Parsed values on the company's clock and in pesos; rejected lines keep their text and reason.
    const sample = screen.getByTestId('upload-sample').textContent?.replace(/\s/g, ' ');
    expect(sample).toContain('05-10-2025 10:15');
    expect(sample).toMatch(/\$ ?9\.980/);
    expect(sample).toContain('Línea 8: «abc» no es un número.');

    await user.click(screen.getByRole('button', { name: 'Importar archivo' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(UPLOAD_ID));
    expect(sent[1]).toEqual({
      path: `/api/v1/companies/${COMPANY}/uploads`,
      fields: { mode: 'append' },
      file: 'ventas octubre.csv',
      json: null,
    });
  });

  it('sends the edited mapping to the preview and the import, replacing one branch', async () => {
    const { user, onSubmitted } = await start();
    await user.selectOptions(screen.getByLabelText('Dato de AYNI para «Vendedor»'), 'Cliente');
    expect(
      screen.getByText('Cambiaste la asignación: actualiza la vista previa para ver cómo queda.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Actualizar vista previa' }));
    await screen.findByTestId('upload-detected');
    const mapping = JSON.parse(sent[1]?.fields.mapping ?? '{}');
    expect(mapping.Vendedor).toEqual({ field: 'in_customer_id' });
    expect(mapping['Total neto']).toEqual({
      field: 'in_price_total',
      number: { decimal: ',', thousands: '.' },
    });

    await user.click(screen.getByRole('radio', { name: /Reemplazar/ }));
    await user.selectOptions(screen.getByLabelText('Sucursal a reemplazar'), 'Sucursal Ñuñoa');
    await user.click(screen.getByRole('button', { name: 'Importar archivo' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    // The preview's mapping goes with the file even though the new preview shows no edits.
    expect(sent[2]?.fields).toEqual({
      mapping: sent[1]?.fields.mapping,
      mode: 'replace',
      location: 'Sucursal Ñuñoa',
    });
  });

  it('names the template the detection applied and imports with it', async () => {
    template = TEMPLATE;
    const { user } = await start();
    expect(screen.getByTestId('upload-detected').textContent).toContain('POS Bsale');
    await user.click(screen.getByRole('button', { name: 'Importar archivo' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.fields).toEqual({ template_id: TEMPLATE.id, mode: 'append' });
  });

  it('saves the mapping as a template first, and shows why when it cannot', async () => {
    const { user, onSubmitted } = await start();
    await user.click(screen.getByRole('checkbox', { name: /Guardar esta asignación como plantilla/ }));
    await user.click(screen.getByRole('button', { name: 'Importar archivo' }));
    expect(screen.getByText('Escribe un nombre para la plantilla.')).toBeTruthy();
    expect(sent).toHaveLength(1);

    await user.type(screen.getByLabelText('Nombre de la plantilla'), 'Repetida');
    await user.click(screen.getByRole('button', { name: 'Importar archivo' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ya existe una plantilla con ese nombre');
    expect(onSubmitted).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Nombre de la plantilla'));
    await user.type(screen.getByLabelText('Nombre de la plantilla'), 'Caja 1');
    await user.click(screen.getByRole('button', { name: 'Importar archivo' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(UPLOAD_ID));
    const created = sent.at(-2)?.json as {
      name: string;
      headers: string[];
      mapping: Record<string, unknown>;
    };
    expect(created.name).toBe('Caja 1');
    expect(created.headers).toEqual(POS_DETECTED.columns.map((column) => column.name));
    expect(created.mapping.SKU).toEqual({ field: 'in_product_id' });
    expect(sent.at(-1)?.fields).toEqual({ template_id: TEMPLATE.id, mode: 'append' });
  });

  it('blocks the import until the required columns are assigned', async () => {
    const { user } = await start();
    await user.selectOptions(screen.getByLabelText('Dato de AYNI para «SKU»'), 'No usar');
    expect(screen.getByText('Asigna las columnas obligatorias para poder importar.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Importar archivo' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
