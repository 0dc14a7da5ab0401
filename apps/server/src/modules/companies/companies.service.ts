import type { MyCompany, Role } from '@ayni/contracts';
import { type Database, listCompaniesOfUser, withTenant } from '@ayni/db';

export async function listMyCompanies(db: Database, userId: string): Promise<MyCompany[]> {
  const rows = await withTenant(db, { userId }, (tx) => listCompaniesOfUser(tx, userId));
  return rows.map(({ company, role }) => ({
    id: company.id,
    name: company.name,
    rut: company.rut,
    industry: company.industry as MyCompany['industry'],
    size: company.size as MyCompany['size'],
    region: company.region,
    role: role as Role,
  }));
}
