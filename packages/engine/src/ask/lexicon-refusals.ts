import { words } from './lexicon';

/*
 * Questions that get a refusal, never a number, because the sales files do not carry the answer
 * (stock, staff, credit, averages per day, shares; advice and the future are in
 * lexicon-advice.ts). Folded text, as in lexicon.ts.
 */

/**
 * Sale events whose days are announced each year, not computed (CyberDay): Ask asks for the
 * days rather than guess them. Black Friday and Holy Week are computed (event-periods.ts).
 */
export const ANNOUNCED_EVENT_WORDS = words('cyber( ?day| ?monday| ?week)?');

/**
 * Seasons, whose days each business counts its own way (summer as December to March, or the
 * January–February holidays): Ask asks for the months instead of choosing. English "spring" and
 * "fall" are left out: they are also verbs.
 */
export const SEASON_WORDS = words(
  'verano',
  'invierno',
  'otono',
  'primavera',
  'temporada (alta|baja)',
  'summer',
  'winter',
  'autumn',
);

/**
 * Taxes: the amounts are the file's as exported (with or without IVA, as the system writes
 * them), so AYNI neither adds nor takes away the IVA.
 */
const TAX_WORDS = words('impuestos?', 'iva', 'taxe?s?', 'vat');

/** Other currencies than pesos and UF: the macro page converts monthly sales to dollars. */
const FOREIGN_CURRENCY_WORDS = words(
  'dolar(es)?',
  'tipo de cambio',
  'dollars?',
  'usd',
  'euros?',
  'exchange rate',
);

/** A topic refused with a reason of its own: taxes, other currencies. */
export function refusedTopic(text: string): 'tax' | 'currency' | null {
  if (TAX_WORDS.test(text)) return 'tax';
  return FOREIGN_CURRENCY_WORDS.test(text) ? 'currency' : null;
}

