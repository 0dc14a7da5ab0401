import { askEn } from './messages/en-ask';
import { benchmarksEn } from './messages/en-benchmarks';
import { dashboardsEn } from './messages/en-dashboards';
import { shellEn } from './messages/en-shell';
import type { CoreMessages } from './messages-es';

export const en: CoreMessages = {
  ...shellEn,
  ...dashboardsEn,
  ...askEn,
  ...benchmarksEn,

  'app.name': 'AYNI',
  'app.tagline': 'Sales intelligence for your business',
  'app.skipToContent': 'Skip to content',

  'language.label': 'Language',
  'language.es': 'Español',
  'language.en': 'English',

  'auth.title': 'Sign in to your account',
  'auth.subtitle': 'Track your sales, receipts and products in one place.',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.submit': 'Sign in',
  'auth.submitting': 'Signing in…',
  'auth.invalidCredentials': 'Wrong email or password.',
  'auth.logout': 'Sign out',
  'auth.userMenu': 'User menu',
  'auth.platformAdmin': 'Platform administrator',

  'companies.switcher': 'Company',
  'companies.loading': 'Loading your companies…',
  'companies.emptyTitle': 'You have no companies yet',
  'companies.emptyBody': 'Once you register your company or someone invites you, it will show up here.',
  'companies.notFoundTitle': 'We could not find this company',
  'companies.notFoundBody': 'You may not have access to it, or the link is incomplete.',

  'dashboard.title': 'Sales overview',
  'dashboard.updated': 'Updated: {date}',
  'dashboard.processing': 'Processing data…',
  'dashboard.loading': 'Loading overview…',
  'dashboard.emptyTitle': 'No sales to show yet',
  'dashboard.emptyBody':
    'Once you upload your receipts or connect your point of sale, your figures will show up here.',
  'dashboard.kpi.revenue': 'Net sales',
  'dashboard.kpi.tickets': 'Receipts',
  'dashboard.kpi.averageTicket': 'Average ticket',
  'dashboard.kpi.units': 'Units',
  'dashboard.kpi.returns': 'Returns',
  'dashboard.kpi.region': 'Key figures for the period',
  'dashboard.chart.title': 'Net sales by month',
  'dashboard.chart.label': 'Bar chart of net sales by month, from {from} to {to}. Best month: {max}.',
  'dashboard.chart.empty': 'No monthly sales in this period.',
  'dashboard.top.title': 'Top products',
  'dashboard.top.product': 'Product',
  'dashboard.top.category': 'Category',
  'dashboard.top.units': 'Units',
  'dashboard.top.revenue': 'Sales',
  'dashboard.top.empty': 'No products sold in this period.',
  'dashboard.unit.un': 'pcs',
  'dashboard.unit.kg': 'kg',
  'dashboard.period.label': 'Period',
  'dashboard.period.3': '3 months',
  'dashboard.period.6': '6 months',
  'dashboard.period.12': '12 months',
  'dashboard.period.18': '18 months',
  'dashboard.period.all': 'All',
  'dashboard.period.range': '{from} – {to}',

  'errors.title': 'We could not load this information',
  'errors.retry': 'Try again',
  'errors.network': 'We could not reach the server. Check your connection and try again.',
  'errors.unknown': 'Something unexpected happened. Please try again.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for does not exist or was moved.',
  'notFound.home': 'Back to home',
};
