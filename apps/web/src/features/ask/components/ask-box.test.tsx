import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AskAnswer } from '@ayni/contracts';
import { screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { renderWithApp } from '../../uploads/test/render';
import { AskBox } from './ask-box';

const COMPANY = '0f0e2d3c-4b5a-4968-8776-655443322110';

const ANSWERED: AskAnswer = {
  kind: 'query',
  language: 'es',
  answer: 'Venta neta en octubre de 2025: $12.345.678. Es 8,2 % más que en septiembre de 2025 ($11.410.000).',
  values: [
    {
      label: 'octubre de 2025',
      key: '2025-10-01',
      metric: 'revenue',
      value: 12345678,
      previous: 11410000,
      change_pct: 8.2,
      unit: 'CLP',
    },
  ],
  chart: {
    type: 'bar',
    title: 'venta neta',
    categories: ['septiembre de 2025', 'octubre de 2025'],
    series: [{ name: 'venta neta', values: [11410000, 12345678] }],
    unit: 'CLP',
  },
  link: `/c/${COMPANY}/explore/month?from=2025-10-01&to=2025-10-31`,
  query: null,
  confidence: 0.95,
  sources: [],
  suggestions: [],
};
const REFUSED: AskAnswer = {
  ...ANSWERED,
  kind: 'unanswerable',
  answer: 'No puedo responder eso con tus datos. No doy consejos financieros ni de inversión.',
  values: [],
  chart: null,
  link: null,
  suggestions: ['¿Qué clientes están en riesgo?'],
};

let server: Server;
const asked: { path: string; body: { question: string; language: string }; auth?: string }[] = [];
const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (req.method === 'GET' && req.url?.startsWith(`/api/v1/companies/${COMPANY}/ask/history`)) {
      const data = asked.map((entry, index) => ({
        id: String(index),
        question: entry.body.question,
        language: 'es',
        kind: 'query',
        answer: '…',
        query: null,
        created_at: '2025-11-20T12:00:00.000Z',
      }));
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ data: data.reverse(), meta: { request_id: 'r' } }));
    }
    const body = JSON.parse((await readBody(req)) || '{}');
    asked.push({ path: req.url ?? '', body, auth: req.headers.authorization });
    const answer = /invertir/.test(body.question) ? REFUSED : ANSWERED;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        data: answer,
        meta: { request_id: 'r', data_through: '2025-11-20', parser: 'offline' },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  setApiBaseUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  asked.length = 0;
  tokenStorage.set('token');
});

const renderBox = () =>
  renderWithApp(
    <MemoryRouter>
      <AskBox companyId={COMPANY} />
    </MemoryRouter>,
  );

describe('AskBox', () => {
  it('sends the question in the user language and shows the answer, its chart and the link', async () => {
    const { user } = renderBox();
    await user.type(
      screen.getByLabelText('Tu pregunta'),
      '¿Cuánto vendí en octubre comparado con septiembre?',
    );
    await user.click(screen.getByRole('button', { name: 'Preguntar' }));
    expect(await screen.findByText(/Venta neta en octubre de 2025: \$12\.345\.678/)).toBeTruthy();
    expect(asked[0]).toMatchObject({
      path: `/api/v1/companies/${COMPANY}/ask`,
      body: { question: '¿Cuánto vendí en octubre comparado con septiembre?', language: 'es' },
      auth: 'Bearer token',
    });
    expect(screen.getByRole('img', { name: 'Gráfico de la respuesta: venta neta' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ver el detalle' }).getAttribute('href')).toBe(ANSWERED.link);
    // The question joins the user's recent ones (read back from the history endpoint).
    const recent = await screen.findByTestId('ask-recent');
    expect(recent.textContent).toContain('¿Cuánto vendí en octubre comparado con septiembre?');
  });

  it('asks a suggested question in one click, and offers questions it can answer after a refusal', async () => {
    const { user } = renderBox();
    await user.click(screen.getByRole('button', { name: '¿Qué clientes están en riesgo?' }));
    await waitFor(() => expect(asked[0]?.body.question).toBe('¿Qué clientes están en riesgo?'));

    await user.clear(screen.getByLabelText('Tu pregunta'));
    await user.type(screen.getByLabelText('Tu pregunta'), '¿Debería invertir en acciones?');
    await user.click(screen.getByRole('button', { name: 'Preguntar' }));
    expect(await screen.findByText(/^No puedo responder eso con tus datos/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ver el detalle' })).toBeNull();
    const answer = screen.getByTestId('ask-answer');
    expect(answer.querySelectorAll('li button')).toHaveLength(1);
  });
});
