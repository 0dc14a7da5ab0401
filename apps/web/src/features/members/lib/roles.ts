import { ROLES, type Role } from '@ayni/contracts';
import type { SelectOption } from '../../../components/form/select-field';
import type { I18nValue } from '../../../lib/i18n/i18n-context';

/** Roles `actor` may hand out: only owners grant (or take away) the owner role. */
export function assignableRoles(actor: Role): Role[] {
  return actor === 'owner' ? [...ROLES] : ROLES.filter((role) => role !== 'owner');
}

export function roleOptions(roles: readonly Role[], t: I18nValue['t']): SelectOption[] {
  return roles.map((role) => ({ value: role, label: t(`role.${role}`) }));
}
