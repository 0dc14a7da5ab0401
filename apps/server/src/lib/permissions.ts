import { type DashboardKind, PERMISSIONS, type Permission, type Role } from '@ayni/contracts';
import { AppError } from './app-error';
import type { ServiceContext } from './context';

export { PERMISSIONS, type Permission };

/**
 * The one permission table. Owners have everything; only owners delete the company; only
 * owners and admins read the audit log. `export` is for reports; the whole-company archive
 * also needs `manage_company`.
 */
const GRANTS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: [
    'view_dashboards',
    'upload_data',
    'export',
    'manage_members',
    'manage_company',
    'manage_billing',
    'view_audit',
  ],
  finance: ['view_dashboards', 'upload_data', 'export', 'manage_billing'],
  marketing: ['view_dashboards', 'export'],
  operations: ['view_dashboards', 'upload_data', 'export'],
  viewer: ['view_dashboards'],
};

/** Each role's default dashboard; viewers see the owner view, read-only. */
export const DEFAULT_DASHBOARD: Record<Role, DashboardKind> = {
  owner: 'owner',
  admin: 'owner',
  finance: 'finance',
  marketing: 'marketing',
  operations: 'operations',
  viewer: 'owner',
};

/**
 * The role an API key acts with. Which routes a key reaches is decided by its scopes (see
 * `modules/api-keys/route-scopes.ts`); this only lets the services' own checks pass on those routes.
 */
export const API_KEY_ROLE = 'api_key';
const API_KEY_GRANTS: readonly Permission[] = ['view_dashboards', 'upload_data'];

export function can(role: Role, permission: Permission): boolean {
  if ((role as string) === API_KEY_ROLE) return API_KEY_GRANTS.includes(permission);
  return GRANTS[role]?.includes(permission) ?? false;
}

export function permissionsOf(role: Role): Permission[] {
  return [...(GRANTS[role] ?? [])];
}

/** The one check every service calls; a member without the permission gets 403. */
export function authorize(ctx: Pick<ServiceContext, 'role'>, permission: Permission): void {
  if (!can(ctx.role as Role, permission)) {
    throw new AppError('FORBIDDEN', `Your role cannot ${permission.replace(/_/g, ' ')}`, {
      messageEs: 'Tu rol no tiene permiso para esta acción',
    });
  }
}
