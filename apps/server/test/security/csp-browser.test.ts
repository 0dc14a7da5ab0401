import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../../test/e2e/browser';
import { createDatabase } from '../../../../test/test-database';
import { findFreePort } from '../../src/infra/free-port';
import { TEST_DATABASE_URL } from '../production-env';
import { type SpawnedEntry, spawnEntry } from '../spawn-entry';

const WEB = fileURLToPath(new URL('../../../web/', import.meta.url));

/** Builds the web app (as `npm start` does) into a folder of this test's own. */
function buildWeb(outDir: string) {
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: WEB, env });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stderr}`);
}

/** Records CSP violations the page reports, both as events and as Chromium's console errors. */
async function watchViolations(page: Page, into: string[]) {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) into.push(message.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => into.push(text));
  // A string, not a function: this file is compiled without the DOM types.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolation(e.violatedDirective + ' blocked ' + e.blockedURI + ' (' + e.sourceFile + ':' + e.lineNumber + ')'));`,
  });
}

/** The built web app under the server's real headers, in Chromium: nothing the app needs is blocked. */
describe.skipIf(!TEST_DATABASE_URL)('the web app runs under the Content-Security-Policy', () => {
  let dataDir: string;
  let webDist: string;
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let server: SpawnedEntry;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ayni-csp-'));
    chmodSync(dataDir, 0o755);
    webDist = path.join(dataDir, 'web');
    buildWeb(webDist);
    database = await createDatabase(TEST_DATABASE_URL as string);
    const port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    server = spawnEntry('main', {
      AYNI_DATA_DIR: dataDir,
      AYNI_WEB_DIST: webDist,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      JOB_CONCURRENCY: '1',
    });
    await server.waitFor('AYNI is running', 120_000);
    // The demo's analytics are computed by a job after startup: under a loaded CI machine that
    // can take a while, and the dashboard draws no chart before it has finished.
    await server.waitFor(/"job":"analytics\.refresh"[^\n]*"msg":"job completed"/, 180_000);
    browser = await launchChromium();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs in and draws the dashboard charts with no CSP violation', async () => {
    const violations: string[] = [];
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await watchViolations(page, violations);
    const response = await page.goto(`${base}/login`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Correo electrónico').fill('admin@ayni.cl');
    await page.getByLabel('Contraseña').fill('gabe123123');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL(/\/c\/[0-9a-f-]{36}/);
    // ECharts draws on canvas once the demo data's analytics are there.
    await page.locator('canvas').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // Reload: the refresh cookie (POST /auth/refresh from the page) must pass the CSRF check.
    await page.reload();
    await page.locator('canvas').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/\/c\/[0-9a-f-]{36}/);
    expect(violations).toEqual([]);
    await page.close();
  }, 120_000);

  it('serves the API reference (Swagger UI) under the same policy', async () => {
    const violations: string[] = [];
    const page = await browser.newPage();
    await watchViolations(page, violations);
    await page.goto(`${base}/api/docs`);
    await page.locator('.swagger-ui .info .title').first().waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('cannot be framed by another site', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors|Refused to display/i.test(m.text())) blocked.push(m.text());
    });
    await page.setContent(`<iframe src="${base}/login"></iframe>`);
    await page.waitForTimeout(1500);
    expect(blocked.length).toBeGreaterThan(0);
    await page.close();
  });
});
