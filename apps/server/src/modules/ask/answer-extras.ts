import {
  type AskAnswer,
  type AskChart,
  type AskLanguage,
  type AskQuery,
  CATEGORY_SORTS,
  CUSTOMER_COUNT_METRICS,
  CUSTOMER_SORTS,
  HOUR_SORTS,
  LOCATION_SORTS,
  PAYMENT_METHOD_SORTS,
  PRODUCT_SORTS,
  SELLER_SORTS,
} from '@ayni/contracts';
import { inPeriod, itemLabel, METRIC_LABEL, periodLabel } from './answer-format';
import type { Execution } from './execute-query';
import { type SliceName, sliceParams } from './slice-params';

/* The chart, the deep link and the fallback texts of an answer. */

export function chartOf(
  query: AskQuery,
  run: Execution,
  unit: string,
  language: AskLanguage,
): AskChart | null {
  const label = METRIC_LABEL[query.metric][language];
  // Products without a sale are charted by what they sold in the earlier period.
  const title =
    query.segment === 'unsold' && query.compare ? `${label} ${inPeriod(query.compare, language)}` : label;
  if (run.items.length === 0) return null;
  // Pairs of products are a list with their tickets, not a chart of one figure.
  if (query.segment === 'baskets') return null;
  if (query.intent === 'value') {
    const item = run.items[0];
    if (!item || item.value === null) return null;
    if (!query.compare) {
      return {
        type: 'kpi',
        title,
        categories: [periodLabel(query.period, language)],
        series: [{ name: title, values: [item.value] }],
        unit,
      };
    }
    return {
      type: 'bar',
      title,
      categories: [periodLabel(query.compare, language), periodLabel(query.period, language)],
      series: [{ name: title, values: [item.previous ?? null, item.value] }],
      unit,
    };
  }
  const categories = run.items.map((item) => itemLabel(query.by, item.key, item.label, language));
  const byChange = query.intent === 'ranking' && query.ranking?.by === 'change';
  return {
    type: query.intent === 'series' ? 'line' : 'bar',
    title,
    categories,
    series: [
      {
        name: title,
        // Products without a sale: what each sold before.
        values: run.items.map((item) =>
          query.segment === 'unsold'
            ? (item.previous ?? null)
            : byChange
              ? (item.change ?? null)
              : item.value,
        ),
      },
    ],
    unit,
  };
}

const SORTS: Record<string, readonly string[]> = {
  product: PRODUCT_SORTS,
  customer: CUSTOMER_SORTS,
  category: CATEGORY_SORTS,
  location: LOCATION_SORTS,
  seller: SELLER_SORTS,
  payment_method: PAYMENT_METHOD_SORTS,
  // The weekday × hour view shows the metric it is sorted by.
  hour: HOUR_SORTS,
};

const SLICE_PARAMS: Record<string, readonly SliceName[]> = {
  product: ['location', 'category', 'clock'],
  category: ['location', 'clock'],
  location: ['product', 'category', 'clock'],
  customer: ['location'],
  seller: ['location', 'product', 'category', 'clock'],
  payment_method: ['location', 'product', 'category', 'clock'],
  hour: ['location', 'product', 'category', 'clock'],
};

/**
 * The explorer view showing these figures, with the query's dates, sort and slice; null when no
 * view shows them. Without a period a customer's figures are their lifetime profile (no dates); no
 * view crosses one customer with a branch, a product or a time, and Ask refuses those, so such
 * links carry the customer alone. The customer list takes a range and a branch (their purchases
 * of those days there); a segment is of lifetime profiles, so its link carries no dates (Ask
 * refuses a segment with a branch or any other qualifier: qualifier-guard).
 */
