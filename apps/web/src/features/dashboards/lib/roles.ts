import type { DashboardKind, MyCompany, Role } from '@ayni/contracts';

/** Tab order. */
export const DASHBOARD_KINDS: readonly DashboardKind[] = ['owner', 'operations', 'marketing', 'finance'];

/** Each role's own dashboard (the server's table; viewers see the owner view, read-only). */
const ROLE_DEFAULT: Record<Role, DashboardKind> = {
  owner: 'owner',
  admin: 'owner',
  finance: 'finance',
  marketing: 'marketing',
  operations: 'operations',
  viewer: 'owner',
};

export function isDashboardKind(value: unknown): value is DashboardKind {
  return typeof value === 'string' && (DASHBOARD_KINDS as readonly string[]).includes(value);
}

/** The member's landing dashboard: what the companies list says, else the role's default. */
export function defaultDashboard(company: Pick<MyCompany, 'role' | 'default_dashboard'>): DashboardKind {
  return isDashboardKind(company.default_dashboard) ? company.default_dashboard : ROLE_DEFAULT[company.role];
}

/** Viewers read the owner view only; every other member may switch between the four. */
export function allowedDashboards(company: Pick<MyCompany, 'role' | 'default_dashboard'>): DashboardKind[] {
  if (company.role === 'viewer') return [defaultDashboard(company)];
  return [...DASHBOARD_KINDS];
}

/** The dashboard to show for `?view=`: the requested one when allowed, else the default. */
export function resolveDashboard(
  company: Pick<MyCompany, 'role' | 'default_dashboard'>,
  requested: string | null,
): DashboardKind {
  const allowed = allowedDashboards(company);
  return isDashboardKind(requested) && allowed.includes(requested) ? requested : defaultDashboard(company);
}
