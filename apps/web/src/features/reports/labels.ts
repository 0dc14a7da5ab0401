import type { DashboardKind } from '@ayni/contracts';
import { useI18n } from '../../lib/i18n/use-i18n';

// The page's copy travels with its lazy chunk (the shared catalogs stay small).

const es = {
  nav: 'Informes',
  eyebrow: 'Informes',
  title: 'Informes ejecutivos en PDF',
  subtitle:
    'Un resumen de tus ventas listo para compartir con tu banco, socios o contador: indicadores, gráficos, productos, hallazgos y contexto.',
  requestTitle: 'Pedir un informe',
  role: 'Vista',
  periodKind: 'Tipo de período',
  period: 'Período',
  language: 'Idioma del informe',
  'kind.month': 'Mes',
  'kind.quarter': 'Trimestre',
  'kind.year': 'Año',
  'lang.es': 'Español',
  'lang.en': 'Inglés',
  'role.owner': 'Dueño',
  'role.operations': 'Operaciones',
  'role.marketing': 'Marketing',
  'role.finance': 'Finanzas',
  generate: 'Generar informe',
  requested: 'Pedimos el informe; lo verás abajo mientras se genera.',
  listTitle: 'Informes recientes',
  empty: 'Aún no hay informes.',
  loading: 'Cargando informes…',
  'status.queued': 'En cola',
  'status.running': 'Generando… {progress} %',
  'status.completed': 'Listo · {pages} páginas',
  'status.failed': 'Falló',
  download: 'Descargar PDF',
  downloadLabel: 'Descargar el informe {role} de {period}',
  scheduled: 'Programado',
  scheduleTitle: 'Informes por correo',
  scheduleBody:
    'Recibe el informe de la semana o del mes anterior en tu correo. Puedes anular la suscripción desde el mismo correo.',
  weekly: 'Cada lunes (semana anterior)',
  monthly: 'Cada día 1 (mes anterior)',
  nextRun: 'Próximo envío: {date}',
  save: 'Guardar',
  saved: 'Guardamos tus preferencias.',
};

type Copy = typeof es;

const en: Copy = {
  nav: 'Reports',
  eyebrow: 'Reports',
  title: 'Executive PDF reports',
  subtitle:
    'A summary of your sales ready to share with your bank, partners or accountant: figures, charts, products, insights and context.',
  requestTitle: 'Request a report',
  role: 'View',
  periodKind: 'Period type',
  period: 'Period',
  language: 'Report language',
  'kind.month': 'Month',
  'kind.quarter': 'Quarter',
  'kind.year': 'Year',
  'lang.es': 'Spanish',
  'lang.en': 'English',
  'role.owner': 'Owner',
  'role.operations': 'Operations',
  'role.marketing': 'Marketing',
  'role.finance': 'Finance',
  generate: 'Generate report',
  requested: 'Report requested; follow it below while it is built.',
  listTitle: 'Recent reports',
  empty: 'No reports yet.',
  loading: 'Loading reports…',
  'status.queued': 'Queued',
  'status.running': 'Building… {progress}%',
  'status.completed': 'Ready · {pages} pages',
  'status.failed': 'Failed',
  download: 'Download PDF',
  downloadLabel: 'Download the {role} report for {period}',
  scheduled: 'Scheduled',
  scheduleTitle: 'Reports by e-mail',
  scheduleBody:
    'Get last week’s or last month’s report in your inbox. You can unsubscribe from the e-mail itself.',
  weekly: 'Every Monday (previous week)',
  monthly: 'On the 1st (previous month)',
  nextRun: 'Next e-mail: {date}',
  save: 'Save',
  saved: 'Your preferences were saved.',
};

export type ReportCopyKey = keyof Copy;

export function useReportLabels() {
  const { language } = useI18n();
  const copy = language === 'es' ? es : en;
  const dates = new Intl.DateTimeFormat(language === 'es' ? 'es-CL' : 'en-US', { dateStyle: 'medium' });
  return {
    language,
    l: (key: ReportCopyKey, values: Record<string, string | number> = {}) =>
      copy[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')),
    role: (role: DashboardKind) => copy[`role.${role}`],
    date: (iso: string) => dates.format(new Date(iso)),
  };
}