export function linkOf(companyId: string, query: AskQuery): string | null {
  const base = `/c/${companyId}`;
  const params = new URLSearchParams();
  if (customersOverDays(query)) return null;
  // Products bought together are listed on the insights page, with every pair.
  if (query.segment === 'baskets') return `${base}/insights`;
  // No view lists the products without a sale in a period, tickets, nor categories or branches of one unit.
  if (query.segment === 'unsold' || query.segment === 'largest_tickets') return null;
  if (query.filters.unit && (query.by === 'category' || query.by === 'location')) return null;
  if (query.filters.customer) {
    return `${base}/explore/customer?${new URLSearchParams({ customer: query.filters.customer })}`;
  }
  if (query.period) {
    params.set('from', query.period.from);
    params.set('to', query.period.to);
  }
  let level: string;
  if (['product', 'customer', 'category', 'location', 'seller', 'payment_method'].includes(query.by)) {
    level = query.by;
    if (query.intent === 'segment') {
      params.delete('from');
      params.delete('to');
      const search = params.toString();
      return `${base}/explore/${level}${search ? `?${search}` : ''}`;
    }
    if (SORTS[level]?.includes(query.metric)) params.set('sort', `-${query.metric}`);
  } else if (['day', 'week', 'month', 'quarter', 'year'].includes(query.by)) {
    level = query.by;
    // Days of some weekdays: the day view keeps them (Ask answers no other grain by weekday).
    if (level === 'day' && query.filters.weekdays) params.set('weekdays', query.filters.weekdays.join(','));
  } else if (query.metric === 'products_sold') {
    // The products sold are the rows of the product list of the slice.
    level = 'product';
  } else if (query.by === 'weekday' || query.by === 'hour' || query.filters.weekdays || query.filters.hours) {
    // The weekday × hour grid of the slice, its weekdays and hours kept and summed by the view.
    level = 'hour';
    if (SORTS.hour?.includes(query.metric)) params.set('sort', `-${query.metric}`);
  } else if (query.filters.product) {
    level = 'product';
  } else if (query.filters.category) {
    level = 'category';
  } else {
    const grain = query.period?.grain;
    level = !grain || grain === 'range' ? (grain === 'range' ? 'day' : 'month') : grain;
  }
  // The branch, product or category the figures are of, as the level's endpoint filters them.
  const slice = sliceParams(query.filters, SLICE_PARAMS[level] ?? ['location', 'product', 'category']);
  for (const [name, value] of Object.entries(slice)) params.set(name, value);
  // "¿qué productos vendí más en kilos?": the product list of that unit.
  if (level === 'product' && query.filters.unit) params.set('unit', query.filters.unit);
  const search = params.toString();
  return `${base}/explore/${level}${search ? `?${search}` : ''}`;
}

/**
 * Customers' own figures over a period, company-wide: the explorer's customer views read
 * `/customers/{id}` (a lifetime profile) and `/customers?from=&to=` (lifetime profiles of those who
 * bought in the range), so none shows these; a link to them would show other figures.
 */
/** One customer's figures over days: no view shows one customer over a range. */
function customersOverDays(query: AskQuery): boolean {
  return query.period !== null && query.intent !== 'segment' && Boolean(query.filters.customer);
}

/** In place of the customer suggestion, for a company whose files name no customer. */
const WITHOUT_CUSTOMERS: Record<AskLanguage, [string, string]> = {
  es: ['¿Qué clientes están en riesgo?', '¿Qué productos no se vendieron el mes pasado?'],
  en: ['Which customers are at risk?', 'Which products did not sell last month?'],
};

/** `answer` with suggestions a company whose files name no customer can ask. */
export const withoutCustomerSuggestions = (answer: AskAnswer): AskAnswer => {
  const [customers, products] = WITHOUT_CUSTOMERS[answer.language];
  return { ...answer, suggestions: answer.suggestions.map((s) => (s === customers ? products : s)) };
};

export const SUGGESTIONS: Record<AskLanguage, string[]> = {
  es: [
    '¿Cómo me fue el mes pasado?',
    '¿Cuáles son mis 5 productos más vendidos este año?',
    '¿Cuál es mi ticket promedio los sábados?',
    '¿Qué clientes están en riesgo?',
    'Ventas por mes este año',
  ],
  en: [
    'How did we do last month?',
    'Top 5 products this year',
    'What is my average ticket on Saturdays?',
    'Which customers are at risk?',
    'Monthly sales this year',
  ],
};

const CANNOT: Record<AskLanguage, string> = {
  es: 'No puedo responder eso con tus datos.',
  en: 'I cannot answer that with your data.',
};

