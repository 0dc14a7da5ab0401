import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MyCompany, Upload } from '@ayni/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { CHANGES, ROWS, upload } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { UploadsHistoryPage } from './uploads-history-page';

const COMPANY: MyCompany = {
  id: upload().company_id,
  name: 'Almacén Don Pepe',
  rut: '76123456-0',
  industry: 'retail',
  size: 'micro',
  region: 'Metropolitana',
  role: 'owner',
  default_dashboard: 'owner',
  is_demo: false,
  permissions: ['view_dashboards', 'upload_data'],
};
const DONE = upload({
  id: '11111111-1111-4111-8111-111111111111',
  filename: 'septiembre.csv',
  status: 'completed',
  progress: 100,
  lines_processed: 8,
  lines_total: 8,
  rows: ROWS,
});
const RUNNING = upload({ id: '22222222-2222-4222-8222-222222222222', filename: 'octubre.xlsx' });

/** Completed uploads older than the two above, enough to need a second page. */
const older = (count: number): Upload[] =>
  Array.from({ length: count }, (_, i) =>
    upload({
      id: `33333333-3333-4333-8333-${String(i).padStart(12, '0')}`,
      filename: `antiguo-${i + 1}.csv`,
      status: 'completed',
      progress: 100,
      rows: ROWS,
    }),
  );

let server: Server;
/** Newest first; an upload's position (`seq`, the server's cursor) counts up from the oldest. */
let uploads: Upload[] = [];
const calls: string[] = [];
/** The query string of every history request, e.g. `limit=50&before=3`. */
const listQueries: string[] = [];

/** The server's contract: newest first, older than `before`, `next_before` when the page is full. */
function listPage(query: URLSearchParams) {
  const limit = Number(query.get('limit') ?? 50);
  const before = query.has('before') ? Number(query.get('before')) : Number.POSITIVE_INFINITY;
  const withSeq = uploads.map((item, i) => ({ item, seq: uploads.length - i }));
  const page = withSeq.filter((row) => row.seq < before).slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => row.item),
    meta: { next_before: page.length === limit && last ? last.seq : null },
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    res.setHeader('access-control-allow-methods', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const [path = '', search = ''] = (req.url ?? '').split('?');
    calls.push(`${req.method} ${path}`);
    const json = (data: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data, meta: {} }));
    };
    if (req.method === 'GET' && path === `/api/v1/companies/${COMPANY.id}/uploads`) {
      listQueries.push(search);
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(listPage(new URLSearchParams(search))));
    }
    const match = /^\/api\/v1\/uploads\/([^/]+)(\/\w+)?$/.exec(path);
    const target = uploads.find((item) => item.id === match?.[1]);
    if (target && req.method === 'GET' && match?.[2] === '/changes') return json(CHANGES);
    if (target && req.method === 'GET' && match?.[2] === '/warnings') {
      return json([
        {
          severity: 'skipped',
          code: 'TOTALS_ROW',
          lines: 1,
          listed: 1,
          examples: [
            {
              line: 9,
              column: null,
              message_es: 'Línea 9: fila de totales.',
              message_en: '',
              original_text: null,
            },
          ],
        },
      ]);
    }
    if (target && req.method === 'GET' && match?.[2] === '/rejections') {
      return json([
        {
          severity: 'rejected',
          code: 'MISSING_REQUIRED',
          lines: 2,
          listed: 2,
          examples: [
            {
              line: 3,
              column: 'SKU',
              message_es: 'Línea 3: la columna obligatoria "SKU" está vacía.',
              message_en: '',
              original_text: '05/10/2025;1002;;1;990',
            },
          ],
        },
      ]);
    }
    if (target && req.method === 'POST' && match?.[2] === '/cancel') {
      target.status = 'cancelled';
      return json(target);
    }
    if (target && req.method === 'DELETE' && !match?.[2]) {
      target.status = 'deleted';
      return json(target);
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
  uploads = [structuredClone(RUNNING), structuredClone(DONE)];
  calls.length = 0;
  listQueries.length = 0;
  // No WebSocket here: the page falls back to polling.
  tokenStorage.set('token');
});

const renderPage = (company = COMPANY) =>
  renderWithApp(
    <MemoryRouter>
      <UploadsHistoryPage company={company} />
    </MemoryRouter>,
  );

const rowOf = (name: string) =>
  screen.getAllByTestId('upload-row').find((row) => row.textContent?.includes(name)) as HTMLElement;

