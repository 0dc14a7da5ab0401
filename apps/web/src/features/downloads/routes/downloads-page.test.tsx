import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MyCompany, Upload, UploadFile, UploadFilesStatus } from '@ayni/contracts';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { ROWS, upload } from '../../uploads/test/fixtures';
import { renderWithApp } from '../../uploads/test/render';
import { DownloadsPage } from './downloads-page';

const COMPANY: MyCompany = {
  id: upload().company_id,
  name: 'Almacén Don Pepe',
  rut: '76123456-0',
  industry: 'retail',
  size: 'micro',
  region: 'Metropolitana',
  role: 'viewer',
  default_dashboard: 'owner',
  is_demo: false,
  permissions: ['view_dashboards'],
};
const READY = upload({
  id: '11111111-1111-4111-8111-111111111111',
  filename: 'septiembre.csv',
  status: 'completed',
  progress: 100,
  finished_at: '2025-11-21T14:06:00.000Z',
  rows: ROWS,
});
const BUILDING = upload({
  id: '33333333-3333-4333-8333-333333333333',
  filename: 'octubre.csv',
  status: 'completed',
  progress: 100,
  rows: { ...ROWS, rejected: 0 },
});
const RUNNING = upload({ id: '22222222-2222-4222-8222-222222222222', filename: 'noviembre.xlsx' });

const file = (
  uploadId: string,
  name: string,
  level: string | null,
  rows: number,
  size: number,
): UploadFile => ({
  name,
  level,
  content_type:
    level === null ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
  size_bytes: size,
  rows,
  ready: true,
  download_url: `/api/v1/uploads/${uploadId}/files/${name}`,
});

let server: Server;
let uploads: Upload[] = [];
let filesOf: Record<string, { data: UploadFile[]; status: UploadFilesStatus; expected: number }> = {};
let listFails = false;
const calls: { path: string; auth: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    res.setHeader('access-control-allow-methods', '*');
    res.setHeader('access-control-expose-headers', 'content-disposition');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const path = (req.url ?? '').split('?')[0] as string;
    calls.push({ path, auth: req.headers.authorization });
    const json = (data: unknown, meta: Record<string, unknown> = {}) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data, meta }));
    };
    if (path === `/api/v1/companies/${COMPANY.id}/uploads`) {
      if (listFails) {
        res.writeHead(500, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'Boom' }, meta: {} }));
      }
      return json(uploads);
    }
    const match = /^\/api\/v1\/uploads\/([^/]+)\/(files|rejections\.csv|warnings\.csv)(?:\/([^/]+))?$/.exec(
      path,
    );
    const id = match?.[1] ?? '';
    if (match?.[2] === 'files' && !match[3] && filesOf[id]) {
      const { data, status, expected } = filesOf[id];
      return json(data, { status, expected });
    }
    if (match?.[2] === 'files' && match[3]) {
      res.writeHead(200, {
        'content-type': 'text/csv',
        'content-disposition': `attachment; filename="${id.slice(0, 8)}-${match[3]}"`,
      });
      return void res.end('\uFEFFperiod,revenue\r\n2025-09,1000\r\n');
    }
    if (match?.[2] === 'warnings.csv') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      return void res.end('line,kind,column,code\r\n9,skipped,,TOTALS_ROW\r\n');
    }
    if (match?.[2] === 'rejections.csv') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      return void res.end('line,column,code\r\n3,Total,INVALID_NUMBER\r\n');
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
  uploads = [structuredClone(RUNNING), structuredClone(BUILDING), structuredClone(READY)];
  filesOf = {
    [READY.id]: {
      data: [
        file(READY.id, 'day.csv', 'day', 30, 2048),
        file(READY.id, 'month.csv', 'month', 1, 300),
        file(READY.id, 'levels.xlsx', null, 1234, 1_500_000),
      ],
      status: 'ready',
      expected: 3,
    },
    [BUILDING.id]: { data: [file(BUILDING.id, 'day.csv', 'day', 31, 2100)], status: 'building', expected: 3 },
  };
  listFails = false;
  calls.length = 0;
  tokenStorage.set('token');
});
afterEach(() => vi.restoreAllMocks());

const renderPage = (company = COMPANY) =>
  renderWithApp(
    <MemoryRouter>
      <DownloadsPage company={company} />
    </MemoryRouter>,
  );
const cardOf = (name: string) =>
  screen.getAllByTestId('upload-files').find((card) => card.textContent?.includes(name)) as HTMLElement;

