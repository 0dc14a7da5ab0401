import { randomUUID } from 'node:crypto';
import type { DbHandle } from '@ayni/db';

export interface PeerProfile {
  industry?: string;
  size?: string;
  region?: string;
  isDemo?: boolean;
  optIn?: boolean;
}

let serial = 0;

/** A company with no members, written as the superuser (fixtures bypass row-level security). */
export async function insertPeer(
  owner: DbHandle,
  profile: PeerProfile = {},
): Promise<{ id: string; name: string }> {
  serial++;
  const id = randomUUID();
  const name = `Peer ${serial} ${id.slice(0, 8)} Ltda`;
  await owner.pool.query(
    `insert into companies (id, name, rut, industry, size, region, is_demo, benchmark_opt_in)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      name,
      `peer-${id}`,
      profile.industry ?? 'retail',
      profile.size ?? 'micro',
      profile.region ?? 'Región de Valparaíso',
      profile.isDemo ?? false,
      profile.optIn ?? true,
    ],
  );
  return { id, name };
}

/** A company-wide month row with these feature values (complete period unless said). */
export async function insertMonth(
  owner: DbHandle,
  companyId: string,
  period: string,
  values: Record<string, unknown>,
): Promise<void> {
  await owner.pool.query(
    `insert into feature_rows (company_id, level, entity, period, period_start, period_end, values)
     values ($1, 'month', '', $2, ($2 || '-01')::date, (($2 || '-01')::date + interval '1 month' - interval '1 day')::date, $3)`,
    [companyId, period, JSON.stringify({ partial: false, ...values })],
  );
}
