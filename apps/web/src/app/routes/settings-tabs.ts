import type { MyCompany } from '@ayni/contracts';

export type SettingsTab = 'company' | 'members' | 'audit' | 'export';

/** The tabs this member's permissions open: everyone sees the company and its members. */
export function settingsTabs(company: MyCompany): SettingsTab[] {
  const can = (permission: MyCompany['permissions'][number]) => company.permissions.includes(permission);
  const tabs: SettingsTab[] = ['company', 'members'];
  if (can('view_audit')) tabs.push('audit');
  // The archive holds members' e-mails and the audit log: the API wants both permissions.
  if (can('export') && can('manage_company')) tabs.push('export');
  return tabs;
}
