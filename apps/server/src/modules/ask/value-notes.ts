import type { AskLanguage, AskMetric } from '@ayni/contracts';
import { formatValue } from './answer-format';
import type { Item } from './execute-ranking';

/* What a value answer says about how its figure is measured, after the figure itself. */

/** The margin's coverage, and who a customer figure counts. */
export function figureNotes(metric: AskMetric, item: Item, language: AskLanguage): string {
  const es = language === 'es';
  let notes = '';
  // A margin is shown with its coverage: it measures only the lines that carry a cost.
  if (item.coverage !== null && item.coverage !== undefined && item.coverage < 100) {
    const share = formatValue(item.coverage, '%', language);
    notes += es
      ? ` Mide el ${share} de la venta que trae costo; el resto no tiene costo en tus datos.`
      : ` It measures the ${share} of sales that carry a cost; the rest has no cost in your data.`;
  }
  if (metric === 'revenue_per_customer') {
    notes += es
      ? ' Son las ventas netas de los clientes que tus ventas identifican (RUT o código), divididas por cuántos compraron; las ventas sin cliente no cuentan.'
      : ' It is the net sales of the customers your sales identify (tax id or code), divided by how many bought; sales without a customer are left out.';
  }
  // Pieces and kilos do not add up: the total is said with what it mixes.
  if (item.byUnit && item.byUnit.length > 1) {
    const parts = item.byUnit.map(
      ({ unit, value }) => `${formatValue(value, unit === 'un' ? 'count' : 'weighed', language)} ${unit}`,
    );
    const list = `${parts.slice(0, -1).join(', ')} ${es ? 'y' : 'and'} ${parts.at(-1)}`;
    notes += es
      ? ` Suma productos que se venden en unidades distintas: ${list}. Pregunta por «kilos» o por «unidades» de un producto para verlos aparte.`
      : ` It adds products sold in different units: ${list}. Ask for "kilos", or for one product's units, to see them apart.`;
  }
  // Customers are those the files identify: a shop that names few of them serves more people.
  if (metric === 'avg_daily_customers') {
    notes += es
      ? ' Cuenta los clientes que tus ventas identifican (RUT o código); para todas las atenciones, pregunta por las boletas al día.'
      : ' It counts the customers your sales identify (tax id or code); for every sale served, ask for the tickets per day.';
  }
  return notes;
}

/** A price is measured, not set: what customers paid on average. */
export function priceNote(metric: AskMetric, language: AskLanguage): string {
  if (metric === 'avg_unit_price') {
    return language === 'es'
      ? ' Es lo que pagaron en promedio: la venta de sus líneas de venta dividida por sus unidades (sin devoluciones).'
      : ' It is what customers paid on average: the sales of its sale lines over their units (returns aside).';
  }
  return '';
}
