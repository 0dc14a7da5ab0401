import { ROLES } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { authorize, can, DEFAULT_DASHBOARD, PERMISSIONS } from './permissions';

describe('permissions', () => {
  it('gives owners every permission and is the only role that deletes data', () => {
    for (const p of PERMISSIONS) expect(can('owner', p)).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'owner')) expect(can(role, 'delete_data')).toBe(false);
  });

  it('lets viewers only view', () => {
    expect(PERMISSIONS.filter((p) => can('viewer', p))).toEqual(['view_dashboards']);
  });

  it('lets admins manage members and the company, but marketing neither', () => {
    expect(can('admin', 'manage_members')).toBe(true);
    expect(can('admin', 'manage_company')).toBe(true);
    expect(can('marketing', 'manage_members')).toBe(false);
    expect(can('marketing', 'upload_data')).toBe(false);
    expect(can('operations', 'upload_data')).toBe(true);
  });

  it('lets only owners and admins read the audit log or take the whole-company archive', () => {
    expect(ROLES.filter((r) => can(r, 'view_audit'))).toEqual(['owner', 'admin']);
    expect(ROLES.filter((r) => can(r, 'export') && can(r, 'manage_company'))).toEqual(['owner', 'admin']);
    expect(can('marketing', 'export')).toBe(true);
    expect(can('viewer', 'export')).toBe(false);
  });

  it('throws FORBIDDEN with a Spanish message', () => {
    expect(() => authorize({ role: 'viewer' }, 'export')).toThrowError(
      expect.objectContaining({
        code: 'FORBIDDEN',
        options: expect.objectContaining({ messageEs: expect.any(String) }),
      }),
    );
    expect(() => authorize({ role: 'finance' }, 'export')).not.toThrow();
  });

  it('gives every role a default dashboard; viewers the owner view', () => {
    expect(Object.keys(DEFAULT_DASHBOARD).sort()).toEqual([...ROLES].sort());
    expect(DEFAULT_DASHBOARD.viewer).toBe('owner');
    expect(DEFAULT_DASHBOARD.finance).toBe('finance');
  });
});
