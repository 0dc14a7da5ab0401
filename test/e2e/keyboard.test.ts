import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, startBrowserApp } from './browser-app';

const ARTIFACTS = 'test-results/keyboard';

/** What has the keyboard focus, and whether a sighted keyboard user can see where it is. */
interface Focused {
  tag: string;
  name: string;
  href: string | null;
  expanded: string | null;
  inNav: boolean;
  inMain: boolean;
  inDialog: boolean;
  /** An outline or a focus ring (box-shadow) is drawn. */
  marked: boolean;
  /** Rendered bigger than the 1 px of a visually hidden element. */
  shown: boolean;
}

// A string expression: this file is compiled without the DOM library.
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const label = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null;
  return {
    tag: el.tagName.toLowerCase(),
    name: (el.getAttribute('aria-label') || (label && label.textContent) || el.textContent || '').trim(),
    href: el.getAttribute('href'),
    expanded: el.getAttribute('aria-expanded'),
    inNav: el.closest('nav') !== null,
    inMain: el.closest('main') !== null,
    inDialog: el.closest('[role="dialog"]') !== null,
    marked: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    shown: box.width > 2 && box.height > 2,
  };
})()`;

/**
 * The keyboard alone, as the demo owner at 1280 px: sign in, the skip link, the nav's Tab order,
 * the "Más" menu (Enter/Space open it, arrows move, Escape closes it and gives the focus back),
 * every main page, and a confirm dialog that keeps the focus inside and returns it. Every
 * element the Tab key stops at must show where the focus is. Then a visitor opens the demo
 * from the landing page, also by keyboard.
 */
describe('keyboard only', () => {
  let app: BrowserApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await startBrowserApp('keyboard');
    ({ base, browser } = app);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const focused = async (page: Page) => (await page.evaluate<Focused | null>(FOCUSED)) as Focused;
  /** Elements the focus reached without any visible mark. */
  const unmarked: string[] = [];

  const press = async (page: Page, key: string) => {
    await page.keyboard.press(key);
    const now = await focused(page);
    // <main> takes the focus from the skip link only as a starting point: it is not a control.
    if (now && !now.marked && now.tag !== 'main')
      unmarked.push(`${page.url().replace(base, '')} ${now.tag} "${now.name}"`);
    return now;
  };

  /** Presses Tab until the focus is on an element named `name` (at most `max` times). */
  const tabTo = async (page: Page, name: string | RegExp, max = 40) => {
    for (let i = 0; i < max; i++) {
      const now = await press(page, 'Tab');
      if (now && (typeof name === 'string' ? now.name === name : name.test(now.name))) return now;
    }
    throw new Error(`Tab never reached "${name}" on ${page.url()}`);
  };

  const pageShows = async (page: Page, url: RegExp) => {
    await page.waitForURL(url);
    await page.locator('main h1').first().waitFor();
  };

  it('signs in, skips to the content, walks the nav and the "Más" menu, and a dialog keeps the focus', async () => {
    const started = Date.now();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/login`);
    await page.locator('h1').first().waitFor();
    await tabTo(page, 'Correo electrónico');
    await page.keyboard.type('admin@ayni.cl');
    await tabTo(page, 'Contraseña');
    await page.keyboard.type('gabe123123');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/c\/[0-9a-f-]{36}$/);
    const dashboard = page.url();
    const c = new URL(dashboard).pathname;

    // A fresh page: the first Tab shows the skip link, Enter puts the focus on the content.
    await page.goto(dashboard);
    await page.getByTestId('kpi-revenue').waitFor();
    const skip = await press(page, 'Tab');
    expect(skip).toMatchObject({ tag: 'a', name: 'Saltar al contenido', href: '#main', shown: true });
    await page.screenshot({
      path: `${ARTIFACTS}/skip-link.png`,
      clip: { x: 0, y: 0, width: 1280, height: 120 },
    });
    expect(await press(page, 'Enter')).toMatchObject({ tag: 'main' });
    expect(await press(page, 'Tab')).toMatchObject({ inMain: true, inNav: false });

    // The nav in reading order, then the user menu.
    await page.goto(dashboard);
    await page.getByTestId('kpi-revenue').waitFor();
    await press(page, 'Tab');
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      const stop = await press(page, 'Tab');
      expect(stop.inNav, stop.name).toBe(true);
      order.push(stop.name);
    }
    expect(order).toEqual(['Empresa', 'Cargar datos', 'Historial de cargas', 'Explorar', 'Hallazgos', 'Más']);
    expect((await press(page, 'Tab')).name).toMatch(/menú de usuario/);

    // The pages in the bar: Shift+Tab back to each, Enter opens it.
    for (const [name, url] of [
      ['Cargar datos', /\/uploads\/new$/],
      ['Historial de cargas', /\/uploads$/],
      ['Explorar', /\/explore\/month$/],
      ['Hallazgos', /\/insights$/],
    ] as const) {
      await page.goto(dashboard);
      await page.getByTestId('kpi-revenue').waitFor();
      await tabTo(page, name);
      await press(page, 'Enter');
      await pageShows(page, url);
    }

    // "Más": Enter opens it on its first page, ↓ moves, Escape closes it back on the button.
    const more = await tabTo(page, 'Más');
    expect(more.expanded).toBe('false');
    expect(await press(page, 'Enter')).toMatchObject({ name: 'Informes', shown: true });
    expect(await page.getByRole('button', { name: 'Más', exact: true }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect((await press(page, 'ArrowDown')).name).toBe('Descargas');
    expect((await press(page, 'ArrowUp')).name).toBe('Informes');
    expect(await press(page, 'Escape')).toMatchObject({ name: 'Más', expanded: 'false' });
    // Space opens it too; each of its pages, and the focus comes back to the button.
    const inMenu = ['Informes', 'Descargas', 'Macro', 'Comparación', 'Configuración'];
    const urls = [/\/reports$/, /\/downloads$/, /\/macro$/, /\/benchmarks$/, /\/settings$/];
    for (const [i, name] of inMenu.entries()) {
      await press(page, i === 0 ? ' ' : 'Enter');
      for (let step = 0; step < i; step++) await press(page, 'ArrowDown');
      expect((await focused(page)).name).toBe(name);
      await press(page, 'Enter');
      await pageShows(page, urls[i] as RegExp);
      expect(await focused(page)).toMatchObject({ name: 'Más', expanded: 'false' });
    }
    await page.screenshot({ path: `${ARTIFACTS}/settings.png` });

    // A confirm dialog: the focus moves in, Tab and Shift+Tab stay inside, Escape returns it.
    const opener = 'Eliminar Casa Matriz Ñuñoa';
    await tabTo(page, opener, 60);
    expect((await press(page, 'Enter')).inDialog).toBe(true);
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/dialog.png` });
    for (let i = 0; i < 5; i++) expect((await press(page, 'Tab')).inDialog, `Tab ${i + 1}`).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect((await press(page, 'Shift+Tab')).inDialog, `Shift+Tab ${i + 1}`).toBe(true);
    }
    expect(await press(page, 'Escape')).toMatchObject({ name: opener, inDialog: false });
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The account page from the user menu.
    await page.goto(`${base}${c}`);
    await page.getByTestId('kpi-revenue').waitFor();
    await tabTo(page, /menú de usuario/);
    await press(page, 'Enter');
    await tabTo(page, 'Mi cuenta', 10);
    await press(page, 'Enter');
    await pageShows(page, /\/account$/);

    expect(unmarked).toEqual([]);
    await page.close();
    console.log(`keyboard walk: ${Date.now() - started} ms`);
  }, 60_000);

  it('lets a visitor open the demo from the landing page with the keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/welcome`);
    await page.locator('h1').first().waitFor();
    await tabTo(page, 'Probar la demo');
    await page.screenshot({ path: `${ARTIFACTS}/landing-demo.png` });
    await press(page, 'Enter');
    await page.waitForURL(/\/c\/[0-9a-f-]{36}$/);
    await page.getByTestId('kpi-revenue').waitFor();
    await page.getByRole('link', { name: 'Explorar' }).waitFor();
    // Read-only: the demo's figures, nothing to upload, and a visitor's name.
    expect(await page.getByRole('link', { name: 'Cargar datos' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Visitante demo, menú de usuario' }).count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/demo-dashboard.png` });
    expect(unmarked).toEqual([]);
    await context.close();
  }, 60_000);
});
