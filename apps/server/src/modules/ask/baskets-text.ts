import type { AskLanguage } from '@ayni/contracts';
import type { Execution } from './execute-query';

const decimal = (value: number, language: AskLanguage) =>
  new Intl.NumberFormat(language === 'es' ? 'es-CL' : 'en-US', { maximumFractionDigits: 2 }).format(value);

/**
 * «Productos que tus clientes compran juntos…: 1. Arroz + Mayonesa (18 boletas, 2,21 veces lo
 * esperable por azar)»; of one product, the products bought with it.
 */
export function basketsText(run: Execution, productName: string | null, language: AskLanguage): string {
  const es = language === 'es';
  const list = run.items
    .map((item, index) => {
      const tickets = item.value ?? 0;
      const times =
        item.lift === undefined
          ? ''
          : es
            ? `, ${decimal(item.lift, language)} veces lo esperable por azar`
            : `, ${decimal(item.lift, language)} times what chance would give`;
      const count = es
        ? `${tickets} ${tickets === 1 ? 'boleta' : 'boletas'}`
        : `${tickets} ${tickets === 1 ? 'ticket' : 'tickets'}`;
      return `${index + 1}. ${item.label} (${count}${times})`;
    })
    .join('; ');
  if (run.items.length === 0) {
    if (productName)
      return es
        ? `${productName} no aparece en los pares de productos que tus clientes compran juntos con frecuencia (al menos 3 boletas, más de lo esperable por azar).`
        : `${productName} is in none of the pairs of products your customers often buy together (3 tickets or more, more often than chance).`;
    return es
      ? 'Aún no hay pares de productos que tus clientes compren juntos con frecuencia (al menos 3 boletas, más de lo esperable por azar).'
      : 'There are no pairs of products your customers often buy together yet (3 tickets or more, more often than chance).';
  }
  if (productName)
    return es
      ? `Lo que más se compra junto con ${productName}, en todo tu historial: ${list}.`
      : `What is bought most with ${productName}, over all your data: ${list}.`;
  return es
    ? `Productos que tus clientes compran juntos más de lo esperable por azar, en todo tu historial: ${list}. Todos los pares están en Hallazgos.`
    : `Products your customers buy together more often than chance, over all your data: ${list}. Every pair is in Insights.`;
}