describe('UploadsHistoryPage', () => {
  it('lists uploads with status, live progress and counts', async () => {
    renderPage();
    await screen.findByText('septiembre.csv');
    const running = rowOf('octubre.xlsx');
    expect(within(running).getByText('Importando · 40 %')).toBeTruthy();
    expect(within(running).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    const done = rowOf('septiembre.csv');
    expect(within(done).getByText('Completada')).toBeTruthy();
    expect(
      within(done).getAllByText('Aceptadas: 5 · Con advertencias: 1 · Rechazadas: 2 · Omitidas: 1').length,
    ).toBeGreaterThan(0);
    expect(within(done).queryByRole('button', { name: /Cancelar/ })).toBeNull();
    expect(within(running).queryByRole('button', { name: /Eliminar/ })).toBeNull();
  });

  it('cancels a running upload', async () => {
    const { user } = renderPage();
    await screen.findByText('octubre.xlsx');
    const [cancel] = screen.getAllByRole('button', { name: 'Cancelar la importación de octubre.xlsx' });
    await user.click(cancel as HTMLElement);
    expect((await screen.findByRole('status')).textContent).toBe(
      'Cancelamos la importación de octubre.xlsx.',
    );
    expect(within(rowOf('octubre.xlsx')).getByText('Cancelada')).toBeTruthy();
    expect(calls).toContain(`POST /api/v1/uploads/${RUNNING.id}/cancel`);
  });

  it('deletes a completed upload only after confirming', async () => {
    const { user } = renderPage();
    await screen.findByText('septiembre.csv');
    const [remove] = screen.getAllByRole('button', { name: 'Eliminar la carga septiembre.csv' });
    await user.click(remove as HTMLElement);
    const dialog = screen.getByRole('dialog', { name: '¿Eliminar la carga septiembre.csv?' });
    await user.click(within(dialog).getByRole('button', { name: 'Volver' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.filter((call) => call.startsWith('DELETE'))).toEqual([]);

    await user.click(remove as HTMLElement);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Eliminar carga' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toContain(`DELETE /api/v1/uploads/${DONE.id}`);
    expect(await within(rowOf('septiembre.csv')).findByText('Eliminada')).toBeTruthy();
  });

  it('expands a completed upload into its per-period changes', async () => {
    const { user } = renderPage();
    await screen.findByText('septiembre.csv');
    const [toggle] = screen.getAllByRole('button', { name: 'Ver cambios de septiembre.csv' });
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle as HTMLElement);
    const changes = await screen.findByTestId('period-changes');
    expect(changes.textContent).toContain('oct 2025');
    expect(changes.textContent).toContain('2.059 → 2.063');
    // Why lines were rejected, warned or skipped, right there.
    const rejected = await screen.findByTestId('note-MISSING_REQUIRED');
    expect(rejected.textContent).toContain('Falta un dato obligatorio');
    expect(rejected.textContent).toContain('2 líneas');
    expect(rejected.textContent).toContain('05/10/2025;1002;;1;990');
    expect(screen.getByRole('button', { name: 'Descargar líneas rechazadas (CSV)' })).toBeTruthy();
    const notes = await screen.findByTestId('note-TOTALS_ROW');
    expect(notes.textContent).toContain('Fila de totales');
    expect(notes.textContent).toContain('Línea 9: fila de totales.');
    expect(screen.getByRole('button', { name: 'Descargar advertencias y omitidas (CSV)' })).toBeTruthy();
  });

  it('polls every second while something runs and the socket is down', async () => {
    renderPage();
    await screen.findByText('octubre.xlsx');
    uploads[0] = { ...(uploads[0] as Upload), status: 'aggregating', progress: 90 };
    expect(await screen.findByText('Calculando · 90 %', {}, { timeout: 2_500 })).toBeTruthy();
  });

  it('has an empty state, and hides actions from members who cannot upload', async () => {
    uploads = [];
    const first = renderPage();
    expect(await screen.findByText('Aún no has cargado datos')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Cargar datos' }).length).toBe(2);
    expect(screen.getByRole('link', { name: 'Descargar un archivo de ejemplo' }).getAttribute('href')).toBe(
      '/ejemplo-ventas-ayni.csv',
    );
    first.unmount();

    const demo = renderPage({ ...COMPANY, is_demo: true });
    expect(
      await screen.findByText('Los datos de esta empresa de demostración no vienen de una carga'),
    ).toBeTruthy();
    expect(screen.queryByText('Aún no has cargado datos')).toBeNull();
    demo.unmount();

    uploads = [structuredClone(RUNNING), structuredClone(DONE)];
    renderPage({ ...COMPANY, role: 'viewer', permissions: ['view_dashboards'] });
    await screen.findByText('septiembre.csv');
    expect(screen.queryByRole('button', { name: /Eliminar|Cancelar/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Cargar datos' })).toBeNull();
  });

  it('loads older uploads with "Cargar más", asking before the last upload shown', async () => {
    uploads = [structuredClone(RUNNING), structuredClone(DONE), ...older(51)];
    const { user } = renderPage();
    await screen.findByText('septiembre.csv');
    expect(screen.getAllByTestId('upload-row')).toHaveLength(50);
    expect(screen.queryByText('antiguo-49.csv')).toBeNull();
    // The running upload is polled meanwhile (no socket here): always the first page.
    expect(new Set(listQueries)).toEqual(new Set(['limit=50']));

    await user.click(screen.getByRole('button', { name: 'Cargar más' }));
    expect(await screen.findByText('antiguo-51.csv')).toBeTruthy();
    // Seqs run 53 (newest) … 1: the first page ends at seq 4, so the second asks before it.
    expect(listQueries.filter((query) => query !== 'limit=50')).toEqual(['limit=50&before=4']);
    expect(screen.getAllByTestId('upload-row')).toHaveLength(53);
    expect(screen.getByText('antiguo-49.csv')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cargar más' })).toBeNull();

    // The running upload on the first page stays live, and polling asks only for the first page.
    uploads[0] = { ...(uploads[0] as Upload), status: 'aggregating', progress: 90 };
    expect(await screen.findByText('Calculando · 90 %', {}, { timeout: 2_500 })).toBeTruthy();
    expect(listQueries.filter((query) => query.includes('before'))).toEqual(['limit=50&before=4']);
  });

  it('deletes an upload from an older page', async () => {
    uploads = [structuredClone(DONE), ...older(50)];
    const { user } = renderPage();
    await screen.findByText('septiembre.csv');
    await user.click(screen.getByRole('button', { name: 'Cargar más' }));
    await screen.findByText('antiguo-50.csv');
    const [remove] = within(rowOf('antiguo-50.csv')).getAllByRole('button', {
      name: 'Eliminar la carga antiguo-50.csv',
    });
    await user.click(remove as HTMLElement);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Eliminar carga' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toContain(`DELETE /api/v1/uploads/${uploads[50]?.id}`);
    expect(await within(rowOf('antiguo-50.csv')).findByText('Eliminada')).toBeTruthy();
    expect(screen.getAllByTestId('upload-row')).toHaveLength(51);
  });
});
