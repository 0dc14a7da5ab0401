import type { MyCompany } from '@ayni/contracts';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { COMPANY_A } from '../../../../test/fixtures';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { renderWithApp } from '../../uploads/test/render';
import { COMPANY_ID, type SettingsApi, startSettingsApi, TOKEN } from './settings-api';

/** The company as an owner sees it, and with only some permissions. */
export const OWNER: MyCompany = { ...COMPANY_A, id: COMPANY_ID };
export const withPermissions = (permissions: MyCompany['permissions']): MyCompany => ({
  ...OWNER,
  role: 'viewer',
  permissions,
});

/** Starts the settings API for the file, resets it and signs in before each test. */
export function setupSettingsApi(): () => SettingsApi {
  let api: SettingsApi | undefined;
  beforeAll(async () => {
    api = await startSettingsApi();
    setApiBaseUrl(api.url);
  });
  afterAll(() => api?.close());
  beforeEach(() => {
    api?.reset();
    tokenStorage.set(TOKEN);
  });
  return () => {
    if (!api) throw new Error('settings API not started');
    return api;
  };
}

/** Renders a settings panel inside a router, with the app's i18n and a fresh query client. */
export function renderPanel(ui: ReactElement, options?: Parameters<typeof renderWithApp>[1]) {
  return renderWithApp(<MemoryRouter>{ui}</MemoryRouter>, options);
}