const WHY: Record<string, Record<AskLanguage, string>> = {
  advice: {
    es: 'No doy consejos financieros ni de inversión; sí puedo mostrarte tus propias cifras.',
    en: 'I give no financial or investment advice; I can show you your own figures.',
  },
  future: {
    es: 'Solo respondo sobre ventas ya registradas, no sobre el futuro.',
    en: 'I only answer about sales already recorded, not about the future.',
  },
  not_in_data: {
    es: 'Tus archivos de ventas no traen esa información, o AYNI no la calcula (inventario, empleados, costos fijos, unidades promedio por día...).',
    en: 'Your sales files do not carry that information, or AYNI does not compute it (inventory, staff, fixed costs, units per day on average...).',
  },
  tax: {
    es: 'No separo el IVA ni otros impuestos: tus cifras son los montos tal como vienen en tu archivo de ventas (con o sin IVA, según lo exporte tu sistema). Pregúntame por la venta, por ejemplo «¿cuánto vendí en noviembre?».',
    en: 'I do not split out IVA or other taxes: your figures are the amounts as your sales file carries them (with or without IVA, as your system exports them). Ask for the sales, e.g. "how much did I sell in November?".',
  },
  currency: {
    es: 'Respondo en pesos o en UF («¿cuánto vendí en UF en noviembre?»). Tu venta de cada mes en dólares, al dólar observado promedio del mes, está en la página Contexto macroeconómico.',
    en: 'I answer in pesos or in UF ("how much did I sell in UF in November?"). Your sales of each month in dollars, at the month\'s average observed dollar, are on the Macro context page.',
  },
  not_understood: { es: 'No entendí qué cifra buscas.', en: 'I did not understand which figure you want.' },
  ambiguous: { es: '¿A cuál te refieres?', en: 'Which one do you mean?' },
  share_of_what: {
    es: 'No encuentro en la pregunta un producto, categoría, sucursal o cliente tuyo del que calcular la parte de la venta (por ejemplo, «¿qué porcentaje de mis ventas es panadería?»). Otras partes, como las devoluciones, no las calculo.',
    en: 'I find no product, category, branch or customer of yours in the question to compute its part of the sales (e.g. "what share of my sales is bakery?"). Other parts, such as returns, I do not compute.',
  },
  metric_not_at_level: {
    es: 'Esa cifra no existe a ese nivel en tus datos (por ejemplo, boletas por producto).',
    en: 'That figure does not exist at that level in your data (e.g. transactions per product).',
  },
  combination: {
    es: 'Esa combinación de filtros no está en los datos guardados.',
    en: 'That combination of filters is not in the stored data.',
  },
  unknown_entity: { es: 'No encuentro eso en tus datos.', en: 'I cannot find that in your data.' },
  uf_unavailable: {
    es: 'No tengo el valor de la UF para esa fecha.',
    en: 'I do not have the UF value for that date.',
  },
  compare_before_data: {
    es: 'El período con que comparas empieza antes de tu primera venta cargada: todo habría crecido solo porque tus datos empiezan ahí. Compara períodos que tus datos cubran enteros (por ejemplo, «este trimestre vs el trimestre pasado»).',
    en: 'The period you compare with begins before your first loaded sale: everything would have grown only because your data starts there. Compare periods your data covers whole (e.g. "this quarter vs last quarter").',
  },
  no_sellers: {
    es: 'Tus archivos de ventas no dicen quién vendió cada línea (una columna «Vendedor» o «Cajero»), así que no puedo separar la venta por vendedor. Si tu sistema lo registra, inclúyelo en la exportación y vuelve a subirla.',
    en: 'Your sales files do not say who sold each line (a "Seller" or "Cashier" column), so I cannot split sales by seller. If your system records it, include it in the export and upload it again.',
  },
  no_payment_methods: {
    es: 'Tus archivos de ventas no dicen cómo se pagó cada venta (una columna «Método de pago» o «Forma de pago»), así que no puedo separar la venta por medio de pago. Si tu sistema lo registra, inclúyelo en la exportación y vuelve a subirla.',
    en: 'Your sales files do not say how each sale was paid (a "Payment method" column), so I cannot split sales by payment method. If your system records it, include it in the export and upload it again.',
  },
  customers_by_clock: {
    es: 'No cuento clientes por hora ni por día de la semana (quien compra a varias horas contaría varias veces). Pregunta por las boletas: «¿a qué hora tengo más boletas?».',
    en: 'I do not count customers by hour or weekday (someone buying at several hours would count several times). Ask for the tickets: "at what time do I have the most transactions?".',
  },
  no_customers: {
    es: 'Tus archivos de ventas no identifican a tus clientes (RUT o código de cliente), así que no puedo contarlos ni nombrarlos. Si tu sistema los registra, inclúyelos en la exportación y vuelve a subirla.',
    en: 'Your sales files do not identify your customers (tax id or customer code), so I cannot count or name them. If your system records them, include them in the export and upload it again.',
  },
  event_dates: {
    es: 'No sé en qué días fue cada CyberDay (la Cámara de Comercio de Santiago los anuncia cada año). Pregúntame por esos días, por ejemplo «¿cuánto vendí del 1 al 3 de junio?».',
    en: 'I do not know which days each CyberDay was (the Santiago Chamber of Commerce announces them every year). Ask for those days, e.g. "how much did I sell from 1 to 3 June?".',
  },
  season_dates: {
    es: 'Cada negocio cuenta sus temporadas a su manera (el verano, ¿de diciembre a marzo o solo enero y febrero?). Pregúntame por los meses, por ejemplo «¿cuánto vendí de enero a febrero?».',
    en: 'Every business counts its seasons its own way (summer: December to March, or only January and February?). Ask for the months, e.g. "how much did I sell from January to February?".',
  },
  customer_kind: {
    es: 'No separo la venta, las boletas, el ticket ni el margen por tipo de cliente (nuevos, que vuelven, frecuentes, sin RUT...), ni defino quién es un cliente «frecuente». Sí puedo contarte cuántos clientes nuevos tuviste y cuántos volvieron a comprar en un período, y listar tus mejores clientes o los que están en riesgo.',
    en: 'I do not split sales, tickets, the average ticket or the margin by kind of customer (new, returning, frequent, without a tax id...), nor define who is a "frequent" customer. I can tell you how many new customers you had and how many came back in a period, and list your best customers or those at risk.',
  },
  price_of_what: {
    es: 'El precio promedio es de un producto (kilos y unidades de productos distintos no se promedian): pregunta por uno, por ejemplo «¿a cuánto vendo la marraqueta?», o por «el producto más caro».',
    en: 'The average price is a product\'s (kilos and pieces of different products do not average): ask for one, e.g. "how much do I sell bread for?", or for "the most expensive product".',
  },
  no_data: {
    es: 'Aún no hay ventas cargadas: sube un archivo y vuelve a preguntar.',
    en: 'There are no sales loaded yet: upload a file and ask again.',
  },
};

