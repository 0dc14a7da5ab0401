import { randomUUID } from 'node:crypto';
import type {
  CompanyDetail,
  CreateCompanyRequest,
  MyCompany,
  Role,
  UpdateCompanyRequest,
} from '@ayni/contracts';
import {
  addMembership,
  type CompanyPatch,
  type Database,
  findLiveCompany,
  inCompany,
  insertCompany,
  insertLocations,
  listCompaniesOfUser,
  listLocations,
  updateCompany as updateCompanyRow,
  withTenant,
} from '@ayni/db';
import { notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { RequestOrigin, ServiceContext } from '../../lib/context';
import { isUniqueViolation } from '../../lib/db-errors';
import { authorize } from '../../lib/permissions';
import { rutTaken, toCompanyDetail, toMyCompany } from './company-view';

const RUT_KEY = 'companies_rut_key';

export async function listMyCompanies(db: Database, userId: string): Promise<MyCompany[]> {
  const rows = await withTenant(db, { userId }, (tx) => listCompaniesOfUser(tx, userId));
  return rows.map(({ company, role }) => toMyCompany(company, role as Role));
}

/** Creates a company with its first locations; the creator becomes its owner. */
export async function createCompany(
  db: Database,
  actor: { userId: string; origin: RequestOrigin },
  input: CreateCompanyRequest,
): Promise<CompanyDetail> {
  // The id is ours, so the whole creation runs inside the new company's own scope.
  const companyId = randomUUID();
  const { locations, benchmark_opt_in, ...profile } = input;
  try {
    return await inCompany(db, companyId, async (tx) => {
      const company = await insertCompany(tx, {
        id: companyId,
        ...profile,
        benchmarkOptIn: benchmark_opt_in,
      });
      await addMembership(tx, companyId, actor.userId, 'owner');
      const created = await insertLocations(tx, companyId, locations);
      await audit(tx, { companyId, ...actor }, 'company.created', {
        type: 'company',
        id: companyId,
        metadata: { ...profile, benchmark_opt_in, locations: created.length },
      });
      return toCompanyDetail(company, 'owner', created);
    });
  } catch (err) {
    // The unique index also counts soft-deleted companies: a RUT is free only once purged.
    if (isUniqueViolation(err, RUT_KEY)) throw rutTaken();
    throw err;
  }
}

export async function getCompany(ctx: ServiceContext): Promise<CompanyDetail> {
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const company = await findLiveCompany(tx, ctx.companyId);
    if (!company) throw notFound('Company');
    return toCompanyDetail(company, ctx.role as Role, await listLocations(tx, ctx.companyId));
  });
}

export async function updateCompany(
  ctx: ServiceContext,
  patch: UpdateCompanyRequest,
): Promise<CompanyDetail> {
  authorize(ctx, 'manage_company');
  try {
    return await inCompany(ctx.db, ctx.companyId, async (tx) => {
      const before = await findLiveCompany(tx, ctx.companyId);
      if (!before) throw notFound('Company');
      const { benchmark_opt_in, ...profile } = patch;
      const rowPatch: CompanyPatch = {
        ...(profile as CompanyPatch),
        ...(benchmark_opt_in === undefined ? {} : { benchmarkOptIn: benchmark_opt_in }),
      };
      const after = await updateCompanyRow(tx, ctx.companyId, rowPatch);
      if (!after) throw notFound('Company');
      const changes = Object.fromEntries(
        (Object.keys(rowPatch) as Array<keyof CompanyPatch>)
          .filter((key) => before[key] !== after[key])
          .map((key) => [key, { from: before[key], to: after[key] }]),
      );
      if (Object.keys(changes).length > 0) {
        await audit(tx, ctx, 'company.updated', {
          type: 'company',
          id: ctx.companyId,
          metadata: { changes },
        });
      }
      return toCompanyDetail(after, ctx.role as Role, await listLocations(tx, ctx.companyId));
    });
  } catch (err) {
    if (isUniqueViolation(err, RUT_KEY)) throw rutTaken();
    throw err;
  }
}
