import type { MyCompany, Permission } from '@ayni/contracts';
import { type Ctx, fail } from './http';

/** The company when the user belongs to it and may do `permission`; otherwise answers 404 / 403. */
export function companyFor(ctx: Ctx, companyId: string, permission?: Permission): MyCompany | null {
  const company = ctx.state.companies.find((item) => item.id === companyId);
  if (!company) {
    fail(ctx.res, 404, 'NOT_FOUND', 'Company not found', 'Empresa no encontrada');
    return null;
  }
  if (permission && !company.permissions.includes(permission)) {
    fail(ctx.res, 403, 'FORBIDDEN', 'Your role cannot do this', 'Tu rol no tiene permiso para esta acción');
    return null;
  }
  return company;
}