/** A query about customers: counted, ranked, or a lifecycle segment of them. */
export const countsCustomers = (query: AskQuery): boolean =>
  query.by === 'customer' ||
  (query.intent === 'segment' && (query.segment === 'at_risk' || query.segment === 'churned')) ||
  CUSTOMER_COUNT_METRICS.includes(query.metric);

/** An answer without figures: a refusal (with questions that can be answered) or a plain text. */
export const emptyAnswer = (language: AskLanguage, kind: AskAnswer['kind'], answer: string): AskAnswer => ({
  kind,
  language,
  answer,
  values: [],
  chart: null,
  link: null,
  query: null,
  confidence: 1,
  sources: [],
  suggestions: kind === 'unanswerable' ? SUGGESTIONS[language] : [],
});

export function refusalText(reason: string, language: AskLanguage, options: string[] = []): string {
  if (reason === 'unknown_name') {
    const name = options[0] ?? '';
    return language === 'es'
      ? `${CANNOT.es} No encuentro «${name}» entre tus productos, categorías ni sucursales.`
      : `${CANNOT.en} I cannot find "${name}" among your products, categories or branches.`;
  }
  if (reason === 'ambiguous' && options.length > 0) {
    // Nothing is missing from the data: the question fits several names, so it asks which.
    const names = options.slice(0, 6).join(' · ');
    return language === 'es'
      ? `Tu pregunta calza con varios nombres de tus datos: ${names}. ¿A cuál te refieres? Pregunta de nuevo con su nombre completo.`
      : `Your question fits several names in your data: ${names}. Which one do you mean? Ask again with its full name.`;
  }
  const why = WHY[reason]?.[language] ?? '';
  const choices = options.length ? ` ${options.slice(0, 6).join(' · ')}` : '';
  return `${CANNOT[language]} ${why}${choices}`.trim();
}
