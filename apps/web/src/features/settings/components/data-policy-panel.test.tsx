import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OWNER, renderPanel, setupSettingsApi } from '../test/render-panel';
import { DataPolicyPanel } from './data-policy-panel';

const api = setupSettingsApi();

describe('Settings › Datos', () => {
  it('says how long files and a deleted company are kept, from the server policy', async () => {
    api().state.policy = { raw_file_retention_days: 7, deletion_grace_days: 45 };
    renderPanel(<DataPolicyPanel company={OWNER} canExport />);

    expect(
      await screen.findByText(
        'Los archivos originales que cargas se guardan cifrados durante 7 días y después se borran.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Durante 45 días se puede restaurar/)).toBeTruthy();
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Ir al historial de cargas')).toBe(`/c/${OWNER.id}/uploads`);
    expect(href('Ir a Exportar')).toBe(`/c/${OWNER.id}/settings?tab=export`);
    expect(href('Ir a Empresa')).toBe(`/c/${OWNER.id}/settings`);
  });

  it('leaves out the export link for members who cannot export', async () => {
    renderPanel(<DataPolicyPanel company={OWNER} canExport={false} />, { language: 'en' });
    expect(await screen.findByText(/kept encrypted for 15 days/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Go to Export' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to the upload history' })).toBeTruthy();
  });
});
