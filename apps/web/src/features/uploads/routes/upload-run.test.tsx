import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UploadFile, UploadNote } from '@ayni/contracts';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApiBaseUrl } from '../../../lib/config';
import { tokenStorage } from '../../../lib/token-storage';
import { CHANGES, ROWS, upload } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { UploadRun } from './upload-run';

const DONE = upload({
  id: '44444444-4444-4444-8444-444444444444',
  filename: 'ventas octubre.csv',
  status: 'completed',
  progress: 100,
  lines_processed: 8,
  lines_total: 8,
  rows: ROWS,
});
const file = (name: string, level: string | null, rows: number): UploadFile => ({
  name,
  level,
  content_type: level ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  size_bytes: 2048,
  rows,
  ready: true,
  download_url: `/api/v1/uploads/${DONE.id}/files/${name}`,
});
const FILES = [
  file('month.csv', 'month', 1),
  file('levels.xlsx', null, 40),
  file('product.csv', 'product', 4),
];

/** 1,200 lines without a customer (1,000 of them in the CSV) and the totals row. */
const NOTES: UploadNote[] = [
  {
    severity: 'warning',
    code: 'MISSING_OPTIONAL',
    lines: 1200,
    listed: 1000,
    examples: [
      {
        line: 2,
        column: 'RUT cliente',
        message_es: 'Línea 2: sin valor en "RUT cliente".',
        message_en: 'Line 2: no value in "RUT cliente".',
        original_text: null,
      },
    ],
  },
  {
    severity: 'skipped',
    code: 'TOTALS_ROW',
    lines: 1,
    listed: 1,
    examples: [
      {
        line: 9,
        column: null,
        message_es: 'Línea 9: fila de totales.',
        message_en: 'Line 9: totals row.',
        original_text: 'TOTAL;;;;12990',
      },
    ],
  },
];

/** The two rejected lines of ROWS: a date and a quantity the import could not read. */
const REJECTIONS: UploadNote[] = [
  {
    severity: 'rejected',
    code: 'INVALID_DATE',
    lines: 1,
    listed: 1,
    examples: [
      {
        line: 4,
        column: 'Fecha',
        message_es: 'Línea 4: la columna "Fecha" no tiene una fecha válida ("32-10-2025").',
        message_en: 'Line 4: column "Fecha" does not hold a valid date ("32-10-2025").',
        original_text: '32-10-2025;1003;P-01;1;1990',
      },
    ],
  },
  {
    severity: 'rejected',
    code: 'INVALID_NUMBER',
    lines: 1,
    listed: 1,
    examples: [
      {
        line: 6,
        column: 'Cant.',
        message_es: 'Línea 6: la columna "Cant." no tiene un número válido ("uno").',
        message_en: 'Line 6: column "Cant." does not hold a valid number ("uno").',
        original_text: '05-10-2025;1005;P-02;uno;2490',
      },
    ],
  },
];

let server: Server;
let filesStatus: 'building' | 'ready' = 'ready';
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const json = (data: unknown, meta: object = {}) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data, meta }));
    };
    const one = `/api/v1/uploads/${DONE.id}`;
    requested.push(req.url ?? '');
    if (req.url === one) return json(DONE);
    if (req.url === `${one}/warnings`) return json(NOTES);
    if (req.url === `${one}/rejections`) return json(REJECTIONS);
    if (req.url === `${one}/warnings.csv`) {
      res.writeHead(200, {
        'content-type': 'text/csv',
        'content-disposition': 'attachment; filename="ventas_octubre-advertencias.csv"',
        'access-control-expose-headers': 'content-disposition',
      });
      return void res.end('line,kind,column,code,message_es,message_en,original_text\r\n');
    }
    if (req.url === `${one}/changes`) return json(CHANGES);
    if (req.url === `${one}/files`) {
      const ready = filesStatus === 'ready' ? FILES : FILES.slice(0, 1);
      return json(ready, { status: filesStatus, expected: FILES.length });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  setApiBaseUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  filesStatus = 'ready';
  tokenStorage.set('token');
});

