import { words } from './words';

/*
 * Averages per day, week or month the catalog answers: the sales, tickets and identified
 * customers per day with sales (of some weekdays too), the sales per whole month or week. Folded
 * text, as in lexicon.ts, whose metric table reads them first.
 */

/** A quantity named before the verb: "¿cuántas unidades (de pan) vendo al día?" asks no sales. */
const NOT_A_QUANTITY =
  '(?<!(unidades|kilos|kg|litros|productos|articulos|items|cajas|paquetes)( [a-z]+){0,3} )';

/**
 * "los lunes", "los fines de semana", "un sábado": an average over those days is per day ("en
 * promedio los lunes", "en promedio un sábado").
 */
const ON_WEEKDAYS =
  '(los|el|cada|un|on) (lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fines? de semana|findes?|dias (habiles|de semana)|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays)';

/**
 * Sales per day on average ("¿cuánto vendo en promedio al día?", "en promedio los lunes"). Always
 * with the sales named: tickets and customers per day are below.
 */
export const DAILY_SALES_WORDS = words(
  'ventas? diarias? promedio',
  'ventas? promedio (diaria|por dia|al dia|cada dia)',
  'promedio (diario|por dia|al dia|cada dia) de (la |las |mis )?ventas?',
  'promedio de (la |las |mis )?ventas? (diarias?|por dia|al dia|cada dia)',
  // Not "¿cuántas unidades (de pan) vendo en promedio al día?": a quantity, not the sales.
  `${NOT_A_QUANTITY}vend[a-z]* (mas |menos )?(en )?promedio (al|por|cada) dia`,
  `${NOT_A_QUANTITY}vend[a-z]* (al|por|cada) dia en promedio`,
  `${NOT_A_QUANTITY}vend[a-z]* (mas |menos )?(en )?promedio ${ON_WEEKDAYS}`,
  `${NOT_A_QUANTITY}vend[a-z]* ${ON_WEEKDAYS} en promedio`,
  `ventas? promedio (de |en )?${ON_WEEKDAYS}`,
  // "¿cuánto vendo un sábado normal?", "¿cuánto vendo un domingo?": a typical one of those days
  // (present tense: "¿cuánto vendí un sábado?" names no day).
  `${NOT_A_QUANTITY}vend[a-z]* (en )?un (lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|dia) (normal|tipico|cualquiera|comun|promedio)`,
  `${NOT_A_QUANTITY}(vendo|vendemos|se vende|facturo|facturamos) (en )?(un|cualquier) (dia )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?! \\d)`,
  `(sales|revenue|sell) (on )?(a )?typical (day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
  `typical (day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s)? (sales|revenue)`,
  `average (daily )?(sales|revenue) ${ON_WEEKDAYS}`,
  // Present tense: "¿cuánto vendí por día la semana pasada?" is the series of those days.
  'cuanto (vendo|vendemos|se vende) (al|por|cada) dia',
  'average daily (sales|revenue)',
  'daily average (sales|revenue)',
  'average (sales|revenue) (per|a) day',
  '(sales|revenue) per day on average',
  'sell on average (per|a) day',
  'sell (per|a) day on average',
);

/**
 * Net sales per month or per week on average ("¿cuánto vendo al mes?", "venta mensual
 * promedio"): whole months or weeks of the data, a present habit or an average named.
 */
const periodSales = (es: string, adjective: string, en: string, enAdjective: string) =>
  words(
    `ventas? ${adjective}s? promedio`,
    `ventas? promedio (${adjective}|por ${es}|al ${es}|a la ${es}|cada ${es})`,
    `promedio (${adjective}|por ${es}|al ${es}|a la ${es}|cada ${es}) de (la |las |mis )?ventas?`,
    `promedio de (la |las |mis )?ventas? (${adjective}s?|por ${es}|al ${es}|a la ${es}|cada ${es})`,
    `${NOT_A_QUANTITY}vend[a-z]* (mas |menos )?(en )?promedio (al|a la|por|cada|x) ${es}`,
    `${NOT_A_QUANTITY}vend[a-z]* (al|a la|por|cada|x) ${es} en promedio`,
    // Present tense, a branch between: "¿cuánto vende Providencia al mes?".
    `cuanto (vendo|vende|venden|vendemos|se vende|facturo|factura|facturamos)( [a-z]+){0,3} (al|a la|por|cada|x) ${es}`,
    `average ${enAdjective} (sales|revenue)`,
    `${enAdjective} average (sales|revenue)`,
    `average (sales|revenue) (per|a) ${en}`,
    `(sales|revenue) per ${en} on average`,
    `sells? (more |less )?(on average )?(per|a) ${en}( on average)?`,
  );
export const MONTHLY_SALES_WORDS = periodSales('mes', 'mensual', 'month', 'monthly');
export const WEEKLY_SALES_WORDS = periodSales('semana', 'semanal', 'week', 'weekly');

/**
 * Tickets per day on average ("¿cuántas boletas hago al día?"): an average or a present habit;
 * "¿cuántas boletas hice por día en noviembre?" is the series of those days.
 */
const TICKET = '(boletas|transacciones|tickets)';
const DAILY = '(al|por|cada|x) dia';
/**
 * "un martes normal", "un sábado", "cualquier domingo": a typical one of those days, asked as a
 * present habit (not "el martes 4"). Tickets and customers use it as the sales do above.
 */
const TYPICAL_WEEKDAY =
  '(en promedio )?(un|cualquier) (dia )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?! \\d)';
const TYPICAL_WEEKDAY_EN =
  '(on )?(a )?typical (day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const HABIT_VERB =
  '(hago|hacemos|emito|emitimos|tengo|tenemos|se hacen|hace|hacen|saco|sacamos|vendo|vendemos)';
export const DAILY_TICKETS_WORDS = words(
  `${TICKET} (diarias )?(en )?promedio ${DAILY}`,
  // "¿cuántas transacciones promedio hago los sábados?": per Saturday.
  `${TICKET} (en )?promedio (${HABIT_VERB} )?${ON_WEEKDAYS}`,
  `cuant[oa]s ${TICKET} ${HABIT_VERB} (en )?promedio ${ON_WEEKDAYS}`,
  `cuant[oa]s ${TICKET} ${HABIT_VERB} ${ON_WEEKDAYS} en promedio`,
  `${TICKET} diari[oa]s (en )?promedio`,
  `promedio diario de ${TICKET}`,
  `promedio de ${TICKET} ${DAILY}`,
  // "¿cuántas boletas (de pan) hago al día?", "¿cuántas boletas hice en promedio al día?".
  `cuant[oa]s (${TICKET.slice(1, -1)}|ventas) ([a-z0-9]+ ){0,4}${HABIT_VERB}( en promedio)? ${DAILY}`,
  `cuant[oa]s (${TICKET.slice(1, -1)}|ventas) ([a-z0-9]+ ){0,3}(en promedio ${DAILY}|${DAILY} en promedio)`,
  `cuant[oa]s (${TICKET.slice(1, -1)}|ventas) ${DAILY} ${HABIT_VERB}`,
  // "¿qué sucursal hace más boletas al día?".
  `${HABIT_VERB} (mas |menos )?${TICKET} (en promedio )?${DAILY}`,
  '(average|avg|mean) (number of )?daily (transactions|receipts|tickets)',
  '(average|avg|mean) (number of )?(transactions|receipts|tickets) (per|a) day',
  '(transactions|receipts|tickets) (per|a) day on average',
  'how many (transactions|receipts|tickets|sales) (do|does) ([a-z]+ ){1,3}(per|a|each) day',
  // "¿cuántas boletas hago un martes normal?", "tickets on a typical Saturday".
  `cuant[oa]s (${TICKET.slice(1, -1)}|ventas) ${HABIT_VERB} ${TYPICAL_WEEKDAY}`,
  `(transactions|receipts|tickets) ${TYPICAL_WEEKDAY_EN}`,
);

/**
 * Identified customers per day on average ("¿cuántos clientes atiendo al día?"): an average or a
 * present habit, as for tickets; "¿cuántos clientes tuve cada día de la semana pasada?" stays
 * the series of those days.
 */
const SERVE_VERB =
  '(atiendo|atendemos|atiende|atienden|tengo|tenemos|tiene|tienen|recibo|recibimos|recibe|reciben|viene|vienen|llega|llegan|entra|entran|me compran|nos compran|compran)';
export const DAILY_CUSTOMERS_WORDS = words(
  `clientes (diarios )?(en )?promedio ${DAILY}`,
  'clientes diarios (en )?promedio',
  'promedio diario de clientes',
  `promedio de clientes ${DAILY}`,
  // "¿cuántos clientes atiendo al día?", "¿cuántos clientes (distintos) tengo en promedio por día?".
  `cuant[oa]s clientes ([a-z0-9]+ ){0,4}${SERVE_VERB}( en promedio)? ${DAILY}`,
  `cuant[oa]s clientes ([a-z0-9]+ ){0,3}(en promedio ${DAILY}|${DAILY} en promedio)`,
  `cuant[oa]s clientes ${DAILY} ${SERVE_VERB}`,
  // "¿qué sucursal atiende más clientes al día?".
  `${SERVE_VERB} (mas |menos )?clientes (en promedio )?${DAILY}`,
  '(average|avg|mean) (number of )?daily customers',
  '(average|avg|mean) (number of )?customers (per|a) day',
  'customers (per|a) day on average',
  'how many customers (do|does) ([a-z]+ ){1,3}(per|a|each) day',
  // "¿cuántos clientes atiendo un sábado normal?", "customers on a typical Monday".
  `cuant[oa]s clientes ${SERVE_VERB} ${TYPICAL_WEEKDAY}`,
  `customers ${TYPICAL_WEEKDAY_EN}`,
);
