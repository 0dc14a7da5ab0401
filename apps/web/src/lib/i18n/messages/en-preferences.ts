import type { preferencesEs } from './es-preferences';

/** Settings › Analysis, Templates and Data, and the light/dark switch (English). */
export const preferencesEn: Record<keyof typeof preferencesEs, string> = {
  'settings.tab.analysis': 'Analysis',
  'settings.tab.templates': 'Templates',
  'settings.tab.data': 'Data',

  'analysis.title': 'Analysis settings',
  'analysis.body': 'They fit the alerts, the suggested staffing and the macro figures to your business.',
  'analysis.readOnly': 'Only owners and admins can change these settings.',
  'analysis.loading': 'Loading the settings…',
  'analysis.save': 'Save settings',
  'analysis.saved': 'Settings saved. Your figures update with them in a moment.',
  'analysis.notNumber': 'Type a number, for example 25 or 12.5.',
  'analysis.field.margin_alert_pct': 'Margin alert (%)',
  'analysis.help.margin_alert_pct':
    'We warn you when a product’s or location’s margin falls below this percentage (0 to 100).',
  'analysis.field.tickets_per_employee_hour': 'Tickets per person per hour',
  'analysis.help.tickets_per_employee_hour':
    'How many tickets one person serves in an hour; we suggest staffing per hour from it.',
  'analysis.field.trade_profile': 'Foreign trade profile',
  'analysis.help.trade_profile':
    'Whether you import, export or sell only in Chile: decides if a strong dollar helps or hurts you.',
  'analysis.field.real_base_month': 'Base month for real pesos',
  'analysis.help.real_base_month':
    'Real-peso sales are shown in pesos of this month (YYYY-MM); empty: the latest month with CPI.',
  'analysis.field.churn_days': 'Days before a customer counts as lost',
  'analysis.help.churn_days':
    'A customer who does not buy within these days counts as lost, and from half of them on as at risk (7 to 730).',
  'analysis.trade.domestic': 'I sell in Chile',
  'analysis.trade.importer': 'I import',
  'analysis.trade.exporter': 'I export',
  'analysis.value.percent': '{value}%',
  'analysis.value.tickets': '{value} tickets per hour',
  'analysis.value.days': '{value} days',
  'analysis.value.latestMonth': 'Latest month with CPI',

  'templates.title': 'Column templates',
  'templates.body':
    'They remember which column of your file is which field, so you do not map them on every upload.',
  'templates.readOnly': 'Only members who upload data can rename or delete templates.',
  'templates.loading': 'Loading the templates…',
  'templates.emptyTitle': 'No templates yet',
  'templates.emptyBody':
    'When you upload a file, tick “Save this mapping as a template” in the last step and it will show up here.',
  'templates.upload': 'Upload a file',
  'templates.columns': '{count} columns: {headers}',
  'templates.mapped': 'Mapped fields: {fields}',
  'templates.noneMapped': 'No column mapped',
  'templates.updated': 'Updated on {date}',
  'templates.rename': 'Rename {name}',
  'templates.renameShort': 'Rename',
  'templates.delete': 'Delete {name}',
  'templates.nameLabel': 'New template name',
  'templates.save': 'Save name',
  'templates.cancel': 'Cancel',
  'templates.nameRequired': 'Type a name for the template.',
  'templates.deleteTitle': 'Delete the template {name}?',
  'templates.deleteBody':
    'Uploads made with it keep their data; you just can no longer pick it when uploading.',
  'templates.deleteConfirm': 'Delete template',
  'templates.renamed': 'The template is now called {name}.',
  'templates.deleted': 'Template {name} deleted.',

  'dataPolicy.title': 'What we keep and for how long',
  'dataPolicy.loading': 'Loading the data policy…',
  'dataPolicy.rawFiles': 'The original files you upload are kept encrypted for {days} days and then deleted.',
  'dataPolicy.lines':
    'Sales lines and the computed analytics stay until you delete the upload or the company.',
  'dataPolicy.deleteUploadTitle': 'Delete an upload',
  'dataPolicy.deleteUploadBody':
    'In the upload history you can delete an upload with its lines; analytics are recomputed.',
  'dataPolicy.toHistory': 'Go to the upload history',
  'dataPolicy.exportTitle': 'Download everything',
  'dataPolicy.exportBody': 'The Export tab gives you a ZIP with all of the company’s data.',
  'dataPolicy.toExport': 'Go to Export',
  'dataPolicy.companyTitle': 'Delete the company',
  'dataPolicy.companyBody':
    'Owners can delete the company in the Company tab. It can be restored for {days} days; after that all its data is erased.',
  'dataPolicy.toCompany': 'Go to Company',
};
