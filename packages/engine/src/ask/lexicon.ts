import type { AskMetric } from '@ayni/contracts';
import {
  DAILY_CUSTOMERS_WORDS,
  DAILY_SALES_WORDS,
  DAILY_TICKETS_WORDS,
  MONTHLY_SALES_WORDS,
  WEEKLY_SALES_WORDS,
} from './lexicon-averages';
import { words } from './words';

export {
  DAILY_CUSTOMERS_WORDS,
  DAILY_SALES_WORDS,
  DAILY_TICKETS_WORDS,
  MONTHLY_SALES_WORDS,
  WEEKLY_SALES_WORDS,
} from './lexicon-averages';
export { words } from './words';

/*
 * Words of the questions, on folded text (no accents, lower case, numbers as digits). Order
 * matters: the first entry that matches wins, so specific phrases come before general ones.
 */

/**
 * A slice's part of the sales ("¿qué porcentaje de mis ventas es panadería?", "¿cuánto pesa
 * Providencia?"). Answered for a product, category, branch or customer, or ranked by them.
 */
export const SHARE_WORDS = words(
  '(porcentaje|parte|proporcion|participacion|%) (de|en) (las |mis |la |mi |el |nuestras )?(ventas?|venta total|facturacion)',
  'participacion',
  'cuanto (pesa|pesan|representa|representan|aporta|aportan)',
  '(pesa|pesan|representa|representan|aporta|aportan)( mas| menos)? (en|de|a) (las |mis |la |mi )?ventas?',
  '(share|percentage|percent|part) of (my |the |our |total )?(sales|revenue)',
  // "what share of my margin": a part of the margin, which is not kept.
  'what share(?! of (my |the |our |total )*(gross )?(margin|profit))',
);

/** Net units per ticket: "¿cuántas unidades por boleta?", "¿cuántos productos lleva cada boleta?". */
export const UNITS_PER_TICKET_WORDS = words(
  '(unidades|productos|articulos|items) (en )?(promedio )?(por|x|en cada|de cada|en la) (boleta|ticket|compra|venta|transaccion)',
  '(unidades|productos|articulos|items) (lleva|llevan|trae|traen|tiene|tienen) (en promedio )?(cada|la|una) (boleta|compra|venta)',
  'cada (boleta|compra|venta) (lleva|trae|tiene) (en promedio )?(cuant[oa]s )?(unidades|productos|articulos)',
  '(units|items|products) per (transaction|ticket|receipt|order|basket|sale)',
  'units_per_transaction',
);

/**
 * A product's average selling price: "¿a cuánto vendo la marraqueta?", "precio promedio de la
 * palta", "¿cuál es el producto más caro?". Before the sales and the ticket.
 */
export const PRICE_WORDS = words(
  'precios? (promedio|medio|de venta|unitario|por unidad|por kilo)',
  '(el|su|al|que|a que) precio',
  'precios?',
  'a (que|cuanto) precio',
  'a cuanto (lo |la |los |las )?(vendo|vendi|vendemos|vendimos|vende|venden|vendio|se vende|se vendio|sale|salio|cobro|cobramos)',
  '(?<!(me|nos|le) )cuanto (cuesta|cuestan|vale|valen)',
  'mas car(o|a|os|as)',
  'mas barat(o|a|os|as)',
  '(average|avg|mean) (unit |selling |sale )?prices?',
  '(unit|selling) prices?',
  'prices?',
  'price per (unit|kilo|kg)',
  'how much (do|did|does) (i|we|it|they) (sell|charge)( [a-z0-9-]+){0,4} for',
  '(most|least) expensive',
  'cheapest',
);

/** "¿Cuánto gasta en promedio un cliente?": a customer's net sales, not a ticket's. */
export const PER_CUSTOMER_WORDS = words(
  // "el gasto promedio de mis clientes" stays the average ticket (what a visit spends).
  '(gasto|consumo|compra|venta|ticket) promedio (por|de cada|de un) cliente',
  '(gasto|consumo|compra|venta) (por|de cada) cliente',
  'cuanto (me )?(gasta|compra|consume|deja)( en promedio)? (un|cada) cliente',
  'cuanto (me )?(gasta|compra|consume|deja) (un|cada) cliente en promedio',
  'cuanto (gastan|compran|consumen) (en promedio )?(mis |los )?clientes( en promedio)?',
  '(average )?(spend|spending|revenue|sales) per (customer|client)',
  'average (customer|client) (spend|spending|value)',
  'how much does (a|each|the average) (customer|client) (spend|buy)',
  'revenue_per_customer',
);

