import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { estimateEta } from '../lib/eta';
import { upload } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { UploadProgress } from './upload-progress';

const running = upload({ status: 'importing', progress: 40, lines_processed: 1234, lines_total: 5000 });
// 2 % per second: 60 % left is 30 s; 246,8 lines per second.
const estimate = estimateEta([
  { at: 0, progress: 30, lines: 0 },
  { at: 5_000, progress: 40, lines: 1234 },
]);

describe('UploadProgress', () => {
  it('shows the stage, the bar, lines processed of total and the time left', () => {
    renderWithApp(<UploadProgress upload={running} estimate={estimate} live />);

    const bar = screen.getByRole('progressbar', { name: 'Progreso de la importación' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByTestId('upload-percent').textContent).toBe('40 %');
    expect(screen.getByText('Revisando e importando cada línea…')).toBeTruthy();
    expect(screen.getByTestId('upload-lines').textContent).toBe('1.234 de 5.000 líneas · 247 líneas/s');
    expect(screen.getByTestId('upload-eta').textContent).toBe('Quedan aprox. 30 s');
    expect(screen.getByText('En vivo')).toBeTruthy();
    // Stages before the current one are done, the current one is marked.
    const current = screen.getByRole('listitem', { current: 'step' });
    expect(current.textContent).toBe('Importando');
  });

  it('formats longer estimates in minutes and hours', () => {
    // 1 % per minute with 89 % left.
    const slow = estimateEta([
      { at: 0, progress: 10, lines: 0 },
      { at: 60_000, progress: 11, lines: 100 },
    ]);
    const first = renderWithApp(<UploadProgress upload={running} estimate={slow} live />);
    expect(screen.getByTestId('upload-eta').textContent).toBe('Quedan aprox. 1 h 29 min');
    first.unmount();
    renderWithApp(
      <UploadProgress upload={running} estimate={{ seconds: 135, linesPerSecond: null }} live />,
      {
        language: 'en',
      },
    );
    expect(screen.getByTestId('upload-eta').textContent).toBe('About 2 min 15 s left');
  });

  it('waits for a rate before estimating, tells when it is polling, and cancels', async () => {
    const onCancel = vi.fn();
    const { user } = renderWithApp(
      <UploadProgress
        upload={upload({ status: 'validating', progress: 3, lines_processed: 0, lines_total: null })}
        estimate={{ seconds: null, linesPerSecond: null }}
        live={false}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByTestId('upload-eta').textContent).toBe('Calculando tiempo restante…');
    expect(screen.getByTestId('upload-lines').textContent).toBe('0 líneas');
    expect(screen.getByText('Consultando cada segundo')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancelar importación' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows a finished import at 100 % with every stage done and no estimate', () => {
    renderWithApp(
      <UploadProgress
        upload={upload({ status: 'completed', progress: 100, lines_processed: 8, lines_total: 8 })}
        estimate={{ seconds: 0, linesPerSecond: null }}
        live
      />,
    );
    expect(screen.getByTestId('upload-percent').textContent).toBe('100 %');
    expect(screen.getByText('Importación terminada.')).toBeTruthy();
    expect(screen.queryByTestId('upload-eta')).toBeNull();
    expect(screen.queryByRole('listitem', { current: 'step' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancelar importación' })).toBeNull();
  });
});
