import type { AskLanguage, AskQuery } from '@ayni/contracts';
import { againstPeriod } from './answer-format';

/* How a ranking names what it lists, and what a change is against. */

const DIMENSIONS: Record<string, Record<AskLanguage, string>> = {
  product: { es: 'productos', en: 'products' },
  category: { es: 'categorías', en: 'categories' },
  location: { es: 'sucursales', en: 'branches' },
  customer: { es: 'clientes', en: 'customers' },
  seller: { es: 'vendedores', en: 'sellers' },
  payment_method: { es: 'medios de pago', en: 'payment methods' },
  weekday: { es: 'días de la semana', en: 'weekdays' },
  hour: { es: 'horas', en: 'hours' },
  day: { es: 'días', en: 'days' },
  week: { es: 'semanas', en: 'weeks' },
  month: { es: 'meses', en: 'months' },
  quarter: { es: 'trimestres', en: 'quarters' },
  year: { es: 'años', en: 'years' },
};

/** "productos", "semanas": what a ranking of `query.by` lists. */
export const dimensionOf = (query: AskQuery, language: AskLanguage) =>
  DIMENSIONS[query.by]?.[language] ?? query.by;

const PREVIOUS_OF: Record<string, Record<AskLanguage, string>> = {
  day: { es: 'frente al día anterior', en: 'against the day before' },
  week: { es: 'frente a la semana anterior', en: 'against the week before' },
  month: { es: 'frente al mes anterior', en: 'against the month before' },
  quarter: { es: 'frente al trimestre anterior', en: 'against the quarter before' },
  year: { es: 'frente al año anterior', en: 'against the year before' },
};

/** What a change is against; calendar periods ranked by change: each against the one before it. */
export const againstOf = (query: AskQuery, language: AskLanguage): string =>
  query.compare === null && PREVIOUS_OF[query.by]
    ? (PREVIOUS_OF[query.by] as Record<AskLanguage, string>)[language]
    : againstPeriod(query.compare, language);
