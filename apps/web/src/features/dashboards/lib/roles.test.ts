import type { MyCompany, Role } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { allowedDashboards, defaultDashboard, resolveDashboard } from './roles';

const member = (role: Role, default_dashboard?: MyCompany['default_dashboard']) =>
  ({ role, default_dashboard }) as Pick<MyCompany, 'role' | 'default_dashboard'>;

describe('role → dashboard', () => {
  it.each([
    ['owner', 'owner'],
    ['admin', 'owner'],
    ['finance', 'finance'],
    ['marketing', 'marketing'],
    ['operations', 'operations'],
    ['viewer', 'owner'],
  ] as const)('%s lands on the %s dashboard', (role, kind) => {
    expect(defaultDashboard(member(role))).toBe(kind);
    expect(resolveDashboard(member(role), null)).toBe(kind);
  });

  it('follows the default the companies list sends', () => {
    expect(defaultDashboard(member('admin', 'finance'))).toBe('finance');
  });

  it('lets members switch to the others, viewers only read the owner view', () => {
    expect(allowedDashboards(member('marketing'))).toEqual(['owner', 'operations', 'marketing', 'finance']);
    expect(resolveDashboard(member('marketing'), 'finance')).toBe('finance');
    expect(allowedDashboards(member('viewer'))).toEqual(['owner']);
    expect(resolveDashboard(member('viewer'), 'finance')).toBe('owner');
    expect(resolveDashboard(member('owner'), 'nonsense')).toBe('owner');
  });
});
