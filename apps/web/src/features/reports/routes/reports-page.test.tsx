import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MyCompany, Report, ReportSchedule } from '@ayni/contracts';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { renderWithApp } from '../../uploads/test/render';
import { ReportsPage } from './reports-page';

const COMPANY: MyCompany = {
  id: '0b5c1c1e-8f4a-4c57-9a55-3c2b1d0e9f11',
  name: 'Almacén Don Pepe',
  rut: '76123456-0',
  industry: 'retail',
  size: 'micro',
  region: 'Metropolitana',
  role: 'owner',
  default_dashboard: 'owner',
  is_demo: false,
  permissions: ['view_dashboards', 'export'],
};
const TODAY = new Date(2026, 1, 15);
const base = `/api/v1/companies/${COMPANY.id}`;

const report = (overrides: Partial<Report> = {}): Report => {
  const id = overrides.id ?? '11111111-1111-4111-8111-111111111111';
  return {
    id,
    role: 'owner',
    period_kind: 'month',
    period: '2026-01',
    language: 'es',
    status: 'queued',
    progress: 0,
    pages: null,
    size_bytes: null,
    error: null,
    scheduled: false,
    status_url: `${base}/reports/${id}`,
    download_url: null,
    created_at: '2026-02-15T12:00:00.000Z',
    finished_at: null,
    ...overrides,
  };
};

let server: Server;
let reports: Report[] = [];
let schedule: ReportSchedule = { weekly: null, monthly: null };
let postAnswer: { status: number; body: unknown } | null = null;
const calls: { method: string; path: string; auth: string | undefined; body: unknown }[] = [];

const readJson = (req: IncomingMessage) =>
  new Promise<unknown>((resolve) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => resolve(raw ? JSON.parse(raw) : null));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    res.setHeader('access-control-allow-methods', '*');
    res.setHeader('access-control-expose-headers', 'content-disposition');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const path = (req.url ?? '').split('?')[0] as string;
    const body = await readJson(req);
    calls.push({ method: req.method ?? '', path, auth: req.headers.authorization, body });
    const json = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (path === `${base}/reports` && req.method === 'POST') {
      if (postAnswer) return json(postAnswer.status, postAnswer.body);
      const created = report({ id: '22222222-2222-4222-8222-222222222222', status: 'running', progress: 40 });
      reports = [created, ...reports];
      return json(202, { data: created, meta: {} });
    }
    if (path === `${base}/reports`) return json(200, { data: reports, meta: {} });
    if (path === `${base}/report-schedules/me` && req.method === 'PUT') {
      const input = body as { weekly?: ReportSchedule['weekly']; monthly?: ReportSchedule['monthly'] };
      const entry = (e: ReportSchedule['weekly'] | undefined, next: string) =>
        e ? { role: e.role, language: e.language, next_run_at: next, last_sent_at: null } : null;
      schedule = {
        weekly: entry(input.weekly, '2026-02-16T11:00:00.000Z'),
        monthly: entry(input.monthly, '2026-03-01T11:00:00.000Z'),
      };
      return json(200, { data: schedule, meta: {} });
    }
    if (path === `${base}/report-schedules/me`) return json(200, { data: schedule, meta: {} });
    if (path.endsWith('/download')) {
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': 'attachment; filename="ayni-informe-owner-2026-01.pdf"',
      });
      return void res.end('%PDF-1.3\n');
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
  reports = [];
  schedule = { weekly: null, monthly: null };
  postAnswer = null;
  calls.length = 0;
  tokenStorage.set('token');
});
afterEach(() => vi.restoreAllMocks());

const renderPage = (company: MyCompany = COMPANY, language: 'es' | 'en' = 'es', url = '/') =>
  renderWithApp(
    <MemoryRouter initialEntries={[url]}>
      <ReportsPage company={company} today={TODAY} />
    </MemoryRouter>,
    { language },
  );

