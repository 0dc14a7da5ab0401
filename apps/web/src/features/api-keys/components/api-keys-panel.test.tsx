import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { renderWithApp } from '../../uploads/test/render';
import { COMPANY_ID, startApiKeysApi, TOKEN } from '../test/api-keys-api';
import { ApiKeysPanel } from './api-keys-panel';

let api: Awaited<ReturnType<typeof startApiKeysApi>>;
beforeAll(async () => {
  api = await startApiKeysApi();
  setApiBaseUrl(api.url);
});
afterAll(() => api.close());
beforeEach(() => {
  api.state.keys = [];
  api.sent.length = 0;
  tokenStorage.set(TOKEN);
});

describe('Settings › API', () => {
  it('creates a key, shows it once with a copy button, lists it and revokes it after confirming', async () => {
    const { user } = renderWithApp(<ApiKeysPanel companyId={COMPANY_ID} />);
    expect(await screen.findByText('Aún no hay claves.')).toBeTruthy();

    await user.type(screen.getByLabelText('Nombre de la clave'), 'POS Caja 1');
    await user.click(screen.getByLabelText('Leer indicadores (analytics:read)'));
    await user.click(screen.getByRole('button', { name: 'Crear clave' }));

    const notice = await screen.findByRole('region', { name: /Tu nueva clave/ });
    const secret = 'ayni_Test0000000000000000000000000001';
    expect(within(notice).getByText(secret)).toBeTruthy();
    expect(within(notice).getByText(/no la volveremos a mostrar/)).toBeTruthy();
    expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'POS Caja 1',
      scopes: ['uploads:write', 'analytics:read'],
    });
    await user.click(within(notice).getByRole('button', { name: 'Copiar clave' }));
    expect(await within(notice).findByText('Copiada')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(secret);

    const table = await screen.findByRole('table', { name: 'Claves de la empresa' });
    const row = within(table).getByRole('row', { name: /POS Caja 1/ });
    expect(within(row).getByText('ayni_Test…')).toBeTruthy();
    expect(within(row).getByText('Activa')).toBeTruthy();
    expect(within(row).getByText('Nunca')).toBeTruthy();
    // The list never carries the key itself.
    expect(within(table).queryByText(secret)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Ya la guardé' }));
    expect(screen.queryByText(secret)).toBeNull();

    await user.click(within(row).getByRole('button', { name: 'Revocar POS Caja 1' }));
    const dialog = await screen.findByRole('dialog', { name: '¿Revocar la clave?' });
    expect(api.sent.some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Revocar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(table).findByText('Revocada')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: 'Revocar POS Caja 1' })).toBeNull();
  });

  it('asks for a name and at least one permission before calling the server', async () => {
    const { user } = renderWithApp(<ApiKeysPanel companyId={COMPANY_ID} />, { language: 'en' });
    await screen.findByText('No keys yet.');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText('Type a name.')).toBeTruthy();
    await user.type(screen.getByLabelText('Key name'), 'BI');
    await user.click(screen.getByLabelText('Send sales (uploads:write)'));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText('Choose at least one permission.')).toBeTruthy();
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([]);
  });
});
