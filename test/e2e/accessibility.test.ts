import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_VIEWS, SETTINGS_TABS } from './app-pages';
import { axeAudit } from './axe';
import { type BrowserApp, startBrowserApp, visitPage } from './browser-app';

const ARTIFACTS = 'test-results';

/** axe-core on every page of the app at 1280 px (light and dark) and 390 px, signed out and as the demo owner. */
describe('accessibility: no serious or critical axe violation on any page', () => {
  let app: BrowserApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await startBrowserApp('a11y');
    ({ base, browser } = app);
    // A saved column template, so the templates tab shows its list and buttons, not the empty state.
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@ayni.cl', password: 'gabe123123' }),
    });
    const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const companies = await fetch(`${base}/api/v1/companies`, { headers });
    const companyId = ((await companies.json()) as { data: Array<{ id: string }> }).data[0]?.id;
    const saved = await fetch(`${base}/api/v1/companies/${companyId}/mapping-templates`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'POS Bsale',
        headers: ['Fecha venta', 'SKU', 'Total neto'],
        mapping: { 'Fecha venta': { field: 'in_dt' }, SKU: { field: 'in_product_id' } },
      }),
    });
    expect(saved.status).toBe(201);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const visit = (page: Page, url: string) => visitPage(page, base, url);

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
  ] as const)(
    'checks every page in the %s color scheme at %i px',
    async (colorScheme, width) => {
      const audit = axeAudit();
      const at = `${colorScheme}${width === 1280 ? '' : ` ${width}px`}`;
      const shot = (name: string) =>
        `${ARTIFACTS}/a11y-${colorScheme}${width === 1280 ? '' : `-${width}`}-${name}.png`;
      const page = await browser.newPage({
        viewport: { width, height: width === 1280 ? 900 : 844 },
        colorScheme,
      });
      await visit(page, '/welcome');
      await audit.check(page, `${at} /welcome`);
      await visit(page, '/register');
      await audit.check(page, `${at} /register`);
      await visit(page, '/login');
      await audit.check(page, `${at} /login`);

      await page.getByLabel('Correo electrónico').fill('admin@ayni.cl');
      await page.getByLabel('Contraseña').fill('gabe123123');
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.waitForURL(/\/c\/[0-9a-f-]{36}/);
      const companyId = /\/c\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string;

      for (const view of DASHBOARD_VIEWS) {
        await visit(page, `/c/${companyId}?view=${view}`);
        await page.getByTestId('kpi-revenue').waitFor();
        await page.locator('[role="img"] canvas').first().waitFor();
        await audit.check(page, `${at} dashboard ${view}`);
        if (view === 'owner') await page.screenshot({ path: shot('dashboard') });
      }
      // The "Más" menu open, so its pages are audited as a person sees them.
      await page.getByRole('button', { name: 'Más', exact: true }).click();
      await page.getByRole('link', { name: 'Configuración' }).waitFor();
      await audit.check(page, `${at} dashboard with the "Más" menu open`);
      const pages = [
        `/c/${companyId}/uploads/new`,
        `/c/${companyId}/uploads`,
        `/c/${companyId}/explore`,
        `/c/${companyId}/explore/hour`,
        `/c/${companyId}/downloads`,
        `/c/${companyId}/reports`,
        `/c/${companyId}/insights`,
        `/c/${companyId}/macro`,
        `/c/${companyId}/benchmarks`,
        '/account',
        ...SETTINGS_TABS.map((tab) => `/c/${companyId}/settings?tab=${tab}`),
      ];
      for (const url of pages) {
        await visit(page, url);
        await audit.check(page, `${at} ${url.replace(companyId, ':id')}`);
        const name = /settings\?tab=(analysis|templates)|uploads\/new/.exec(url)?.[0].replace(/\W+/g, '-');
        if (name) await page.screenshot({ path: shot(name), fullPage: true });
      }
      await page.close();
      expect(audit.report()).toBe('');
    },
    300_000,
  );
});
