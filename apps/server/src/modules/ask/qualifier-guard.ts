import type { AskDimension, AskLanguage, AskQuery } from '@ayni/contracts';

/*
 * Every qualifier of a structured query must be applied by the executor that runs it. One left
 * out gives a figure that reads as the branch's (product's, Saturday's...) but is the company's:
 * the worst answer Ask can give. Each executor below declares what it applies, mirroring its
 * branches in execute-value.ts, execute-ranking.ts and execute-query.ts; a query carrying
 * anything else is refused, naming it, before it runs. `qualifier-guard.test.ts` checks each
 * declaration against the figures on the demo data.
 */

export const QUALIFIERS = [
  'location',
  'product',
  'category',
  'customer',
  'unit',
  'weekdays',
  'hours',
  'period',
  'compare',
  'uf',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Executor {
  name: string;
  /** Qualifiers whose figures it narrows exactly. */
  applies: readonly Qualifier[];
  /** Why the rest cannot be applied, told to the user. */
  why?: 'customer' | 'segment' | 'baskets';
}

/** The qualifiers a query carries. */
export function qualifiersOf(query: AskQuery): Qualifier[] {
  const f = query.filters;
  const present: Record<Qualifier, boolean> = {
    location: Boolean(f.location),
    product: Boolean(f.product),
    category: Boolean(f.category),
    customer: Boolean(f.customer),
    unit: Boolean(f.unit),
    weekdays: f.weekdays !== null,
    hours: f.hours !== null,
    period: query.period !== null,
    compare: query.compare !== null,
    uf: query.currency === 'UF',
  };
  return QUALIFIERS.filter((name) => present[name]);
}

const SLICE: readonly Qualifier[] = ['location', 'product', 'category', 'weekdays', 'hours'];
const DATES: readonly Qualifier[] = ['period', 'compare', 'uf'];
const CALENDAR: readonly AskDimension[] = ['day', 'week', 'month', 'quarter', 'year'];
const without = (list: readonly Qualifier[], ...left: Qualifier[]) => list.filter((q) => !left.includes(q));

/** What `keyedValues` applies for each dimension of a ranking (or a series). */
function listExecutor(query: AskQuery): Executor {
  const { by, filters } = query;
  if (by === 'product')
    return { name: 'products', applies: [...without(SLICE, 'product'), 'unit', ...DATES] };
  // A unit: the products sold in it, grouped by their category or summed per branch.
  if (by === 'category')
    return { name: 'categories', applies: [...without(SLICE, 'product', 'category'), 'unit', ...DATES] };
  // The branch list is every branch: a branch filter would be ignored.
  if (by === 'location')
    return { name: 'branches', applies: [...without(SLICE, 'location'), 'unit', ...DATES] };
  // Each seller's (payment method's) lines of the exact days, sliced like any line.
  if (by === 'seller') return { name: 'sellers', applies: [...SLICE, ...DATES] };
  if (by === 'payment_method') return { name: 'payment methods', applies: [...SLICE, ...DATES] };
  if (by === 'customer') {
    // At a branch or over a period: their own lines of the exact days; else lifetime profiles.
    if (filters.location) return { name: 'customers at a branch', applies: ['location', ...DATES] };
    if (query.period) return { name: 'customers over days', applies: DATES, why: 'customer' };
    return { name: 'customer profiles', applies: [], why: 'customer' };
  }
  if (by === 'weekday' || by === 'hour') return { name: 'weekday × hour', applies: [...SLICE, ...DATES] };
  if (CALENDAR.includes(by)) {
    // Days are kept by their weekday; other calendar rows hold every weekday and hour. A
    // compared period's rows are other dates, so nothing pairs them with these.
    const days: readonly Qualifier[] = by === 'day' ? ['weekdays'] : [];
    return { name: 'calendar', applies: ['location', 'product', 'category', ...days, 'period', 'uf'] };
  }
  return { name: 'none', applies: [] };
}

/** The executor that runs the query, as `executeQuery` picks it. */
export function executorOf(query: AskQuery): Executor {
  const f = query.filters;
  const clock = f.weekdays !== null || f.hours !== null;
  switch (query.intent) {
    case 'segment':
      // Products that stopped selling: the product lists of the two periods, sliced alike.
      // The insights' pairs are of all the data; of one product, those it is in.
      if (query.segment === 'baskets') return { name: 'baskets', applies: ['product'], why: 'baskets' };
      // Tickets hold many products: a product or category would pick tickets, not their totals.
      if (query.segment === 'largest_tickets')
        return { name: 'largest tickets', applies: ['location', 'weekdays', 'hours', 'period'] };
      if (query.segment === 'unsold')
        return {
          name: 'unsold products',
          applies: [...without(SLICE, 'product'), 'unit', 'period', 'compare'],
        };
      return { name: 'segment', applies: [], why: 'segment' };
    case 'value':
      // Distinct products sold: the product list of the slice, its unit's products alone.
      if (query.metric === 'products_sold')
        return { name: 'products sold', applies: [...without(SLICE, 'product'), 'unit', ...DATES] };
      // One customer's lines of the days asked, or their lifetime profile without a period.
      if (f.customer && query.period)
        return { name: 'customer over days', applies: ['customer', ...DATES], why: 'customer' };
      if (f.customer) return { name: 'customer profile', applies: ['customer'], why: 'customer' };
      // Distinct customers: the slice's own lines; returning ones need new ones, kept per branch.
      if (
        query.metric === 'customers' ||
        query.metric === 'repeat_customers' ||
        query.metric === 'revenue_per_customer'
      )
        return { name: 'customers of a slice', applies: [...SLICE, ...DATES] };
      if (query.metric === 'returning_customers')
        return { name: 'returning customers', applies: ['location', ...DATES] };
      // The product's own rows carry no category: a category with it is not applied.
      if (f.product && !f.location && !clock) return { name: 'product', applies: ['product', ...DATES] };
      // The products sold in that unit, summed over the exact days.
      if (f.unit && !f.product)
        return { name: 'products of a unit', applies: [...without(SLICE, 'product'), 'unit', ...DATES] };
      return { name: 'value', applies: [...SLICE, ...DATES] };
    case 'ranking':
      return listExecutor(query);
    // The period's figures of the company or one branch, each as its own value query runs it.
    case 'summary':
      return { name: 'summary', applies: ['location', ...DATES] };
    case 'series': {
      if (f.product && query.by === 'month' && !f.location && !clock)
        return { name: 'product months', applies: ['product', 'period'] };
      // A series is not compared and spans many periods (one UF each).
      const list = listExecutor(query);
      return { ...list, applies: without(list.applies, 'compare', 'uf') };
    }
  }
}

/** The qualifiers of `query` its executor would leave out (empty: it may run). */
export function unsupportedQualifiers(query: AskQuery): Qualifier[] {
  const executor = executorOf(query);
  const handled = new Set(executor.applies);
  return qualifiersOf(query).filter((name) => !handled.has(name));
}

const NAMES: Record<Qualifier, Record<AskLanguage, string>> = {
  location: { es: 'la sucursal', en: 'the branch' },
  product: { es: 'el producto', en: 'the product' },
  category: { es: 'la categoría', en: 'the category' },
  customer: { es: 'el cliente', en: 'the customer' },
  unit: { es: 'la unidad', en: 'the unit' },
  weekdays: { es: 'los días de la semana', en: 'the days of the week' },
  hours: { es: 'el horario', en: 'the hours' },
  period: { es: 'el período', en: 'the period' },
  compare: { es: 'la comparación', en: 'the comparison' },
  uf: { es: 'la conversión a UF', en: 'the conversion to UF' },
};

export const qualifierName = (name: Qualifier, language: AskLanguage) => NAMES[name][language];

const WHY: Record<NonNullable<Executor['why']>, Record<AskLanguage, string>> = {
  segment: {
    es: 'Los clientes en riesgo y perdidos se calculan con la última compra de cada cliente en toda la empresa (en cualquier sucursal, cualquier producto, día u hora), así que no se pueden separar por eso.',
    en: 'At-risk and lost customers are computed from each customer’s last purchase anywhere in the company (any branch, product, day or hour), so they cannot be split by that.',
  },
  baskets: {
    es: 'Los productos que se compran juntos se calculan con todas tus boletas de todo el historial, así que no se pueden separar por período, sucursal, día u hora.',
    en: 'Products bought together are computed from all your tickets over your whole history, so they cannot be split by period, branch, day or hour.',
  },
  customer: {
    es: 'Las cifras de un cliente son de todas sus compras (en cualquier sucursal, producto, día u hora) de todo su historial o del período que indiques.',
    en: 'A customer’s figures are of all their purchases (at any branch, of any product, day or hour) over their whole history or the period you name.',
  },
};

/** The refusal: which qualifiers cannot be applied, and why, instead of a figure without them. */
export function unsupportedText(
  query: AskQuery,
  unsupported: Qualifier[],
  language: AskLanguage,
  /** The product's name, said instead of its code. */
  productName?: string,
): string {
  const f = query.filters;
  const value: Partial<Record<Qualifier, string | null>> = {
    location: f.location,
    product: productName ?? f.product,
    category: f.category,
    customer: f.customer,
    unit: f.unit,
  };
  const names = unsupported
    .map((name) => `${NAMES[name][language]}${value[name] ? ` «${value[name]}»` : ''}`)
    .join(language === 'es' ? ' ni ' : ' or ');
  const why = executorOf(query).why;
  const reason = why ? ` ${WHY[why][language]}` : '';
  return language === 'es'
    ? `No puedo responder eso con tus datos: no puedo aplicar ${names} a esta pregunta, y sin eso la cifra sería otra que la que pides.${reason}`
    : `I cannot answer that with your data: I cannot apply ${names} to this question, and without it the figure would be another one than you ask for.${reason}`;
}
