import { inCompany, insertSaleLines } from '@ayni/db';
import { generateDemoSales } from '@ayni/db/seed';
import { recomputeFeaturesAlone } from '../src/modules/analytics/recompute-features';
import { createOwner, loginAs, type TestApp } from './helpers';

/** Last day of the demo data the Ask tests share (build their apps with `askNow: askedOn(DEMO_DATA_THROUGH)`). */
export const DEMO_DATA_THROUGH = '2025-11-20';

/**
 * A company of `t` holding the demo sales (fixed seed, 14 months to DEMO_DATA_THROUGH) with its
 * features computed, and its owner's token.
 */
export async function createDemoCompany(t: TestApp, name = 'Demo') {
  const owner = await createOwner(t.db, name);
  const lines = generateDemoSales({ seed: 20251008, endDate: DEMO_DATA_THROUGH, months: 14 });
  await inCompany(t.db.db, owner.company.id, (tx) => insertSaleLines(tx, owner.company.id, lines));
  await recomputeFeaturesAlone(t.db.pool, owner.company.id);
  const token = await loginAs(t.app, owner.email, owner.password);
  return { owner, token };
}
