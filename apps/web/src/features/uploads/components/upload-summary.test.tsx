import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHANGES, ROWS } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { UploadSummary } from './upload-summary';

const count = (key: string) => {
  const box = screen.getByTestId(`count-${key}`);
  return [within(box).getByRole('term').textContent, within(box).getByRole('definition').textContent];
};

describe('UploadSummary', () => {
  it('shows every line and data count', () => {
    renderWithApp(<UploadSummary rows={ROWS} changes={CHANGES} />);
    expect(count('accepted')).toEqual(['Aceptadas', '5']);
    expect(count('rejected')).toEqual(['Rechazadas', '2']);
    expect(count('warnings')).toEqual(['Con advertencias', '1']);
    expect(count('skipped')).toEqual(['Omitidas', '1']);
    expect(count('inserted')).toEqual(['Nuevas', '4']);
    expect(count('updated')).toEqual(['Actualizadas', '1']);
    expect(count('unchanged')).toEqual(['Sin cambios', '0']);
    expect(count('deleted')).toEqual(['Eliminadas', '0']);
  });

  it('waits for the changes', () => {
    renderWithApp(<UploadSummary rows={{ ...ROWS, rejected: 0 }} changes={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Cargando cambios…');
  });

  it('lists the per-period changes before → after, by month first, then by any level', async () => {
    const { user } = renderWithApp(<UploadSummary rows={ROWS} changes={CHANGES} />);
    const table = screen.getByRole('region', { name: 'Cambios por período' });
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));

    expect(rows()).toEqual([['oct 2025', '2.059 → 2.063', '4', '1', '0']]);
    await user.selectOptions(screen.getByLabelText('Ver por'), 'Día');
    expect(rows()).toEqual([
      ['05-10-2025', '0 → 3', '3', '0', '0'],
      ['06-10-2025', '1 → 1', '0', '1', '0'],
    ]);
    await user.selectOptions(screen.getByLabelText('Ver por'), 'Trimestre');
    expect(rows()).toEqual([['T4 2025', '6.100 → 6.104', '4', '1', '0']]);
  });

  it('says so when the upload changed no period', () => {
    renderWithApp(<UploadSummary rows={ROWS} changes={[]} />, { language: 'en' });
    expect(screen.getByText('This upload changed no period.')).toBeTruthy();
    expect(count('accepted')).toEqual(['Accepted', '5']);
  });
});