const renderRun = () =>
  renderWithApp(
    <MemoryRouter>
      <UploadRun companyId={DONE.company_id} uploadId={DONE.id} onAnother={() => {}} />
    </MemoryRouter>,
  );

describe('UploadRun', () => {
  it('ends with the summary, the rejected lines and every level file to download', async () => {
    renderRun();
    await screen.findByTestId('upload-summary');
    const rejected = screen.getByRole('region', { name: 'Líneas rechazadas' });
    expect(within(rejected).getByRole('button', { name: 'Descargar líneas rechazadas (CSV)' })).toBeTruthy();
    const files = screen.getByRole('region', { name: 'Archivos para descargar' });
    const rows = await within(files).findAllByTestId('upload-file');
    // The workbook first: it holds every level.
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Libro Excel con todos los niveles'),
      expect.stringContaining('Mes'),
      expect.stringContaining('Producto'),
    ]);
    expect(within(files).getByRole('button', { name: 'Descargar levels.xlsx' })).toBeTruthy();
  });

  it('says why lines were warned or skipped, with exact counts, and downloads them', async () => {
    const { user } = renderRun();
    const notes = await screen.findByRole('region', { name: 'Advertencias y líneas omitidas' });
    const missing = await within(notes).findByTestId('note-MISSING_OPTIONAL');
    expect(within(missing).getByText('Columnas opcionales vacías')).toBeTruthy();
    expect(within(missing).getByTestId('note-MISSING_OPTIONAL-lines').textContent).toBe('1.200 líneas');
    expect(within(missing).getByText('Línea 2: sin valor en "RUT cliente".')).toBeTruthy();
    expect(within(missing).getByText('El CSV trae las primeras 1.000.')).toBeTruthy();
    const totals = within(notes).getByTestId('note-TOTALS_ROW');
    expect(totals.textContent).toContain('Omitida');
    expect(totals.textContent).toContain('Fila de totales');
    expect(within(totals).getByTestId('note-TOTALS_ROW-lines').textContent).toBe('1 línea');
    // Every line of the CSV is listed: no "first N" note.
    expect(totals.textContent).not.toContain('El CSV trae');

    await user.click(within(notes).getByRole('button', { name: 'Descargar advertencias y omitidas (CSV)' }));
    expect(await within(notes).findByText('Descargamos ventas_octubre-advertencias.csv.')).toBeTruthy();
    expect(requested).toContain(`/api/v1/uploads/${DONE.id}/warnings.csv`);
  });

  it('says why lines were rejected: each reason, its lines and the line as the file had it', async () => {
    renderRun();
    const rejected = await screen.findByRole('region', { name: 'Líneas rechazadas' });
    const date = await within(rejected).findByTestId('note-INVALID_DATE');
    expect(date.textContent).toContain('Rechazada');
    expect(date.textContent).toContain('Fecha que no se puede leer');
    expect(within(date).getByTestId('note-INVALID_DATE-lines').textContent).toBe('1 línea');
    expect(
      within(date).getByText('Línea 4: la columna "Fecha" no tiene una fecha válida ("32-10-2025").'),
    ).toBeTruthy();
    expect(within(date).getByText('32-10-2025;1003;P-01;1;1990')).toBeTruthy();
    const number = within(rejected).getByTestId('note-INVALID_NUMBER');
    expect(number.textContent).toContain('Número que no se puede leer');
    expect(within(number).getByText('05-10-2025;1005;P-02;uno;2490')).toBeTruthy();
    // Warned and skipped lines stay in their own section, without their original text.
    const notes = screen.getByRole('region', { name: 'Advertencias y líneas omitidas' });
    expect(within(notes).queryByText('TOTAL;;;;12990')).toBeNull();
    expect(within(notes).queryByTestId('note-INVALID_DATE')).toBeNull();
  });

  it('says the files are still being written', async () => {
    filesStatus = 'building';
    renderRun();
    const files = await screen.findByRole('region', { name: 'Archivos para descargar' });
    expect(await within(files).findByText('Preparando archivos (1 de 3)…')).toBeTruthy();
  });
});
