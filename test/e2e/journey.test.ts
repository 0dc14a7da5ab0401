import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../apps/server/test/fixtures/pos-export';
import type { SpawnedEntry } from '../../apps/server/test/spawn-entry';
import { type BrowserApp, startBrowserApp } from './browser-app';

const ARTIFACTS = 'test-results/journey';
/** The POS export's October 2025: 9.980 + 2.490 + 4.990 + 11.238 − 2.490 (credit note). */
const OCTOBER_REVENUE = 26_208;
const OWNER = { name: 'Rosa Valdés', email: 'rosa@almacen-rosa.cl', password: 'almacen-rosa-2025' };
const MEMBER = { name: 'Tomás Pérez', email: 'tomas@almacen-rosa.cl', password: 'tomas-lee-2025' };

/**
 * The whole path in one browser, against `npm start` with no demo data: register →
 * create a company → upload a Chilean POS export with no manual mapping → progress to 100 % →
 * the dashboard shows October's known revenue → switch role view → download the rejected lines
 * → invite a read-only member, who signs up from the e-mail's link and sees only what the role
 * allows. Screenshots at 1280 and 390 px of each step in test-results/journey.
 */
describe('journey: from sign-up to a read-only member', () => {
  let app: BrowserApp;
  let server: SpawnedEntry;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await startBrowserApp('journey', { JOB_CONCURRENCY: '1', AYNI_SEED_DEMO: 'false' });
    ({ base, browser, server } = app);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const shoot = async (page: Page, name: string) => {
    await page.screenshot({ path: `${ARTIFACTS}/${name}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${ARTIFACTS}/${name}-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  const signUp = async (page: Page, person: typeof OWNER) => {
    await page.getByLabel('Nombre y apellido').fill(person.name);
    await page.getByLabel('Correo electrónico').fill(person.email);
    await page.getByLabel('Contraseña', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Crear cuenta' }).click();
  };

  /** The invitation link of the e-mail the server wrote to its outbox (and its log) for `to`. */
  const invitationToken = async (to: string): Promise<string> => {
    await expect.poll(() => server.output().includes(`"to":"${to}"`), { timeout: 10_000 }).toBe(true);
    const line = server
      .output()
      .split('\n')
      .find((entry) => entry.includes(`"to":"${to}"`) && entry.includes('invitations/accept')) as string;
    const token = /invitations\/accept\?token=([^\s"\\]+)/.exec(line)?.[1];
    if (!token) throw new Error(`no invitation link in the e-mail to ${to}: ${line}`);
    return decodeURIComponent(token);
  };

  it('registers, creates a company, imports, reads the dashboard and invites a read-only member', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

    // Sign up from the landing page, then register the company (the RUT is checked as typed).
    await page.goto(`${base}/`);
    await page.waitForURL(/\/welcome/);
    await page.getByRole('link', { name: 'Crear cuenta gratis' }).click();
    await page.waitForURL(/\/register/);
    await signUp(page, OWNER);
    await page.waitForURL(/\/companies\/new/);
    await page.getByLabel('Nombre de la empresa', { exact: true }).fill('Almacén Rosa');
    await page.getByLabel('Rubro', { exact: true }).selectOption({ label: 'Comercio minorista' });
    await page
      .getByLabel('Tamaño', { exact: true })
      .selectOption({ label: 'Pequeña (10 a 49 trabajadores)' });
    await page.getByLabel('Región', { exact: true }).selectOption({ label: 'Región de Valparaíso' });
    await page.getByRole('group', { name: 'Local 1' }).getByLabel('Nombre del local').fill('Local centro');
    const rut = page.getByLabel('RUT de la empresa');
    await rut.pressSequentially('123456780');
    await rut.press('Tab');
    await page.getByText('RUT inválido: revisa los números y el dígito verificador').waitFor();
    await rut.fill('');
    await rut.pressSequentially('123456785');
    await page.getByText('RUT válido: 12.345.678-5').waitFor();
    await shoot(page, 'company-new');
    await page.getByRole('button', { name: 'Crear empresa' }).click();
    await page.waitForURL(/\/c\/[0-9a-f-]{36}$/);
    const companyId = /\/c\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string;
    await page.getByRole('heading', { level: 1, name: 'Almacén Rosa' }).waitFor();
    await shoot(page, 'dashboard-empty');

    // Upload the POS export as it comes, and watch it reach 100 %.
    await page.getByRole('link', { name: 'Cargar datos' }).first().click();
    await page.waitForURL(/\/uploads\/new/);
    const file = posFile();
    await page.locator('input[type="file"]').setInputFiles({
      name: file.name,
      mimeType: 'text/csv',
      buffer: file.content,
    });
    await page.getByTestId('upload-detected').waitFor();
    await page.getByRole('button', { name: 'Importar archivo' }).click();
    await page.getByTestId('upload-progress').waitFor();
    await expect
      .poll(async () => (await page.getByTestId('upload-percent').textContent())?.trim(), { timeout: 60_000 })
      .toBe('100 %');
    await page.getByTestId('upload-summary').waitFor();
    await shoot(page, 'upload-summary');

    // The dashboard: October 2025, the file's only month, with the revenue the file adds up to.
    await page.getByRole('link', { name: 'Ver resumen de ventas' }).click();
    await page.waitForURL(new RegExp(`/c/${companyId}$`));
    const revenue = page.getByTestId('kpi-revenue');
    await expect
      .poll(async () => revenue.getAttribute('data-value'), { timeout: 30_000 })
      .toBe(String(OCTOBER_REVENUE));
    expect(await revenue.getAttribute('title')).toBe('Valor exacto: $ 26.208');
    expect(await page.getByTestId('dashboard-period').textContent()).toContain('10-2025');
    expect(await page.getByRole('tab', { name: 'Dueño' }).getAttribute('aria-selected')).toBe('true');
    await shoot(page, 'dashboard-owner');

    // Another role's view is one click away.
    await page.getByRole('tab', { name: 'Finanzas' }).click();
    await page.waitForURL(/[?&]view=finance/);
    // The URL changes before the tabs render again: wait for the selection, do not race it.
    await expect
      .poll(async () => page.getByRole('tab', { name: 'Finanzas' }).getAttribute('aria-selected'))
      .toBe('true');
    await expect.poll(async () => revenue.getAttribute('data-value')).toBe(String(OCTOBER_REVENUE));
    await shoot(page, 'dashboard-finance');

    // The rejected lines, from the upload history.
    await page.goto(`${base}/c/${companyId}/uploads`);
    await page.getByRole('button', { name: 'Ver cambios de ventas octubre.csv' }).first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar líneas rechazadas (CSV)' }).click(),
    ]);
    const saved = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toContain('INVALID_NUMBER');
    await shoot(page, 'uploads-history');

    // Invite a read-only member.
    await page.goto(`${base}/c/${companyId}/settings?tab=members`);
    await page.getByLabel('Correo de la persona').fill(MEMBER.email);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Solo lectura' });
    await page.getByRole('button', { name: 'Enviar invitación' }).click();
    await page.getByText(`Enviamos la invitación a ${MEMBER.email}.`).waitFor();
    await shoot(page, 'settings-members');
    const token = await invitationToken(MEMBER.email);
    await page.close();

    // The member opens the e-mail's link, signs up with that address and lands in the company.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const member = await context.newPage();
    await member.goto(`${base}/invitations/accept?token=${encodeURIComponent(token)}`);
    await member.waitForURL(/\/login/);
    await member.getByRole('link', { name: 'Crear cuenta' }).first().click();
    await member.waitForURL(/\/register/);
    await signUp(member, MEMBER);
    await member.waitForURL(new RegExp(`/c/${companyId}`), { timeout: 30_000 });

    // Read-only: the owner's view and its figures, no other view, nothing to upload or delete.
    const memberRevenue = member.getByTestId('kpi-revenue');
    await expect
      .poll(async () => memberRevenue.getAttribute('data-value'), { timeout: 30_000 })
      .toBe(String(OCTOBER_REVENUE));
    await member.getByText('Solo lectura').first().waitFor();
    expect(await member.getByRole('tab', { name: 'Finanzas' }).count()).toBe(0);
    await member.goto(`${base}/c/${companyId}?view=finance`);
    await member.getByTestId('kpi-revenue').waitFor();
    expect(await member.getByRole('heading', { level: 2, name: 'Dueño' }).count()).toBe(1);
    expect(await member.getByRole('link', { name: 'Cargar datos' }).count()).toBe(0);
    await shoot(member, 'member-dashboard');
    await member.goto(`${base}/c/${companyId}/uploads`);
    await member.getByTestId('upload-row').first().waitFor();
    expect(await member.getByRole('button', { name: /Eliminar|Cancelar/ }).count()).toBe(0);
    await member.goto(`${base}/c/${companyId}/settings`);
    await member.getByRole('tab', { name: 'Miembros' }).waitFor();
    expect(await member.getByRole('tab', { name: 'Exportar' }).count()).toBe(0);
    expect(await member.getByLabel('Correo de la persona').count()).toBe(0);
    await context.close();
  }, 240_000);
});
