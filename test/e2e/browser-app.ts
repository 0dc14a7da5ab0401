import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findFreePort } from '../../apps/server/src/infra/free-port';
import { type SpawnedEntry, spawnEntry } from '../../apps/server/test/spawn-entry';
import { launchChromium } from './browser';

export interface BrowserApp {
  base: string;
  browser: Browser;
  server: SpawnedEntry;
  /** Closes the browser, stops the app (its embedded PostgreSQL with it) and removes its data. */
  stop(): Promise<void>;
}

/**
 * `npm start`'s app (`main.ts`: its own embedded PostgreSQL in a temp folder, demo data unless
 * `env` says otherwise) on a free port, and Chromium to drive it.
 */
export async function startBrowserApp(name: string, env: Record<string, string> = {}): Promise<BrowserApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `ayni-e2e-${name}-`));
  // Run as root, the embedded PostgreSQL runs as `postgres`, which must reach its data folder.
  chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const server = spawnEntry('main', {
    AYNI_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ...env,
  });
  let browser: Browser | undefined;
  try {
    await server.waitFor('AYNI is running', 120_000);
    browser = await launchChromium();
  } catch (err) {
    await server.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const launched = browser;
  return {
    base: `http://127.0.0.1:${port}`,
    browser: launched,
    server,
    async stop() {
      await launched.close();
      // SIGTERM: the app stops its embedded PostgreSQL, which a SIGKILL would leave running.
      await server.stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Goes to `base + url` and waits for its main heading and for its loaders to finish. */
export async function visitPage(page: Page, base: string, url: string): Promise<void> {
  await page.goto(`${base}${url}`);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 15_000 });
}
