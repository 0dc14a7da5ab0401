import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OWNER, renderPanel, setupSettingsApi, withPermissions } from '../test/render-panel';
import { AnalysisSettingsPanel } from './analysis-settings-panel';

const api = setupSettingsApi();
const patches = () =>
  api()
    .sent.filter((request) => request.method === 'PATCH')
    .map((r) => r.body);

describe('Settings › Análisis', () => {
  it('sends only the settings that changed and shows what the server kept', async () => {
    const { user } = renderPanel(<AnalysisSettingsPanel company={OWNER} />);

    const margin = await screen.findByLabelText('Alerta de margen (%)');
    expect((margin as HTMLInputElement).value).toBe('25');
    expect(screen.getByText(/baja de este porcentaje/)).toBeTruthy();
    await user.clear(margin);
    await user.type(margin, '18,5');
    await user.selectOptions(screen.getByLabelText('Perfil de comercio exterior'), 'Importo');
    await user.type(screen.getByLabelText('Mes base para pesos reales'), '2025-06');
    await user.click(screen.getByRole('button', { name: 'Guardar parámetros' }));

    expect(await screen.findByText(/^Guardamos los parámetros. Tus indicadores se actualizan/)).toBeTruthy();
    expect(patches()).toEqual([
      { margin_alert_pct: 18.5, trade_profile: 'importer', real_base_month: '2025-06' },
    ]);
    expect(api().state.settings).toMatchObject({ margin_alert_pct: 18.5, churn_days: 90 });

    // Saving again without changes sends nothing.
    await user.click(screen.getByRole('button', { name: 'Guardar parámetros' }));
    expect(patches()).toHaveLength(1);
  });

  it('shows the server validation error next to its field', async () => {
    const { user } = renderPanel(<AnalysisSettingsPanel company={OWNER} />);

    const churn = await screen.findByLabelText('Días para dar por perdido a un cliente');
    await user.clear(churn);
    await user.type(churn, '3');
    await user.click(screen.getByRole('button', { name: 'Guardar parámetros' }));

    expect(await screen.findByText('Revisa este campo')).toBeTruthy();
    expect(churn.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Alerta de margen (%)').getAttribute('aria-invalid')).toBeNull();
    expect(patches()).toEqual([{ churn_days: 3 }]);
    expect(api().state.settings.churn_days).toBe(90);
  });

  it('refuses what is not a number before asking the server', async () => {
    const { user } = renderPanel(<AnalysisSettingsPanel company={OWNER} />, { language: 'en' });

    const tickets = await screen.findByLabelText('Tickets per person per hour');
    await user.clear(tickets);
    await user.type(tickets, 'doce');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Type a number, for example 25 or 12.5.')).toBeTruthy();
    expect(patches()).toEqual([]);
  });

  it('shows the values read-only to members who cannot manage the company', async () => {
    api().state.settings = { ...api().state.settings, trade_profile: 'exporter', real_base_month: '2024-12' };
    renderPanel(<AnalysisSettingsPanel company={withPermissions(['view_dashboards'])} />);

    expect(
      await screen.findByText('Solo los dueños y administradores pueden cambiar estos parámetros.'),
    ).toBeTruthy();
    expect(screen.getByText('Exporto')).toBeTruthy();
    expect(screen.getByText('dic 2024')).toBeTruthy();
    expect(screen.getByText('90 días')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Guardar parámetros' })).toBeNull();
  });
});
