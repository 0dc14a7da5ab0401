import { ABBREVIATIONS } from './abbreviations';

/** Chat shorthand and slang the lexicon should not have to repeat: "q", "x mes", "el finde". */
const SHORTHAND: Record<string, string[]> = {
  q: ['que'],
  k: ['que'],
  x: ['por'],
  xq: ['por', 'que'],
  pq: ['por', 'que'],
  d: ['de'],
  dl: ['del'],
  tb: ['tambien'],
  finde: ['fin', 'de', 'semana'],
  antier: ['anteayer'],
  findes: ['fines', 'de', 'semana'],
  wkd: ['weekend'],
  avg: ['average'],
  yesterdays: ['yesterday'],
  todays: ['today'],
  prom: ['promedio'],
  vta: ['venta'],
  vtas: ['ventas'],
  cli: ['clientes'],
  // "anoche" is a day and a part of it: yesterday, at night.
  anoche: ['ayer', 'en', 'la', 'noche'],
  mtd: ['month', 'to', 'date'],
  noon: ['12', 'pm'],
  // A dropped final "s", as it is said: "vendimo el lune".
  lune: ['lunes'],
  vendimo: ['vendimos'],
  hicimo: ['hicimos'],
  tuvimo: ['tuvimos'],
  ganamo: ['ganamos'],
  facturamo: ['facturamos'],
  vamo: ['vamos'],
  // A fiscal year in Chile is the calendar year.
  fiscal: [],
  qtd: ['this', 'quarter'],
  // Abbreviations of the calendar typed in chats.
  yday: ['yesterday'],
  ytday: ['yesterday'],
  prev: ['previous'],
  wk: ['week'],
  wks: ['weeks'],
  mth: ['month'],
  mths: ['months'],
  yr: ['year'],
  yrs: ['years'],
  qtr: ['quarter'],
  tmrw: ['tomorrow'],
  tmr: ['tomorrow'],
  prox: ['proximo'],
  sem: ['semana'],
  // The catalog's words for what owners also call otherwise.
  clients: ['customers'],
  client: ['customer'],
  clientela: ['clientes'],
  shop: ['store'],
  shops: ['stores'],
};
/** "q3" stays a quarter: a shorthand is expanded only when no number follows it. */
export const expandShorthand = (token: string, at: number, tokens: string[]): string[] =>
  /^\d/.test(tokens[at + 1] ?? '') ? [token] : (SHORTHAND[token] ?? ABBREVIATIONS[token] ?? [token]);
