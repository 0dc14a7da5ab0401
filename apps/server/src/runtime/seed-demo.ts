import { randomUUID } from 'node:crypto';
import {
  addLocation,
  addMembership,
  countSaleLines,
  type Database,
  findCompanyByRut,
  findUserByEmail,
  inCompany,
  insertCompany,
  insertGeneratedFeatureRows,
  insertSaleLines,
  withTenant,
} from '@ayni/db';
import { generateDemoPeers, generateDemoSales } from '@ayni/db/seed';
import type { Logger } from 'pino';

export const DEMO_COMPANY = {
  name: 'Minimarket Los Aromos SpA',
  rut: '76543210-3',
  industry: 'retail',
  size: 'small',
  region: 'Región Metropolitana de Santiago',
} as const;
export const DEMO_SEED = 20251008;
export const DEMO_MONTHS = 18;

/** Yesterday in Santiago, as YYYY-MM-DD: the demo's sales end there. */
export function demoEndDate(now: Date): string {
  const yesterday = new Date(now.getTime() - 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Santiago' }).format(yesterday);
}

/**
 * Creates the demo company (owned by the platform admin) with 18 months of generated sales.
 * Returns its id when it created or completed it, null when it was already there.
 */
export async function seedDemo(
  db: Database,
  log: Logger,
  options: { adminEmail: string; now: Date },
): Promise<string | null> {
  const admin = await findUserByEmail(db, options.adminEmail);
  if (!admin) throw new Error('seed the platform admin before the demo');
  const existing = await withTenant(db, { platform: true }, (tx) => findCompanyByRut(tx, DEMO_COMPANY.rut));
  const companyId = existing?.id ?? randomUUID();
  if (existing && (await inCompany(db, companyId, (tx) => countSaleLines(tx, companyId))) > 0) return null;

  const lines = generateDemoSales({
    seed: DEMO_SEED,
    endDate: demoEndDate(options.now),
    months: DEMO_MONTHS,
  });
  const inserted = await inCompany(db, companyId, async (tx) => {
    if (!existing) {
      await insertCompany(tx, { id: companyId, ...DEMO_COMPANY, isDemo: true });
      await addLocation(tx, companyId, 'Casa Matriz Ñuñoa', 'Av. Irarrázaval 3450, Ñuñoa');
      await addLocation(tx, companyId, 'Sucursal Providencia', 'Av. Providencia 2124, Providencia');
    }
    await addMembership(tx, companyId, admin.id, 'owner');
    return insertSaleLines(tx, companyId, lines);
  });
  log.info({ company_id: companyId, lines: inserted }, 'demo company seeded');
  return companyId;
}

/**
 * The demo company's benchmark peers: generated companies marked demo (no members, no sale
 * lines, only the month/quarter/year rows benchmarks read), so the demo shows real percentiles.
 * Demo companies form their own population: they never enter a real cohort. Idempotent.
 */
export async function seedDemoPeers(db: Database, log: Logger, options: { now: Date }): Promise<number> {
  const peers = generateDemoPeers({
    seed: DEMO_SEED,
    endDate: demoEndDate(options.now),
    months: DEMO_MONTHS,
  });
  const first = peers[0];
  if (!first) return 0;
  const existing = await withTenant(db, { platform: true }, (tx) => findCompanyByRut(tx, first.rut));
  if (existing) return 0;
  for (const peer of peers) {
    const id = randomUUID();
    const { rows, ...profile } = peer;
    await inCompany(db, id, async (tx) => {
      await insertCompany(tx, { id, ...profile, isDemo: true });
      await insertGeneratedFeatureRows(tx, id, rows);
    });
  }
  log.info({ peers: peers.length }, 'demo benchmark peers seeded');
  return peers.length;
}
