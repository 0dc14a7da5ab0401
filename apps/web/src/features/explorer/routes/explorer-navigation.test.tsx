import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultState, type FakeApi, startFakeApi } from '../../../../test/api-server';
import { COMPANY_A } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';

let api: FakeApi;

beforeAll(async () => {
  api = await startFakeApi();
  setApiBaseUrl(api.url);
});
afterAll(() => api.close());
beforeEach(() => {
  Object.assign(api.state, defaultState());
  api.requests.length = 0;
  tokenStorage.set(api.state.token);
});

describe('explorer and downloads routes', () => {
  it('sends an unknown level to the months and links both pages from the nav', async () => {
    const { router, user } = renderApp(`/c/${COMPANY_A.id}/explore/nope`);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}/explore/month`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Explorar datos' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Mes' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('link', { name: 'Explorar' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('button', { name: 'Más' }));
    await user.click(screen.getByRole('link', { name: 'Descargas' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/c/${COMPANY_A.id}/downloads`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Centro de descargas' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Descargas', hidden: true }).getAttribute('aria-current')).toBe(
      'page',
    );
  });
});