/** "¿Cuántos productos distintos vendí?": the products with a sale, not the units sold. */
export const PRODUCTS_SOLD_WORDS = words(
  'cuant[oa]s (productos|articulos|items|skus|referencias)( [a-z]+)? (distint[oa]s|diferentes)',
  'cuant[oa]s (productos|articulos|items|skus|referencias) (distint[oa]s|diferentes)',
  '(cantidad|numero) de (productos|articulos|items|skus|referencias) (distint[oa]s|diferentes|vendid[oa]s)',
  'variedad de productos',
  // "¿qué sucursal vende más productos distintos?": the count ranked, not the sales.
  '(mas|menos|more|fewer) (productos|articulos|items|skus|products) (distint[oa]s|diferentes|different|distinct|unique)',
  'how many (different|distinct|unique) (products|items|skus)',
  '(number|count) of (different |distinct |unique )?(products|items|skus) (sold|with sales)',
  'products_sold',
);

/**
 * The commissions paid to the sellers, all of them together: a figure of the file, though who
 * sold is a breakdown of its own ("¿cuánta comisión ganó cada vendedor?": by seller).
 */
export const SELLERS_COMMISSION_WORDS = words(
  '(?<!(cada|por|que|cual|cuales) )comision(es)? (de|a|para) (los |las |mis |nuestros |nuestras )?vendedor(es|as)',
  '(?<!(each|per|which) )(sellers?|salespe(rson|ople)) commissions?',
  '(?<!(each|per|which) )commissions? (of|to|for) (my |the |our )?(sellers|salespeople)(?! each)',
);

/**
 * What the goods sold cost the shop ("¿cuánto me costó la mercadería vendida?"), which the lines'
 * costs give, unlike what anything else costs it ("¿cuánto me cuesta el arriendo?", refused).
 */
export const COST_OF_SOLD_WORDS = words(
  '(cost(o|aron)|cuesta(n)?) ([a-z]+ ){0,3}(vendid[oa]s?|que vend[a-z]*)',
  'cost of (the )?(goods|products|items|merchandise) sold',
);

