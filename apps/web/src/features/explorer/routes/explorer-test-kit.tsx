import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CatalogFeature, MyCompany } from '@ayni/contracts';
import { screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import type { Language } from '../../../lib/i18n/language';
import { tokenStorage } from '../../../lib/token-storage';
import { renderWithApp } from '../../uploads/test/render';
import { ExplorerRoute } from './explorer-route';

/* What the explorer's deep-link tests share: a company, a real local HTTP server answering the
 * API (the test's own routes after the company list and the catalog), and the explorer rendered
 * at a URL with that URL shown beside it. */

export const COMPANY: MyCompany = {
  id: '1a2b3c4d-4b5a-4968-8776-655443322110',
  name: 'Panadería La Espiga',
  rut: '76123456-0',
  industry: 'retail',
  size: 'micro',
  region: 'Metropolitana',
  role: 'owner',
  default_dashboard: 'owner',
  is_demo: false,
  permissions: ['view_dashboards'],
};
export const BASE = `/api/v1/companies/${COMPANY.id}`;
const CATALOG: CatalogFeature[] = [
  {
    name: 'revenue',
    group: 'sales',
    levels: ['month', 'product'],
    dependencies: [],
    unit: 'CLP',
    format: 'currency',
    description_es: 'Venta neta.',
    description_en: 'Net sales.',
    roles: ['owner'],
  },
];

/** Writes `{data, meta}` (meta with a request id and `data_through`). */
export type Reply = (data: unknown, meta?: Record<string, unknown>) => void;

/** Answers a company endpoint through `json`, or writes `res` itself (a file download). */
export type FakeRoute = (url: URL, json: Reply, res: ServerResponse) => void;

/**
 * Serves the API for the file's tests: `route` answers the company's endpoints; a request it does
 * not answer gets a 404. The catalog is one feature unless the file brings its own. Returns the
 * requests seen, emptied before each test.
 */
export function fakeExplorerApi(route: FakeRoute, options: { catalog?: CatalogFeature[] } = {}): URL[] {
  const requests: URL[] = [];
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', '*');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      const url = new URL(req.url ?? '/', 'http://local');
      requests.push(url);
      let replied = false;
      const json: Reply = (data, meta = {}) => {
        replied = true;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data, meta: { request_id: 'r', data_through: '2025-11-20', ...meta } }));
      };
      if (url.pathname === '/api/v1/companies') return json([COMPANY], { page: 1, page_size: 200, total: 1 });
      if (url.pathname === '/api/v1/catalog') return json(options.catalog ?? CATALOG, { levels: [] });
      route(url, json, res);
      if (replied || res.headersSent) return;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Not found' }, meta: {} }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    setApiBaseUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    requests.length = 0;
    tokenStorage.set('token');
  });
  return requests;
}

function CurrentUrl() {
  const location = useLocation();
  return <output data-testid="url">{`${location.pathname}${location.search}`}</output>;
}

/** The explorer at `path` (a `/c/:companyId/explore/...` URL), the current URL in `data-testid="url"`. */
export const renderExplorerAt = (path: string, language: Language = 'es') =>
  renderWithApp(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/c/:companyId/explore/*"
          element={
            <>
              <ExplorerRoute />
              <CurrentUrl />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
    { language },
  );

export const paramsOf = (url: URL | undefined) => Object.fromEntries(url?.searchParams ?? []);
export const chips = () => screen.queryAllByTestId('explorer-filter').map((chip) => chip.textContent);
