import type { LazyMessageKey } from './lazy-message-keys';
import { askEs } from './messages/es-ask';
import { benchmarksEs } from './messages/es-benchmarks';
import { dashboardsEs } from './messages/es-dashboards';
import { shellEs } from './messages/es-shell';

/**
 * Spanish (Chile) copy: the source of truth for message keys. `{name}` placeholders are interpolated.
 * Each area's copy lives in `messages/es-*.ts` (and its English twin in `messages/en-*.ts`).
 */
export const es = {
  ...shellEs,
  ...dashboardsEs,
  ...askEs,
  ...benchmarksEs,

  'app.name': 'AYNI',
  'app.tagline': 'Inteligencia de ventas para tu negocio',
  'app.skipToContent': 'Saltar al contenido',

  'language.label': 'Idioma',
  'language.es': 'Español',
  'language.en': 'English',

  'auth.title': 'Ingresa a tu cuenta',
  'auth.subtitle': 'Revisa tus ventas, boletas y productos en un solo lugar.',
  'auth.email': 'Correo electrónico',
  'auth.password': 'Contraseña',
  'auth.submit': 'Ingresar',
  'auth.submitting': 'Ingresando…',
  'auth.invalidCredentials': 'Correo o contraseña incorrectos.',
  'auth.logout': 'Cerrar sesión',
  'auth.userMenu': 'Menú de usuario',
  'auth.platformAdmin': 'Administrador de plataforma',

  'companies.switcher': 'Empresa',
  'companies.loading': 'Cargando tus empresas…',
  'companies.emptyTitle': 'Aún no tienes empresas',
  'companies.emptyBody': 'Cuando registres tu empresa o te inviten a una, aparecerá aquí.',
  'companies.notFoundTitle': 'No encontramos esta empresa',
  'companies.notFoundBody': 'Puede que no tengas acceso o que el enlace esté incompleto.',

  'dashboard.title': 'Resumen de ventas',
  'dashboard.updated': 'Actualizado: {date}',
  'dashboard.processing': 'Procesando datos…',
  'dashboard.loading': 'Cargando resumen…',
  'dashboard.emptyTitle': 'Aún no hay ventas para mostrar',
  'dashboard.emptyBody':
    'Cuando cargues tus boletas o conectes tu punto de venta, aquí verás tus indicadores.',
  'dashboard.kpi.revenue': 'Ventas netas',
  'dashboard.kpi.tickets': 'Boletas',
  'dashboard.kpi.averageTicket': 'Ticket promedio',
  'dashboard.kpi.units': 'Unidades',
  'dashboard.kpi.returns': 'Devoluciones',
  'dashboard.kpi.region': 'Indicadores del período',
  'dashboard.chart.title': 'Ventas netas por mes',
  'dashboard.chart.label':
    'Gráfico de barras de ventas netas por mes, de {from} a {to}. Mes más alto: {max}.',
  'dashboard.chart.empty': 'Sin ventas mensuales en este período.',
  'dashboard.top.title': 'Productos más vendidos',
  'dashboard.top.product': 'Producto',
  'dashboard.top.category': 'Categoría',
  'dashboard.top.units': 'Unidades',
  'dashboard.top.revenue': 'Ventas',
  'dashboard.top.empty': 'Sin productos vendidos en este período.',
  'dashboard.unit.un': 'un',
  'dashboard.unit.kg': 'kg',
  'dashboard.period.label': 'Período',
  'dashboard.period.3': '3 meses',
  'dashboard.period.6': '6 meses',
  'dashboard.period.12': '12 meses',
  'dashboard.period.18': '18 meses',
  'dashboard.period.all': 'Todo',
  'dashboard.period.range': '{from} – {to}',

  'errors.title': 'No pudimos cargar la información',
  'errors.retry': 'Reintentar',
  'errors.network': 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  'errors.unknown': 'Ocurrió un error inesperado. Inténtalo de nuevo.',

  'notFound.title': 'Página no encontrada',
  'notFound.body': 'La página que buscas no existe o fue movida.',
  'notFound.home': 'Volver al inicio',
} as const;

/** Keys of the copy in the entry chunk (the English catalog has exactly these). */
export type CoreMessageKey = keyof typeof es;
export type CoreMessages = Record<CoreMessageKey, string>;
/** Every key `t` accepts: the entry copy and the copy lazy pages add (see `addMessages`). */
export type MessageKey = CoreMessageKey | LazyMessageKey;
export type Messages = Record<MessageKey, string>;
