import {
  addLocation,
  addMembership,
  countSaleLines,
  type Database,
  findCompanyByRut,
  findUserByEmail,
  insertCompany,
  insertSaleLines,
} from '@ayni/db';
import { generateDemoSales } from '@ayni/db/seed';
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
  const existing = await findCompanyByRut(db, DEMO_COMPANY.rut);
  if (existing && (await countSaleLines(db, existing.id)) > 0) return null;

  const company = existing ?? (await insertCompany(db, { ...DEMO_COMPANY }));
  if (!existing) {
    await addLocation(db, company.id, 'Casa Matriz Ñuñoa', 'Av. Irarrázaval 3450, Ñuñoa');
    await addLocation(db, company.id, 'Sucursal Providencia', 'Av. Providencia 2124, Providencia');
  }
  await addMembership(db, company.id, admin.id, 'owner');
  const lines = generateDemoSales({
    seed: DEMO_SEED,
    endDate: demoEndDate(options.now),
    months: DEMO_MONTHS,
  });
  const inserted = await insertSaleLines(db, company.id, lines);
  log.info({ company_id: company.id, lines: inserted }, 'demo company seeded');
  return company.id;
}
