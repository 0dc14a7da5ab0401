import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { renderWithApp } from '../../uploads/test/render';
import { COMPANY_ID, startWebhooksApi, TOKEN } from '../test/webhooks-api';
import { WebhooksPanel } from './webhooks-panel';

let api: Awaited<ReturnType<typeof startWebhooksApi>>;
beforeAll(async () => {
  api = await startWebhooksApi();
  setApiBaseUrl(api.url);
});
afterAll(() => api.close());
beforeEach(() => {
  api.state.hooks = [];
  api.state.deliveries = [];
  api.sent.length = 0;
  tokenStorage.set(TOKEN);
});

describe('Settings › Webhooks', () => {
  it('creates a webhook showing the secret once, sends a test, shows the log and redelivers', async () => {
    const { user } = renderWithApp(<WebhooksPanel companyId={COMPANY_ID} />);
    expect(await screen.findByText('Aún no hay webhooks.')).toBeTruthy();

    await user.type(screen.getByLabelText('URL del receptor'), 'https://erp.example.cl/ayni');
    await user.click(screen.getByLabelText('Reporte listo (report.ready)'));
    await user.click(screen.getByRole('button', { name: 'Agregar webhook' }));

    const notice = await screen.findByRole('region', { name: /Secreto de firma/ });
    const secret = 'whsec_TestSecret000000000000000000000000000001';
    expect(within(notice).getByText(secret)).toBeTruthy();
    expect(within(notice).getByText(/no lo volveremos a mostrar/)).toBeTruthy();
    expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({
      url: 'https://erp.example.cl/ayni',
      events: ['upload.completed', 'report.ready'],
    });
    await user.click(within(notice).getByRole('button', { name: 'Ya lo guardé' }));
    expect(screen.queryByText(secret)).toBeNull();

    const item = await screen.findByRole('listitem', { name: 'Webhook https://erp.example.cl/ayni' });
    expect(within(item).getByText('Activo')).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: 'Enviar prueba' }));
    expect(await within(item).findByText('Prueba enviada')).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Ver entregas' }));
    const log = await within(item).findByRole('table', { name: 'Entregas a https://erp.example.cl/ayni' });
    expect(within(log).getByText('ping')).toBeTruthy();
    expect(within(log).getByText('Entregada')).toBeTruthy();
    expect(within(log).getByText('42 ms')).toBeTruthy();
    const [redeliver] = within(log).getAllByRole('button', { name: /^Reenviar ping/ });
    await user.click(redeliver as HTMLElement);
    await waitFor(() => expect(within(log).getAllByText('ping')).toHaveLength(2));
    expect(api.sent.some((r) => r.method === 'POST' && r.path.endsWith('/redeliver'))).toBe(true);

    await user.click(within(item).getByRole('button', { name: 'Desactivar' }));
    expect(await within(item).findByText('Desactivado: disabled by a member')).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: 'Activar' }));
    expect(await within(item).findByText('Activo')).toBeTruthy();
    expect(api.sent.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
      { active: false },
      { active: true },
    ]);

    await user.click(within(item).getByRole('button', { name: 'Nuevo secreto' }));
    const rotated = await screen.findByRole('region', { name: /Secreto de firma/ });
    expect(within(rotated).getByText('whsec_Rotated')).toBeTruthy();
  });

  it('explains refusals and asks for an event before calling the server', async () => {
    const { user } = renderWithApp(<WebhooksPanel companyId={COMPANY_ID} />, { language: 'en' });
    await screen.findByText('No webhooks yet.');
    await user.click(screen.getByLabelText('Upload completed (upload.completed)'));
    await user.type(screen.getByLabelText('Receiver URL'), 'https://erp.example.cl/x');
    await user.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect(await screen.findByText('Choose at least one event.')).toBeTruthy();
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([]);

    await user.clear(screen.getByLabelText('Receiver URL'));
    await user.type(screen.getByLabelText('Receiver URL'), 'http://erp.example.cl/x');
    await user.click(screen.getByLabelText('Report ready (report.ready)'));
    await user.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Webhook URL refused');
    expect(api.state.hooks).toEqual([]);
  });
});
