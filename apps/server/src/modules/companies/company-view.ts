import type { CompanyDetail, Location, MyCompany, Role } from '@ayni/contracts';
import type { CompanyRow, LocationRow } from '@ayni/db';
import { AppError } from '../../lib/app-error';
import { DEFAULT_DASHBOARD, permissionsOf } from '../../lib/permissions';

/** A company as one of its members sees it: with their role, landing dashboard and permissions. */
export function toMyCompany(company: CompanyRow, role: Role): MyCompany {
  return {
    id: company.id,
    name: company.name,
    rut: company.rut,
    industry: company.industry as MyCompany['industry'],
    size: company.size as MyCompany['size'],
    region: company.region,
    role,
    default_dashboard: DEFAULT_DASHBOARD[role],
    permissions: permissionsOf(role),
    is_demo: company.isDemo,
  };
}

export function toLocation(row: LocationRow): Location {
  return { id: row.id, name: row.name, address: row.address, created_at: row.createdAt.toISOString() };
}

export function toCompanyDetail(company: CompanyRow, role: Role, locations: LocationRow[]): CompanyDetail {
  return {
    ...toMyCompany(company, role),
    timezone: company.timezone,
    benchmark_opt_in: company.benchmarkOptIn,
    created_at: company.createdAt.toISOString(),
    locations: locations.map(toLocation),
  };
}

export const rutTaken = () =>
  new AppError('CONFLICT', 'A company with this RUT is already registered', {
    messageEs: 'Ya existe una empresa registrada con este RUT',
    details: [{ field: 'body.rut', message: 'already registered' }],
  });
