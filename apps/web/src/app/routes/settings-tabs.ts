import type { MyCompany } from '@ayni/contracts';

export type SettingsTab =
  | 'company'
  | 'members'
  | 'analysis'
  | 'templates'
  | 'data'
  | 'audit'
  | 'export'
  | 'api'
  | 'webhooks';

/** The tabs this member's permissions open: everyone sees the company, its members and the data policy. */
export function settingsTabs(company: MyCompany): SettingsTab[] {
  const can = (permission: MyCompany['permissions'][number]) => company.permissions.includes(permission);
  const tabs: SettingsTab[] = ['company', 'members'];
  if (can('view_dashboards')) tabs.push('analysis', 'templates');
  tabs.push('data');
  if (can('view_audit')) tabs.push('audit');
  // The archive holds members' e-mails and the audit log: the API wants both permissions.
  if (can('export') && can('manage_company')) tabs.push('export');
  // API keys act for the whole company: only owners and admins manage them.
  if (can('manage_company')) tabs.push('api');
  // Webhooks send the company's events to other systems: owners and admins, like API keys.
  if (can('manage_company')) tabs.push('webhooks');
  return tabs;
}