export const METRIC_WORDS: readonly [AskMetric, RegExp][] = [
  ['products_sold', PRODUCTS_SOLD_WORDS],
  ['revenue_per_customer', PER_CUSTOMER_WORDS],
  ['revenue_share_pct', SHARE_WORDS],
  ['avg_unit_price', PRICE_WORDS],
  // Before the ticket and the sales: "venta promedio por día" is neither.
  ['avg_daily_transactions', DAILY_TICKETS_WORDS],
  ['avg_daily_customers', DAILY_CUSTOMERS_WORDS],
  ['avg_daily_revenue', DAILY_SALES_WORDS],
  ['avg_monthly_revenue', MONTHLY_SALES_WORDS],
  ['avg_weekly_revenue', WEEKLY_SALES_WORDS],
  [
    'avg_ticket',
    words(
      'ticket(s)? (promedio|medio)',
      'boleta(s)? promedio',
      'promedio (por|de|de la|del|de las|de los) (boleta|ticket|compra|venta)s?',
      'valor promedio (de|por) (la |las )?(boleta|compra|venta)s?',
      'gasto promedio',
      'compra promedio',
      // "¿qué sucursal vende más por boleta?": the amount of a ticket, not the sales.
      '(venta|gasto|monto|vende|vendo|venden|vendemos|vendimos|gasta|gastan) (mas |menos )?por (boleta|ticket|compra)',
      'average (ticket|spend|sale|basket|order)( value| size)?',
      // The words the other way round: "our ticket average", "ticket size".
      '(ticket|basket|order) (average|avg)',
      'ticket size',
      'avg ticket',
      'avg_ticket',
      'aov',
      // "¿qué día tiene el ticket más alto?": the average ticket of each (ticket-query.ts reads
      // the ticket más alto alone as the largest tickets).
      '(mejor|peor|mayor|menor)(es)? ticket',
      'ticket (mas|menos) (alto|bajo|grande|chico)',
      '(highest|lowest|best|worst|biggest|smallest) (average )?tickets?',
      // "¿qué tal el ticket?": the ticket in the singular is its average amount, not a count.
      '(el|mi|nuestro|the|my|our) ticket(?! (mas|menos|mayor|menor|maximo|minimo|highest|lowest|biggest|smallest))',
    ),
  ],
  [
    'margin_pct',
    words(
      'margen( bruto)? (porcentual|%|en %|en porcentaje|pct)',
      '(porcentaje|%) de margen',
      '(percent|percentage|%) (of )?margin',
      'margin (%|percent|percentage|pct|rate)',
      'margin_pct',
      'profit margin',
      // "margin on snacks as a percentage", "el margen de los snacks en porcentaje".
      'margin( [a-z]+){0,4} (as a|in) (percentage|percent|%)',
      'margen( [a-z]+){0,4} (en|como) (porcentaje|%)',
    ),
  ],
  [
    'gross_margin',
    words(
      'margen( bruto)?',
      'ganancias?',
      'utilidad(es)?',
      // What a seller earned in commissions ("¿cuánta comisión ganó cada vendedor?") is no margin.
      '(?<!comision(es)?( [a-z]+){0,2} )gan(e|amos|o|aste|ado|aron)(?!( [a-z]+){0,4} comision)',
      'dej(a|an|o|aron) (mas |menos )?(plata|lucas|ganancia)',
      // "cuánta plata me dejó la botillería": what is left after costs, not what came in.
      '(plata|lucas) (me|nos) (dej(a|an|o|aron)|ha dejado|han dejado)',
      '(cuanto|que) (me|nos) (dej(a|an|o|aron)|ha dejado|han dejado)',
      'rentab(le|les|ilidad)',
      // Selling at a loss is a margin below zero (LOSS_WORDS ranks them from the lowest).
      '(bajo|por debajo del?) (el )?costo',
      'below cost',
      '(a|con) perdida',
      'at a loss',
      '(gross )?margin',
      'profits?',
      'profitable',
      'profitability',
      'gross_margin',
    ),
  ],
  ['units_per_transaction', UNITS_PER_TICKET_WORDS],
  [
    'repeat_customers',
    words(
      '(clientes?|compradores?|personas)( [a-z]+){0,3} (mas de una vez|dos veces o mas|2 veces o mas|(dos|2) o mas veces)',
      '(customers?|buyers?|shoppers?|people)( [a-z]+){0,3} (more than once|twice or more|two or more times)',
      'repeat_customers',
    ),
  ],
  [
    'returning_customers',
    words(
      '(clientes?|compradores?|personas) (que )?(volvieron|vuelven|regresaron|regresan|repitieron|repiten)',
      '(volvieron|vuelven|regresaron|regresan) a comprar',
      '(clientes?|compradores?) (recurrentes|que repiten|que ya (habian comprado|compraron antes))',
      '(returning|repeat) (customers?|buyers?|shoppers?)',
      '(customers?|buyers?|shoppers?|people) (who |that )?(came|come|coming) back',
      'came back',
      'returning_customers',
    ),
  ],
  [
    'new_customers',
    words(
      '(clientes?|compradores?) nuevos?',
      'nuevos? (clientes?|compradores?)',
      'new (customers?|shoppers?|buyers?)',
      'new_customers',
      'first( |-)time (customers?|buyers?|shoppers?)',
    ),
  ],
  [
    'return_lines',
    words('lineas (devueltas|de devolucion(es)?)', '(returned|return|refund|refunded) lines', 'return_lines'),
  ],
  [
    'returns',
    words(
      '(cuantas|numero de|cantidad de) (devoluciones|reembolsos)',
      '(how many|number of) (returns|refunds)',
      // "returns count", "el número total de devoluciones": a count, not the amount.
      '(count|number|numero|cantidad|nro)( total)? (of |de )?(las |the )?(devoluciones|reembolsos|returns|refunds)',
      '(devoluciones|reembolsos|returns|refunds) (count|counted|contadas|en cantidad|en numero)',
      // "¿cuántas boletas tuvieron devoluciones?": the documents with a return.
      '(cuantas|numero de|cantidad de) (boletas|ventas|compras|transacciones|documentos)( [a-z]+){0,2} (con |tuvieron |tienen )?(devoluciones|devolucion|reembolsos?)',
      '(how many|number of) (receipts|tickets|sales|transactions|orders|documents)( [a-z]+){0,2} (with|had|have) (returns|a return|refunds)',
    ),
  ],
  [
    'returned_amount',
    words(
      'devoluciones',
      // "los productos más devueltos".
      'devuelt(o|a|os|as)',
      'devolucion',
      'devolv(i|imos|ieron|io)',
      'reembolsos?',
      'returns',
      '(return|refund) (amount|value|total)s?',
      'refund(s|ed)?',
      'returned',
    ),
  ],
  // The cost of what was sold ("¿cuál fue el costo de ventas?", "¿cuánto costó lo que vendí?"):
  // before the sales, which it is not. After the margins: "margen sobre el costo" is a margin.
  ['cost', words('costos?', 'costs?', 'cogs', 'costaron', 'cuesta(n)? lo que vend')],

  // Sellers' commissions ("¿cuánta comisión pagué?"): before the sales, which "pagué" is not.
  ['commission', words('comision(es)?', 'commissions?')],
  ['discount', words('descuentos?', 'descont(o|e|amos|aron|ado|ados)', 'rebajas', 'discount(s|ed)?')],
  [
    'units',
    words(
      '(cuantos|numero de|cantidad de) (productos|articulos)',
      'how many (products|items)',
      'unidades',
      'kilos',
      'kilogramos',
      'kg',
      // "coca cola de 3 litros" is a size, not a quantity asked for.
      '(?<![0-9] )litros',
      'units',
      'cantidad vendida',
      'volumen',
      'items sold',
    ),
  ],
  // "how many people shopped": people are customers, unless "gente" asks how busy it was.
  ['customers', words('(how many|number of) (people|shoppers|buyers|persons)')],
  [
    'transactions',
    words(
      'boletas',
      '(cuantas veces|how many times)( [a-z]+){0,2} (compro|compraron|vino|vinieron|bought|came|purchased|shopped)',
      'transacciones',
      'tickets',
      '(numero|cantidad) de (ventas|compras|boletas)',
      'cuantas (ventas|compras|boletas)',
      'transactions',
      // A visit is a purchase: "top customers by number of visits", "los clientes que más vienen".
      'visit(s|as)',
      '(mas|menos) (vienen|viene|visitan|frecuentan|seguido)',
      'orders',
      'receipts',
      'gente',
      'people',
      // "la hora de más movimiento": how busy it is, in purchases.
      'movimiento',
      'flujo',
      'busy',
      'busiest',
      'concurrid(o|a|os|as)',
      '(how many|number of) (sales|purchases|orders|tickets|receipts|invoices)',
    ),
  ],
  [
    'customers',
    words(
      '(cuantos|numero de|cantidad de) clientes',
      '(cuantas|numero de|cantidad de) personas',
      'clientes (distintos|unicos|atendidos)',
      '(how many|number of|unique) customers',
      'customers? count',
    ),
  ],
  [
    'revenue',
    words(
      'ventas?',
      'vend(i|imos|o|e|io|ieron|emos|ido|iendo)',
      'factur(e|amos|acion|ado|o)',
      'ingresos?',
      'recaudacion',
      'revenue',
      'sales',
      'sold',
      'sell(s|ing)?',
      'turnover',
      'income',
      'earn(ed|ings)?',
      'plata',
      'lucas',
      // "cuánto se hizo en la caja", "how much did we bring in": what came in.
      'cuanto (se )?(hizo|hice|hicimos|hicieron|hace|hago|hacemos)',
      '(en|a) (la )?caja',
      '(cuanto|cuanta plata|cuantas lucas|plata que|lucas que) (me |nos |)entr(o|a|aron)',
      '(cash|money|what|how much) (came|comes|coming|come) in',
      '(bring|brought|take|took|bringing|taking) in',
      'how much (did|do|have) (i|we) (make|made)',
    ),
  ],
  ['customers', words('clientes', 'customers')],
];
