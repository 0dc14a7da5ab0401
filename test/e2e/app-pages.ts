/** Pages the browser tests visit one by one: the role dashboards and the settings tabs. */
export const DASHBOARD_VIEWS = ['owner', 'operations', 'marketing', 'finance'] as const;
export const SETTINGS_TABS = [
  'company',
  'members',
  'analysis',
  'templates',
  'data',
  'audit',
  'export',
  'api',
  'webhooks',
] as const;
