import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_VIEWS, SETTINGS_TABS } from './app-pages';
import { axeAudit } from './axe';
import { type BrowserApp, startBrowserApp, visitPage } from './browser-app';

const ARTIFACTS = 'test-results/pages';
const EXPLORER_LEVELS = [
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'product',
  'customer',
  'category',
  'location',
  'seller',
  'payment_method',
  'hour',
];
/** Pages accessibility.test.ts does not audit: axe runs on them here, at 1280 and 390 px. */
const AUDITED_HERE = /forgot-password|reset-password|verify-email|companies\/new|invitations|no-such-page/;

/**
 * Every page of the app, signed out and as the demo owner: a screenshot at 1280 px and at 390 px
 * (test artifacts), nothing wider than a 360 px phone but the tables' own scrolling regions,
 * and axe on the pages accessibility.test.ts leaves out.
 */
describe('every page at 1280, 390 and 360 px', () => {
  let app: BrowserApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await startBrowserApp('pages');
    ({ base, browser } = app);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const visit = (page: Page, url: string) => visitPage(page, base, url);

  /** How far the page reaches past the viewport (0 when nothing scrolls sideways). */
  const overflow = (page: Page) =>
    // A string expression: this file is compiled without the DOM library.
    page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

  it('screenshots each page at 1280 and 390 px, and none is wider than 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const audit = axeAudit();
    const tooWide: string[] = [];
    const check = async (url: string, name: string) => {
      await visit(page, url);
      if (AUDITED_HERE.test(url)) await audit.check(page, name);
      await page.screenshot({ path: `${ARTIFACTS}/${name}-1280.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(150);
      if (AUDITED_HERE.test(url)) await audit.check(page, `${name} 390px`);
      await page.screenshot({ path: `${ARTIFACTS}/${name}-390.png`, fullPage: true });
      await page.setViewportSize({ width: 360, height: 780 });
      await page.waitForTimeout(150);
      const extra = await overflow(page);
      if (extra > 0) tooWide.push(`${name}: ${extra} px wider than 360`);
      await page.setViewportSize({ width: 1280, height: 900 });
    };

    for (const url of [
      '/welcome',
      '/login',
      '/register',
      '/forgot-password',
      '/reset-password?token=x',
      '/verify-email?token=x',
    ]) {
      await check(url, url.slice(1).replace(/\?.*/, ''));
    }

    await visit(page, '/login');
    await page.getByLabel('Correo electrónico').fill('admin@ayni.cl');
    await page.getByLabel('Contraseña').fill('gabe123123');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL(/\/c\/[0-9a-f-]{36}/);
    const companyId = /\/c\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string;
    const c = `/c/${companyId}`;
    const pages: Array<[string, string]> = [
      ...DASHBOARD_VIEWS.map((view): [string, string] => [`${c}?view=${view}`, `dashboard-${view}`]),
      ['/companies/new', 'company-new'],
      [`${c}/uploads/new`, 'upload'],
      [`${c}/uploads`, 'uploads-history'],
      ...EXPLORER_LEVELS.map((level): [string, string] => [`${c}/explore/${level}`, `explore-${level}`]),
      [`${c}/downloads`, 'downloads'],
      [`${c}/insights`, 'insights'],
      [`${c}/macro`, 'macro'],
      [`${c}/benchmarks`, 'benchmarks'],
      [`${c}/reports`, 'reports'],
      ...SETTINGS_TABS.map((tab): [string, string] => [`${c}/settings?tab=${tab}`, `settings-${tab}`]),
      ['/account', 'account'],
      ['/invitations/accept?token=x', 'invitation-accept'],
      ['/no-such-page', 'not-found'],
    ];
    for (const [url, name] of pages) await check(url, name);
    await page.close();
    expect(tooWide).toEqual([]);
    expect(audit.report()).toBe('');
  }, 300_000);

  /** The owner's destinations: in the bar, then under "Más". */
  const DESTINATIONS: Array<[string, RegExp, 'bar' | 'more']> = [
    ['Cargar datos', /\/uploads\/new$/, 'bar'],
    ['Historial de cargas', /\/uploads$/, 'bar'],
    ['Explorar', /\/explore\/month$/, 'bar'],
    ['Hallazgos', /\/insights$/, 'bar'],
    ['Informes', /\/reports$/, 'more'],
    ['Descargas', /\/downloads$/, 'more'],
    ['Macro', /\/macro$/, 'more'],
    ['Comparación', /\/benchmarks$/, 'more'],
    ['Configuración', /\/settings$/, 'more'],
  ];

  it.each([1280, 360])(
    "fits the owner's navigation in %i px with every destination on screen and working",
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await visit(page, '/login');
      await page.getByLabel('Correo electrónico').fill('admin@ayni.cl');
      await page.getByLabel('Contraseña').fill('gabe123123');
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.waitForURL(/\/c\/[0-9a-f-]{36}$/);
      const dashboard = page.url();
      const nav = page.getByRole('navigation', { name: 'Navegación principal' });
      await nav.getByRole('link', { name: 'Explorar' }).waitFor();
      const spill = await page.evaluate<number[]>(
        `(() => { const nav = document.querySelector('nav[aria-label="Navegación principal"]');
          const bar = nav.closest('header').firstElementChild;
          return [nav.scrollWidth - nav.clientWidth, bar.scrollWidth - bar.clientWidth,
            document.documentElement.scrollWidth - innerWidth]; })()`,
      );
      expect(spill, 'nav, header bar, page: px past their width').toEqual([0, 0, 0]);
      await page.screenshot({
        path: `${ARTIFACTS}/nav-${width}.png`,
        clip: { x: 0, y: 0, width, height: 80 },
      });

      const more = nav.getByRole('button', { name: 'Más', exact: true });
      for (const [name, url, where] of DESTINATIONS) {
        await page.goto(dashboard);
        await nav.getByRole('link', { name: 'Explorar' }).waitFor();
        if (where === 'more') {
          await more.click();
          expect(await more.getAttribute('aria-expanded')).toBe('true');
        }
        if (name === 'Historial de cargas' && width < 640) {
          // Phones keep the bar for the switcher: the history is one link away, on the upload page.
          await nav.getByRole('link', { name: 'Cargar datos' }).click();
          await page.getByRole('link', { name: 'Ver historial de cargas' }).click();
          await page.waitForURL(url);
          continue;
        }
        const link = nav.getByRole('link', { name, exact: true });
        const box = await link.boundingBox();
        expect(box, name).not.toBeNull();
        const { x, y, width: w, height: h } = box as NonNullable<typeof box>;
        expect(x >= 0 && y >= 0 && x + w <= width && h >= 24, `${name} at ${x},${y} ${w}×${h}`).toBe(true);
        if (where === 'more' && width === 1280) {
          await page.screenshot({
            path: `${ARTIFACTS}/nav-more-${width}.png`,
            clip: { x: 0, y: 0, width, height: 360 },
          });
        }
        await link.click();
        await page.waitForURL(url);
        await page.locator('main h1').first().waitFor();
      }
      await page.close();
    },
    120_000,
  );
});
