import type { AskLanguage } from '@ayni/contracts';

/* The question's language, from the common words of each: Spanish unless English has more. */

const ENGLISH =
  /(?<![a-z])(what|which|who|how|my|the|is|are|sold|sell|last|this|average|did|do|of|on|in|at|for|to|and|by|were|was|month|year|week|customers|products|sales|revenue|margin|units|number|show|much|many|top|best|least|highest|percentage|monthly|weekly|daily|quarterly|total|i|we|it|will|should|can|be|tomorrow|yesterday|today|whats|when|where|with|have|has|give|gimme|tell|please|about|you|your|our|need|want|from|any|advice|receipts|orders|items|over|under)(?![a-z])/g;
const SPANISH =
  /(?<![a-z])(que|cual|cuales|cuanto|cuanta|cuantos|cuantas|mis|mi|me|el|la|los|las|de|del|en|ventas|vendi|clientes|productos|este|esta|por|mes|ano|semana|son|es|otra|otro|con|para|como|hoy|ayer|un|una|y|tengo|puedo|hay|hubo|sucursal|sucursales|local|locales|tienda|tiendas|categoria|categorias|producto|cliente|venta|vendimos|vendido|boletas|unidades|devoluciones|descuentos|margen|ganancia|dia|dias|hora|horas|mejor|mejores|peor|peores|mas|menos|pasado|pasada|anterior|trimestre|nuevos|lucas|plata|promedio)(?![a-z])/g;

export function detectLanguage(text: string): AskLanguage {
  const english = text.match(ENGLISH)?.length ?? 0;
  const spanish = text.match(SPANISH)?.length ?? 0;
  return english > spanish ? 'en' : 'es';
}
