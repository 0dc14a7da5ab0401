import type { MyCompany } from '@ayni/contracts';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY_A } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../../test/use-fake-api';

const fakeApi = setupFakeApi({ signedIn: true });
const SETTINGS = `/c/${COMPANY_A.id}/settings`;
const LABEL = 'Comparar mi empresa con negocios de mi rubro';

describe('Settings › Empresa › comparison with your industry', () => {
  it('lets an owner leave and rejoin the anonymous comparison, saved at once', async () => {
    const api = fakeApi();
    const { user } = renderApp(SETTINGS);
    const box = (await screen.findByLabelText(LABEL)) as HTMLInputElement;
    expect(box.checked).toBe(true);

    await user.click(box);
    expect(await screen.findByText(/ya no participa/)).toBeTruthy();
    expect(bodiesOf(api, 'PATCH', `/api/v1/companies/${COMPANY_A.id}`)).toEqual([
      { benchmark_opt_in: false },
    ]);
    await waitFor(() => expect((screen.getByLabelText(LABEL) as HTMLInputElement).checked).toBe(false));

    await user.click(screen.getByLabelText(LABEL));
    expect(await screen.findByText('Listo: tu empresa participa en la comparación.')).toBeTruthy();
    expect(bodiesOf(api, 'PATCH', `/api/v1/companies/${COMPANY_A.id}`).at(-1)).toEqual({
      benchmark_opt_in: true,
    });
  });

  it('shows the choice read-only to members who cannot manage the company', async () => {
    const viewer: MyCompany = { ...COMPANY_A, role: 'viewer', permissions: ['view_dashboards'] };
    fakeApi().state.companies = [viewer];
    renderApp(SETTINGS);
    const box = (await screen.findByLabelText(LABEL)) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.disabled).toBe(true);
    expect(screen.getByText('Solo los dueños y administradores pueden cambiar esta opción.')).toBeTruthy();
  });
});
