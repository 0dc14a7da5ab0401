import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../../test/use-fake-api';

const fakeApi = setupFakeApi({ signedIn: true });

describe('benchmarks opt-in at company creation', () => {
  it('is on by default, says what it means, and sends the choice', async () => {
    const api = fakeApi();
    const { user } = renderApp('/companies/new');
    await user.type(await screen.findByLabelText('Nombre de la empresa'), 'Ferretería El Tornillo');
    await user.selectOptions(screen.getByLabelText('Rubro'), 'Comercio minorista');
    await user.selectOptions(screen.getByLabelText('Tamaño'), 'Pequeña (10 a 49 trabajadores)');
    await user.selectOptions(screen.getByLabelText('Región'), 'Región de Valparaíso');
    await user.type(
      within(screen.getByRole('group', { name: 'Local 1' })).getByLabelText('Nombre del local'),
      'Centro',
    );
    await user.type(screen.getByLabelText('RUT de la empresa'), '12.345.678-5');

    const box = screen.getByLabelText('Comparar mi empresa con negocios de mi rubro') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByText(/grupos de al menos 10 empresas/).textContent).toContain('Nadie ve tus datos');
    await user.click(box);
    expect(box.checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Crear empresa' }));
    await waitFor(() => expect(bodiesOf(api, 'POST', '/api/v1/companies')).toHaveLength(1));
    expect(bodiesOf(api, 'POST', '/api/v1/companies')[0]?.benchmark_opt_in).toBe(false);
  });
});
