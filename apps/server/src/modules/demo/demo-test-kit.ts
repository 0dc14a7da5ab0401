import { randomUUID } from 'node:crypto';
import { inCompany, insertCompany } from '@ayni/db';
import { type CallOptions, post } from '../../../test/auth-helpers';
import type { TestApp } from '../../../test/helpers';
import { DEMO_COMPANY } from '../../runtime/seed-demo';

export const DEMO_URL = '/api/v1/auth/demo';
/** The test app's PUBLIC_URL: where the landing page's button posts from. */
export const APP_ORIGIN = 'http://localhost:3000';

/** Seeds the demo company as `seed-demo` does (without its sales); its id. */
export async function seedDemoCompany(t: TestApp): Promise<string> {
  const id = randomUUID();
  await inCompany(t.db.db, id, (tx) => insertCompany(tx, { id, ...DEMO_COMPANY, isDemo: true }));
  return id;
}

/** Clicks "Probar la demo" on the app's own page (Origin: PUBLIC_URL), or sends exactly `options.headers`. */
export function startDemo(t: TestApp, options: CallOptions = {}) {
  return post(t.app, DEMO_URL, undefined, { ...options, headers: options.headers ?? { origin: APP_ORIGIN } });
}