describe('ReportsPage', () => {
  it('requests a report, follows its progress and downloads the PDF with the Bearer token', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { user } = renderPage();
    expect(await screen.findByText('Aún no hay informes.')).toBeTruthy();
    // The last complete month is proposed; the Spanish UI asks for a Spanish report by default.
    expect((screen.getByLabelText('Período') as HTMLSelectElement).value).toBe('2026-01');
    await user.selectOptions(screen.getByLabelText('Vista'), 'finance');
    await user.selectOptions(screen.getByLabelText('Tipo de período'), 'quarter');
    await user.selectOptions(screen.getByLabelText('Período'), '2025-Q4');
    await user.selectOptions(screen.getByLabelText('Idioma del informe'), 'en');
    await user.click(screen.getByRole('button', { name: 'Generar informe' }));

    expect(await screen.findByText('Pedimos el informe; lo verás abajo mientras se genera.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      role: 'finance',
      period_kind: 'quarter',
      period: '2025-Q4',
      language: 'en',
    });
    expect(await screen.findByText('Generando… 40 %')).toBeTruthy();

    reports = [
      report({
        id: '22222222-2222-4222-8222-222222222222',
        status: 'completed',
        progress: 100,
        pages: 4,
        download_url: `${base}/reports/22222222-2222-4222-8222-222222222222/download`,
      }),
    ];
    expect(await screen.findByText('Listo · 4 páginas', {}, { timeout: 4_000 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Descargar el informe Dueño de 2026-01' }));
    expect(
      await screen.findByText('Descargamos ayni-informe-owner-2026-01.pdf.', {}, { timeout: 3_000 }),
    ).toBeTruthy();
    expect(calls).toContainEqual(
      expect.objectContaining({
        path: `${base}/reports/22222222-2222-4222-8222-222222222222/download`,
        auth: 'Bearer token',
      }),
    );
    expect(blobs).toHaveLength(1);
  });

  it('shows the server reason when the period has no sales, and failed reports', async () => {
    reports = [
      report({
        status: 'failed',
        error: { code: 'REPORT_NO_DATA', message: 'No sales', message_es: 'No hay ventas para 2026-01' },
      }),
    ];
    postAnswer = {
      status: 422,
      body: {
        error: {
          code: 'UNPROCESSABLE',
          message: 'There are no sales for 2026-01',
          message_es: 'No hay ventas para 2026-01: sube datos de ese período primero',
        },
        meta: {},
      },
    };
    const { user } = renderPage();
    expect(await screen.findByText('No hay ventas para 2026-01')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Generar informe' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('No hay ventas para 2026-01: sube datos de ese período primero');
  });

  it('marks the report an e-mail linked to', async () => {
    reports = [
      report({ status: 'completed', pages: 3, download_url: `${base}/reports/x/download` }),
      report({
        id: '33333333-3333-4333-8333-333333333333',
        period: '2025-12',
        scheduled: true,
        status: 'completed',
        pages: 3,
      }),
    ];
    renderPage(COMPANY, 'es', '/?report=33333333-3333-4333-8333-333333333333');
    const rows = await screen.findAllByTestId('report-row');
    expect(rows.map((row) => row.getAttribute('aria-current'))).toEqual([null, 'true']);
    expect(within(rows[1] as HTMLElement).getByText('Programado')).toBeTruthy();
  });

  it('offers viewers the owner view only, in English too', async () => {
    renderPage({ ...COMPANY, role: 'viewer', permissions: ['view_dashboards'] }, 'en');
    const select = (await screen.findByLabelText('View')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Owner']);
    expect(screen.getByRole('heading', { name: 'Executive PDF reports' })).toBeTruthy();
  });

  it('saves the weekly and monthly e-mail toggles', async () => {
    const { user } = renderPage();
    const form = await screen.findByRole('form', { name: 'Informes por correo' });
    const monthly = within(form).getByRole('switch', { name: 'Cada día 1 (mes anterior)' });
    await vi.waitFor(() => expect((monthly as HTMLInputElement).disabled).toBe(false));
    expect((monthly as HTMLInputElement).checked).toBe(false);
    await user.click(monthly);
    await user.selectOptions(within(form).getByLabelText('Vista (Cada día 1 (mes anterior))'), 'marketing');
    await user.click(within(form).getByRole('button', { name: 'Guardar' }));
    expect(await within(form).findByText('Guardamos tus preferencias.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      weekly: null,
      monthly: { role: 'marketing', language: 'es' },
    });
    expect(within(form).getByText(/Próximo envío:/)).toBeTruthy();
  });
});
