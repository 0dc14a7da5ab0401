import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MyCompany, Upload } from '@ayni/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../apps/server/test/fixtures/pos-export';
import { type BrowserApp, startBrowserApp } from './browser-app';

const ARTIFACTS = 'test-results';

/**
 * The upload wizard in a real browser against `npm start`: a Chilean POS export (Windows-1252,
 * `;`, `$ 12.990`, dd/mm/yyyy) goes through with no manual mapping, from preview to the summary.
 */
describe('uploads: a POS export from the browser to the summary', () => {
  let app: BrowserApp;
  let browser: Browser;
  let base: string;
  let token: string;

  beforeAll(async () => {
    app = await startBrowserApp('uploads', { JOB_CONCURRENCY: '1' });
    ({ base, browser } = app);
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@ayni.cl', password: 'gabe123123' }),
    });
    token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const get = async <T>(url: string): Promise<T> => {
    const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    return ((await res.json()) as { data: T }).data;
  };

  /** The page fits a 360 px phone: nothing scrolls sideways but the tables' own regions. */
  const fitsPhone = async (page: Page) => {
    await page.setViewportSize({ width: 360, height: 780 });
    // A string expression: this file is compiled without the DOM library.
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);
  };

  const text = async (page: Page, testId: string) =>
    ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ').trim();

  it('logs in, previews, imports with live progress, shows the counts and downloads the rejected lines', async () => {
    const company = (await get<MyCompany[]>('/api/v1/companies'))[0] as MyCompany;
    const file = posFile();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

    await page.goto(`${base}/`);
    await page.waitForURL(/\/welcome/);
    await page.getByRole('link', { name: 'Ya tengo cuenta' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Correo electrónico').fill('admin@ayni.cl');
    await page.getByLabel('Contraseña').fill('gabe123123');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL(new RegExp(`/c/${company.id}`));

    await page.getByRole('link', { name: 'Cargar datos' }).click();
    await page.waitForURL(new RegExp(`/c/${company.id}/uploads/new`));
    await page.getByRole('heading', { name: 'Cargar datos', level: 1 }).waitFor();

    // The drop zone's input is the keyboard path; hand it the file as a person picking it would.
    await page.locator('input[type="file"]').setInputFiles({
      name: file.name,
      mimeType: 'text/csv',
      buffer: file.content,
    });

    // Preview: what was detected, with no mapping given.
    const detected = page.getByTestId('upload-detected');
    await detected.waitFor();
    const detectedText = (await detected.textContent()) ?? '';
    expect(detectedText).toContain('ventas octubre.csv');
    expect(detectedText).toMatch(/windows-1252/i);
    expect(detectedText).toContain('Punto y coma (;)');
    expect(detectedText).toContain('Línea 2');
    const columnsOf = (group: string) =>
      page.getByTestId(`mapping-group-${group}`).getByTestId('column-name').allTextContents();
    expect((await columnsOf('required')).map((name) => name.trim())).toEqual([
      'Fecha venta',
      'N° doc. venta',
      'SKU',
      'Cantidad',
      'Total neto',
    ]);
    expect(await page.getByLabel('Dato de AYNI para «Total neto»').inputValue()).toBe('in_price_total');
    const sample = page.getByTestId('upload-sample');
    expect(await sample.locator('tbody tr').count()).toBe(8);
    const sampleText = (await sample.textContent())?.replace(/\s/g, ' ') ?? '';
    expect(sampleText).toContain('Café molido 250 g');
    expect(sampleText).toContain('05-10-2025 10:15');
    expect(sampleText).toMatch(/\$ ?9\.980/);
    await page.screenshot({ path: `${ARTIFACTS}/uploads-preview-1280.png`, fullPage: true });
    await fitsPhone(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}/uploads-preview-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Submit and watch the import reach 100 %.
    await page.getByRole('button', { name: 'Importar archivo' }).click();
    await page.waitForURL(/[?&]upload=/);
    const uploadId = new URL(page.url()).searchParams.get('upload') as string;
    await page.getByTestId('upload-progress').waitFor();
    const seen: string[] = [];
    await expect
      .poll(
        async () => {
          const percent = await text(page, 'upload-percent');
          if (seen[seen.length - 1] !== percent) seen.push(percent);
          return percent;
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe('100 %');
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');

    // The summary: the fixture's 5 accepted, 2 rejected and 1 skipped lines.
    await page.getByTestId('upload-summary').waitFor();
    expect(await text(page, 'count-accepted')).toBe('Aceptadas5');
    expect(await text(page, 'count-rejected')).toBe('Rechazadas2');
    expect(await text(page, 'count-skipped')).toBe('Omitidas1');
    const upload = await get<Upload>(`/api/v1/uploads/${uploadId}`);
    expect(upload.rows).toMatchObject({ accepted: 5, rejected: 2, skipped: 1 });
    expect(await text(page, 'count-inserted')).toBe(`Nuevas${upload.rows.inserted}`);
    await page.getByTestId('period-changes').waitFor();
    expect(await text(page, 'period-changes')).toContain('oct 2025');

    await page.screenshot({ path: `${ARTIFACTS}/uploads-summary-1280.png`, fullPage: true });
    await fitsPhone(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}/uploads-summary-390.png`, fullPage: true });

    // The rejected lines, downloaded with the Bearer token.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar líneas rechazadas (CSV)' }).click(),
    ]);
    const saved = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(saved, 'utf8');
    expect(csv).toContain('INVALID_NUMBER');
    expect(csv).toContain('INVALID_DATE');
    await page.getByText(`Descargamos ${download.suggestedFilename()}.`).waitFor();

    // The history lists it, completed, at 390 px too.
    await page.getByRole('link', { name: 'Ver historial de cargas' }).click();
    await page.waitForURL(new RegExp(`/c/${company.id}/uploads$`));
    const row = page.getByTestId('upload-row').filter({ hasText: 'ventas octubre.csv' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Completada');
    await fitsPhone(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}/uploads-history-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${ARTIFACTS}/uploads-history-1280.png`, fullPage: true });
    await page.close();
  });
});