/** What the sales files do not carry, or no figure of the catalog is. */
export const NOT_IN_DATA_WORDS = words(
  'inventario',
  // Credit given to customers is no data of the sales file.
  'fiados?',
  'deudas?',
  'deudores',
  '(me|nos|le) deben',
  'por cobrar',
  'owe(s)? (me|us)',
  'debts?',
  'receivables',
  'bodega',
  'existencias',
  '(me|nos) queda(n)? (en|de)',
  'stock',
  'proveedor(es)?',
  'empleados?',
  'trabajadores',
  'sueldos?',
  'clima',
  'lluvia',
  'llover',
  'temperatura',
  'bencina',
  'precio de (la|las) acci(on|ones)',
  'rain',
  'share price',
  // Averages per day and shares of the total are no figure of the catalog.
  'cuant[oa]s? [a-z]+ (en )?promedio(?! (por|de|x) (la |las )?(boleta|ticket|compra|venta)s?)',
  '(average|avg) (number of|daily|weekly) (transactions|receipts|customers|sales)',
  '(transactions|receipts|customers|sales) on average per (day|week)',
  'porcentaje de (las |mis )?ventas',
  'participacion',
  // A share of the customers ("¿qué porcentaje de clientes son nuevos?") is no figure of the catalog.
  '(porcentaje|proporcion|percent|percentage|share|fraction) (de|of) (los |mis |the |my |our )?(clientes|customers)',
  '(share|percentage|percent) of (my |the |total )?(sales|revenue)',
  // A part of the margin ("¿qué porcentaje del margen viene de panadería?"), not the margin %.
  '(porcentaje|parte|proporcion) (del|de mi|de la|de las) (margen|ganancias?|utilidad(es)?)',
  '(share|percentage|percent|part) of (my |the |total )*(gross )?(margin|profits?)',
  'what share',
  // "en promedio por boleta" is the average ticket; an average per day or per customer is not kept.
  'en promedio(?! (por|de|x) (la |las )?(boleta|ticket|compra|venta)s?)',
  'on average(?! per (ticket|receipt|sale|order|basket))',
  'por lo general',
  'normalmente',
  'usually',
  'typically',
  // An average of the company's own is no period to compare with: "comparado con el promedio".
  '(comparad[oa]s?|vs|versus|respecto|frente|contra|sobre|bajo|encima del|debajo del) (al |a |con )?(el |del |mi )?promedio',
  '(compared (to|with)|vs|versus|above|below) (the |my )?average',
  // What one group of customers spent, and sales with a discount, are no figure of the catalog.
  '(cuanto|cuanta plata|how much) ([a-z]+ ){0,4}(clientes nuevos|nuevos clientes|new customers)',
  '(boletas|ventas|tickets|transacciones|compras) con descuentos?',
  '(transactions|sales|receipts|orders|tickets) with (a )?discounts?',
  '(vend|compr|factur)[a-z]* con descuentos?',
  'tax',
  'vat',
  // Sales by seller and by payment method are breakdowns (ENTITY_WORDS); one seller's or one
  // payment's sales ("¿cuánto vendió Ana?", "¿cuánto vendí en efectivo?") are no filter yet.
  '(el|la|del|de la|al|a la|mi) (vendedor|vendedora|cajero|cajera)(?! (que|con|de|del|mas|menos|estrella|top))',
  '(the|my) (seller|salesperson|cashier) (?!(who|that|with|of))[a-z]+',
  'garzon(es)?',
  'waiters?',
  'efectivo',
  'tarjetas?',
  'cash flow',
  // Opening hours are not in the sales file: "a qué hora cierra la matriz".
  '((a )?que hora|what time|when) ([a-z]+ ){0,3}(abre|cierra|abren|cierran|abrimos|cerramos|open|close|opens|closes)',
  'horario de (atencion|apertura|cierre)',
  'opening hours',
  // "¿cuánto vendí un domingo?": no day named. Asked as a habit ("¿cuánto vendo un domingo?") it
  // is the sales per such day (DAILY_SALES_WORDS, a kept figure).
  '(?<!el )(un|una|cualquier) (dia )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?! \\d)',
  // Voided receipts are dropped on import; a share of the total is no figure of the catalog.
  'anulad(a|as|o|os)',
  'anulaciones',
  'voided',
  'voids',
  '(aporta|aportan|representa|representan|pesa|pesan)( [a-z]+){0,3} ((al|del|en el|sobre el) total|(a|en|de) (mis |las )?ventas)',
  // "average spend per visit" is the average ticket; revenue per visit without it is not kept.
  '(?<!average )(revenue|sales|spend|spending) per visit',
  // Units per ticket and cash on hand are no figure of the catalog.
  '(hay|tengo|tenemos|queda|quedan) en (la )?caja',
  '(in|on) (the )?(register|till|cash drawer)',
  'cash (on hand|balance)',
  // The smallest single sale is no figure kept (the largest tickets are: LARGEST_TICKET_WORDS).
  '(?<!(dia|mes|semana|hora|horario|ano|trimestre)( de| con)?( la| el)? )(venta|boleta|compra|transaccion)( individual| unica)? mas (chica|baja|pequena)',
  '(?<!(day|week|month|hour|year) (with|of) (the|our|my) )(smallest|lowest) (single )?(sale|receipt|order|transaction|purchase)(?![a-z]| (day|week|month|hour))',
  '(gano|ganamos|ganancia|margen|profit|margin) (por|x|per) (boleta|ticket|venta|cliente|sale|customer|receipt)',
  'contribut(e|es|ion) to (the )?total',
  // Promotions and campaigns are not marked in the sales file.
  'promo(s|cion|ciones)?',
  'campanas?',
  'publicidad',
  'marketing',
  'promotions?',
  'campaigns?',
  'advertising',
  'ads',
  // Products with no sales, and prices, are not figures of sales: "qué productos no se vendieron".
  '(no|nunca) se (vendieron|vendio|venden|vende|ha vendido|han vendido)',
  'sin ventas',
  // Days, hours or branches without a sale are no list the stored figures hold.
  '(dias|fechas|horas|sucursales|days|dates|hours|branches)( [a-z]+){0,2} (que )?(no|sin|without) (vendi|vendimos|vendio|vendieron|se vendio|hubo ventas|tuve ventas|tuvimos ventas|ventas|sales|sold|did i sell)',
  '(did not|didnt|never|not) (sell|sold)',
  'no sales',
  // An average count per day is no figure of the catalog: "el promedio de clientes por día".
  '(promedio|average) (de |of )?(clientes|boletas|ventas|transacciones|unidades|customers|sales|transactions|units|receipts) (por|al|x|per|a) (dia|semana|mes|day|week|month)',
  '(?<!(ticket|boleta|venta|compra|gasto|valor) )promedio (diario|semanal|mensual)',
  '(daily|weekly|monthly) average',
  // How many products the shop has is no figure of the sales ("¿cuántos productos vendí?" is the
  // units sold; "¿cuántos productos distintos vendí?" the products with a sale).
  'cuant[oa]s (productos|articulos|items|skus|referencias) (tengo|tenemos|hay|manejo|manejamos|ofrezco|ofrecemos)',
  'how many (products|items|skus) (do|does) (i|we) (have|carry|offer)',
  // What a product costs the shop is no figure of the sales file (its price to customers is:
  // PRICE_WORDS in lexicon.ts); the price of the shop's supplies neither.
  '(me|nos|le) (cuesta|cuestan|costo|costaron)',
  'cost(s)? of (a|an|the|one)',
  // A unit's cost or purchase price is no Ask figure either: not the selling price, nor the cost
  // of everything sold.
  'precios? de (costo|compra)',
  'costos? (unitario|por unidad|por kilo|de compra)',
  'unit costs?',
  'costs? per (unit|item|piece|kilo)',
  'purchase prices?',
  'a cuanto (lo |la |los |las )?(compro|compramos|compre|compra)',
  // Holidays as a set of days, and the ends or starts of every month, are no filter Ask has
  // ("el feriado del 1 de noviembre" is a day, read in periods).
  '(los|en|de los|en los) (dias )?feriados',
  '(?<!hasta )(a|los|en los|al) (fin|fines|final|finales|principios?|inicios?|comienzos?) de(l)? mes(?! (de|del|pasado|anterior)(?![a-z]))',
  // Exclusions, ratios between figures and tickets above an amount are no query the catalog holds.
  'sin contar',
  // Who bought in one period and not in another is a set difference no query holds.
  '(pero|y) no (en|el|la|los|las|durante|este|esta)',
  'but not (in|on|during|last|this)',
  'excepto',
  'excluyendo',
  'salvo',
  'except',
  'excluding',
  '(not|without) counting',
  '(porcentaje|tasa|proporcion|ratio|%) de (devoluciones|descuentos?)',
  '(return|refund|discount) (rate|ratio|percentage)',
  '(sobre|del total de) (las|mis) ventas',
  '(mas|menos) de \\d+ ?(lucas|pesos|mil|k|clp)',
  '(over|above|under|below|more than|less than) \\$?\\d+(?! (years?|months?|weeks?|days?|hours?))',
  // Net results need costs and expenses the sales file does not carry; only the gross margin is known.
  '(utilidad|ganancia|margen|resultado)(es)? net[oa]s?',
  'net (profit|income|margin|earnings)',
  'ebitda',
  'gastos',
  // What the owner spent ("¿cuánto gasté?"), not what customers spent ("¿cuánto gastó el cliente?").
  'gaste',
  'gastamos',
  '(he|hemos) gastado',
  '(did )?(i|we) spend',
  '(i|we) spent',
  'costos? fijos',
  'expenses',
  'flujo de caja',
  // "cuánto hago al día": an average per day, not a total.
  '(?<!(?:respecto|comparad[oa]|frente|igual|vs) )(al|a la) (dia|semana|mes)(?! de hoy| anterior| pasad[oa]| antepasad[oa]| siguiente)',
  '(sell|make|earn|sales) (a|per) (day|week) on average',
  'frecuencia de compra',
  'purchase frequency',
  // "un martes normal" of tickets or units: no average per day kept (of the sales, a kept figure).
  '(un|una) (lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|semana|mes) (normal|tipic[oa]|promedio|cualquiera)',
  'typical (day|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  'competencia',
  'competidor(es|a|as)?',
  'arriendo',
  'inventory',
  'suppliers?',
  'employees?',
  'salar(y|ies)',
  'taxes',
  'weather',
  'competitors?',
  'rent',
);
