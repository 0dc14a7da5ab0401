import type { landingEs } from './es-landing';

export const landingEn: Record<keyof typeof landingEs, string> = {
  'landing.navLabel': 'Account',
  'landing.login': 'Sign in',
  'landing.register': 'Create account',
  'landing.eyebrow': 'Sales intelligence for small businesses',
  'landing.title': 'Upload your sales and understand your business in seconds',
  'landing.subtitle':
    'AYNI reads the file your POS or ERP exports, as it comes, and shows you how much you sell, what sells, who buys from you and how you compare with businesses like yours.',
  'landing.cta': 'Create a free account',
  'landing.haveAccount': 'I already have an account',
  'landing.demo': 'Try the demo',
  'landing.demoStarting': 'Opening the demo…',
  'landing.demoHint': 'No sign-up: a sample company, read-only.',
  'landing.features.title': 'What AYNI does',
  'landing.features.upload.title': 'Your file, no forms',
  'landing.features.upload.body':
    'CSV or Excel with semicolons, decimal commas, $ 12.990 or dd-mm-yyyy dates: we understand it, keep every valid line and explain every rejected one.',
  'landing.features.dashboards.title': 'Dashboards for every role',
  'landing.features.dashboards.body':
    'Owner, operations, marketing and finance: sales by hour, day, week, month and year, products, customers, categories and branches.',
  'landing.features.insights.title': 'Insights and alerts',
  'landing.features.insights.body':
    'Star products, customers at risk, frequent baskets, forecasts and anomalies, with their numbers, in plain words.',
  'landing.features.ask.title': 'Ask in Spanish or English',
  'landing.features.ask.body':
    '"How much did I sell in October vs September?" and you get the answer with the table behind it.',
  'landing.privacy.title': 'Your data is yours',
  'landing.privacy.encrypted':
    'The files you upload are stored encrypted and deleted on their own after the period we state.',
  'landing.privacy.isolated':
    'Each company sees only its own: the database enforces it on every query, not just the application.',
  'landing.privacy.anonymous':
    'The comparison with your industry uses groups of at least 10 companies, without names. You can leave at any time.',
  'landing.privacy.yours': 'You can export all your data or delete your company at any time.',
  'landing.disclaimer': 'AYNI shows information about your sales; it is not financial advice.',
};
