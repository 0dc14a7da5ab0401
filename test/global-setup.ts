import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect, runMigrations } from '@ayni/db';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { buildServer } from '../apps/server/build/build-server';
import { startEmbeddedPostgres } from '../apps/server/src/infra/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the suite's own embedded PostgreSQL. */
    pgAdminUrl: string;
    /** Migrated database every test database is copied from. */
    pgTemplate: string;
  }
}

export const TEMPLATE_DB = 'ayni_template';

/**
 * Starts one embedded PostgreSQL for the whole run (nothing to install) with a migrated
 * template database; each test file copies it into a database of its own.
 */
export default async function setup(project: TestProject) {
  // Tests that spawn entrypoints (production, scale-out, shutdown) run the bundle, as npm start does.
  await buildServer();
  // Under /tmp so that, as root, the postgres user can reach it.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ayni-test-'));
  chmodSync(dataDir, 0o755);
  const log = pino({ level: 'warn' });
  const embedded = await startEmbeddedPostgres({ dataDir, database: TEMPLATE_DB, log, persistent: false });
  const template = connect(embedded.url, { max: 2 });
  await runMigrations(template);
  await template.close();
  // A template with open connections cannot be copied; make sure none linger.
  const admin = new pg.Client({ connectionString: embedded.adminUrl });
  await admin.connect();
  await admin.query(`alter database ${TEMPLATE_DB} with is_template true`);
  await admin.end();

  project.provide('pgAdminUrl', embedded.adminUrl);
  project.provide('pgTemplate', TEMPLATE_DB);
  return async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