describe('DownloadsPage', () => {
  it('lists completed uploads with their files, workbook first, and rejected lines', async () => {
    renderPage();
    await screen.findByText('septiembre.csv');
    expect(screen.queryByText('noviembre.xlsx')).toBeNull();
    const ready = cardOf('septiembre.csv');
    expect(await within(ready).findByText('Listos')).toBeTruthy();
    const rows = within(ready).getAllByTestId('upload-file');
    expect(rows.map((row) => row.querySelector('.font-mono')?.textContent)).toEqual([
      'levels.xlsx',
      'day.csv',
      'month.csv',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Libro Excel con todos los niveles')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('1.234')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('1,4 MB')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Día')).toBeTruthy();
    expect(
      within(ready).getByRole('button', { name: 'Descargar las líneas rechazadas de septiembre.csv' }),
    ).toBeTruthy();
    expect(within(cardOf('octubre.csv')).getByText('Sin líneas rechazadas.')).toBeTruthy();
  });

  it('shows files being built with a spinner and polls until they are ready', async () => {
    renderPage();
    await screen.findByText('octubre.csv');
    const building = cardOf('octubre.csv');
    expect(await within(building).findByText('Preparando archivos (1 de 3)…')).toBeTruthy();
    expect(within(building).getAllByTestId('upload-file')).toHaveLength(1);

    filesOf[BUILDING.id] = {
      data: [
        file(BUILDING.id, 'day.csv', 'day', 31, 2100),
        file(BUILDING.id, 'month.csv', 'month', 1, 300),
        file(BUILDING.id, 'levels.xlsx', null, 32, 9000),
      ],
      status: 'ready',
      expected: 3,
    };
    expect(await within(building).findByText('Listos', {}, { timeout: 3_000 })).toBeTruthy();
    expect(within(building).getAllByTestId('upload-file')).toHaveLength(3);
    const polls = calls.filter((call) => call.path === `/api/v1/uploads/${BUILDING.id}/files`).length;
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    // Ready: no more polling.
    expect(calls.filter((call) => call.path === `/api/v1/uploads/${BUILDING.id}/files`).length).toBe(polls);
  });

  it('downloads a file and the rejected lines with the Bearer token', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { user } = renderPage();
    await screen.findByText('septiembre.csv');
    const ready = cardOf('septiembre.csv');
    await user.click(await within(ready).findByRole('button', { name: 'Descargar month.csv' }));
    expect(await within(ready).findByText('Descargamos 11111111-month.csv.')).toBeTruthy();
    expect(calls).toContainEqual({
      path: `/api/v1/uploads/${READY.id}/files/month.csv`,
      auth: 'Bearer token',
    });
    expect(await (blobs[0] as Blob).text()).toContain('2025-09,1000');

    await user.click(
      within(ready).getByRole('button', { name: 'Descargar las líneas rechazadas de septiembre.csv' }),
    );
    expect(await within(ready).findByText('Descargamos septiembre-rechazadas.csv.')).toBeTruthy();
    expect(calls).toContainEqual({
      path: `/api/v1/uploads/${READY.id}/rejections.csv`,
      auth: 'Bearer token',
    });

    // One warned line and one skipped (the fixture's counts).
    expect(within(ready).getByText('Líneas con advertencia y omitidas (CSV) · 2')).toBeTruthy();
    await user.click(
      within(ready).getByRole('button', {
        name: 'Descargar las líneas con advertencia y omitidas de septiembre.csv',
      }),
    );
    expect(await within(ready).findByText('Descargamos septiembre-advertencias.csv.')).toBeTruthy();
    expect(calls).toContainEqual({ path: `/api/v1/uploads/${READY.id}/warnings.csv`, auth: 'Bearer token' });
  });

  it('says when files failed or will not come', async () => {
    filesOf[READY.id] = { data: [], status: 'failed', expected: 3 };
    filesOf[BUILDING.id] = { data: [], status: 'none', expected: 0 };
    renderPage();
    expect(await screen.findByText('No pudimos preparar los archivos de esta carga.')).toBeTruthy();
    expect(
      await screen.findByText(
        'Esta carga no tiene archivos por nivel (se completó antes de que existieran).',
      ),
    ).toBeTruthy();
    expect(screen.queryAllByTestId('upload-file')).toHaveLength(0);
  });

  it('has empty and error states', async () => {
    uploads = [structuredClone(RUNNING)];
    const first = renderPage();
    expect(await screen.findByText('Aún no hay archivos para descargar')).toBeTruthy();
    expect(screen.getByText(/^Cuando una carga se complete/)).toBeTruthy();
    first.unmount();

    // The demo company says why it has none.
    const demo = renderPage({ ...COMPANY, is_demo: true });
    expect(
      await screen.findByText(/^Las ventas de esta empresa de demostración fueron generadas/),
    ).toBeTruthy();
    demo.unmount();

    listFails = true;
    renderPage();
    const alert = await screen.findByRole('alert', {}, { timeout: 4_000 });
    expect(within(alert).getByRole('button', { name: 'Reintentar' })).toBeTruthy();
  });
});
