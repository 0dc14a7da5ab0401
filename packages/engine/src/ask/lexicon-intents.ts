import { words } from './lexicon';

/*
 * Words that change what kind of answer a question gets: a customer segment, help, or amounts in
 * UF (refusals are in lexicon-refusals.ts). Folded text, as in lexicon.ts.
 */

/**
 * Products that did not sell in a period ("¿qué productos no se vendieron el mes pasado?"): always
 * with products named, so "¿qué días no vendí?" stays refused, and never "nunca" (every product
 * listed sold some day).
 */
const PRODUCTS = '(productos?|articulos?|items?|skus?|products?)';
const SOLD_THEN_NOT = `${PRODUCTS}( [a-z]+){0,3} (que )?(vendi|vendimos|se vendieron|vendieron|sold|did i sell)( [a-z0-9]+){1,4} (y|pero|but) (no|not) (en|el|la|in|on|during)`;
/** The period sold in comes first, the one without a sale second. */
export const SOLD_THEN_NOT_WORDS = words(SOLD_THEN_NOT);
export const UNSOLD_PRODUCT_WORDS = words(
  `${PRODUCTS}( [a-z]+){0,4} (que )?no (se )?(vendieron|vendio|venden|vende|ha vendido|han vendido|vendi|vendimos|he vendido|hemos vendido|tuvieron ventas|tuvo ventas|tienen ventas|tiene ventas)`,
  `${PRODUCTS}( [a-z]+){0,3} sin (ventas|venta|vender|venderse|movimiento)`,
  `${PRODUCTS}( [a-z]+){0,3} (que )?(deje|dejamos|dejaron|dejo|he dejado|hemos dejado|han dejado|ha dejado) de (vender|venderse)`,
  `${PRODUCTS}( [a-z]+){0,3} (that )?(did not|have not|has not|do not|does not) (sell|sold|been sold)`,
  `${PRODUCTS}( [a-z]+){0,2} (with )?no sales`,
  // "¿qué productos vendí en octubre y no en noviembre?": sold in the first period, not the second.
  `${SOLD_THEN_NOT}`,
  `(stopped|stop) selling`,
);

export const SEGMENT_WORDS: readonly ['at_risk' | 'churned', RegExp][] = [
  [
    'at_risk',
    words(
      'en riesgo',
      'at risk',
      'at-risk',
      'riesgo de (fuga|irse|perderlos|abandono)',
      'por perder',
      '(por|a punto de) irse',
      '(por|a punto de) dejar de (comprar|venir|volver)',
      'about to leave',
      'likely to (churn|leave)',
    ),
  ],
  [
    'churned',
    words(
      'perdid(o|os|as)',
      // "perdí clientes", but "la plata que perdí en devoluciones" is an amount.
      '(?<!(plata|lucas|dinero) )perdi(mos)?(?!( [a-z]+){0,2} (devoluciones|descuentos|plata|lucas|dinero|margen))',
      'se (perdieron|fueron|han ido)',
      'se fueron',
      '(dejaron|dejo|han dejado|ha dejado) de (comprar|venir|volver|aparecer|ir)',
      'churn(ed)?',
      'lost customers',
      '(customers|clients) (lost|gone)',
      // "how many customers did we lose", "clientes que no vienen hace tiempo": gone for a while.
      '(customers|clientes)( [a-z]+){0,3} (lose|lost)',
      'no (vienen|viene|compran|compra|aparecen|vuelven) (hace|desde|en) (tiempo|mucho|meses|semanas)',
      'hace (tiempo|mucho|meses) (que )?no (vienen|viene|compran|compra|aparecen|vuelven)',
      '(have not|has not|havent|hasnt) (bought|purchased|shopped|come back|returned|been back)( anything)? (in (a while|a long time|months|weeks)|recently|lately|since|for)',
      'inactivos',
      'fugados',
      'no (han|ha) (vuelto|venido|regresado|comprado)',
      'ya no (vienen|viene|compran|compra|vuelven|vuelve|volvieron)',
      'no (volvieron|vuelven|regresaron)',
      'stopped (buying|coming)',
      '(never|did not|didnt) come back',
    ),
  ],
];

/**
 * The largest single tickets: "¿cuál fue la boleta más grande?", "las 10 ventas más altas de
 * noviembre", "our biggest sale"; not the day, month or product of the most sales.
 */
export const LARGEST_TICKET_WORDS = words(
  '(?<!(dia|dias|mes|meses|semana|hora|horario|ano|trimestre|producto|categoria|sucursal|local|cliente)( de| con| tiene| tuvo)?( la| el| las| los)? )(ventas?|boletas?|compras?|transacciones|transaccion|tickets?)( individual(es)?| unic[oa]s?)? (mas (grandes?|alt[oa]s?|car[oa]s?)|record)',
  '(mayor(es)?|mas grandes?) (boletas?|compras?|tickets?)',
  // "the highest sales" are the sales of a period: only a single sale or a ticket word.
  '(?<!(day|week|month|hour|year|product|category|branch|store) (with|of) (the|our|my) )((biggest|largest) (single )?(sale|receipts?|orders?|transactions?|purchases?|tickets?)|highest (single )?(receipts?|tickets?|orders?))(?![a-z]| (day|week|month|hour))',
);

/** The days the data covers: "¿cuándo fue mi última venta?", "¿desde cuándo tengo datos?". */
export const COVERAGE_WORDS = words(
  '(cuando|que dia|que fecha|de que fecha|de cuando) (fue|es|era) (mi|la|nuestra|tu) (ultima|primera) (venta|boleta|compra|transaccion|linea)',
  '(desde|hasta) (cuando|que fecha|que dia) (tengo|hay|tienes|tenemos|llegan|van|cubren) (datos|ventas|mis datos|mis ventas|los datos)',
  '(desde|hasta) (cuando|que fecha|que dia) (llegan|van) (mis|los|tus) (datos|ventas)',
  '(que|cuantos) (periodo|periodos|fechas|meses|dias) (cubren|abarcan|tienen|incluyen) (mis|los|tus) datos',
  'when (was|is) (my|our|the) (last|latest|first|most recent) (sale|receipt|transaction|order)',
  '(what|which) (dates|period|days|months) (does|do) (my|the|our) data cover',
  'how far back (does|do|can) (my |the |our )?data',
);

/** When one customer last or first bought: "¿cuándo compró por última vez el cliente …?". */
export const CUSTOMER_VISIT_WORDS = words(
  '(cuando|que dia|que fecha) (fue la (ultima|primera) vez que )?([a-z]+ ){0,2}(compro|vino|me compro|nos compro)( [a-z0-9.-]+){0,4} por (ultima|primera) vez',
  'cuando fue la (ultima|primera) vez que ([a-z]+ ){0,3}(compro|vino)',
  '(ultima|primera) (compra|visita) (del|de la|de) (cliente|rut)',
  'when did ([a-z0-9.-]+ ){1,4}(last|first) (buy|purchase|shop|come)',
  '(last|first) (purchase|visit) (of|by) (customer|rut)',
);

/** Products bought together in the same tickets: "¿qué productos se venden juntos?". */
export const BASKET_WORDS = words(
  '(se )?(venden|vendo|vendemos|compran|llevan|van) juntos',
  'que (mas )?(se )?(lleva|llevan|compra|compran) (junto )?con (el|la|los|las|mi|mis|un|una)',
  '(se )?(compra|compran|lleva|llevan|vende|venden) junto con',
  'canastas?',
  'cross[ -]?sell(ing)?',
  'venta cruzada',
  '(bought|sold|purchased) together',
  'frequently bought',
  '(buy|buys|bought) along with',
  'what (do|does|did) ([a-z]+ ){0,2}(buy|get) (along )?with',
  'market basket',
);

export const HELP_WORDS = words(
  'que (es|son|significa|significan|quiere decir) (el|la|los|las|un|una)',
  'que significa',
  '(donde|como) (cambio|cambiar|configuro|configurar|invito|invitar|agrego|agregar|borro|borrar|elimino|eliminar|descargo|descargar)',
  'contrasena',
  'hay (alguna )?forma de',
  'es posible (ver|saber|exportar|descargar|filtrar)',
  'is there a way to',
  'ayuda(me)? a (entender|leer|interpretar|usar)',
  'help me (understand|read|use)',
  'how (do|can) i (see|view|find|get|check)',
  'can i (connect|integrate|link|sync|import|export|upload|download|add|invite|change)',
  'puedo (conectar|integrar|sincronizar|vincular)',
  '(diferencia|difference) (entre|between) (el |la |los |las |the )?(ventas?|margen|ticket|utilidad|ganancia|boletas|clientes|ingresos?|facturacion|revenue|margin|sales|profit|tickets|transactions)',
  'se puede(n)? (exportar|descargar|imprimir|compartir|importar|subir|cargar|conectar|integrar)',
  '(que|what) (es|is|hace|does) (ayni|esto|esta app|this app)',
  'como (se|sabe|saber|puedo saber) (si|cuando|cual)',
  'how (do|can) i (know|tell) (if|whether|when|which)',
  'how (do|can|should) i (add|change|invite|remove|delete|set up|setup|configure|create|reset)',
  'password',
  'para que (sirve|sirven|se usa|se usan)',
  'what (is|are) (the |a |an )?[a-z ]+ used for',
  'que quiere decir',
  'como se (calcula|calculan|mide|miden|obtiene|define|cuenta|cuentan)',
  'como (calculan|calcula|calculas)',
  'de donde sale',
  'definicion de',
  'explica(me)?',
  'what (is|are) (a|an)',
  // Concepts of the glossary that are no figure of the catalog: "what is the retention rate".
  'what (is|are) (the )?(retention|churn|rfm|cohorts?|ltv|lifetime value|segments?)',
  'what (is|are) .* (mean|definition)',
  // "what does churn mean", but "what does customer X buy the most" asks for figures.
  'what does ([a-z0-9-]+ ){1,4}(mean|stand for|include|show|measure|represent|refer to)',
  'donde (veo|puedo ver|encuentro|esta|estan|reviso)',
  'como (interpreto|leo|entiendo|uso|se lee|se interpreta)',
  'how (do|can|should) i (read|interpret|understand|use)',
  'where (can|do) i (see|find|check)',
  'how (is|are) .* (computed|calculated|measured|defined)',
  'how do you (compute|calculate)',
  'define',
  'explain',
  'meaning of',
  'como (preparo|subo|cargo|exporto|armo|subir|cargar|preparar|exportar)',
  'how (do|can|should) i (upload|prepare|export|format|import|load)',
  'como (importo|importar|ingreso|ingresar)',
  'que necesito para (subir|cargar|importar)',
  '(subir|cargar|importar) (mis |las )?ventas (al|a la|en el|en la) (sistema|plataforma|app|aplicacion)',
  'que (formato|columnas)',
  '(which|what) (format|columns)',
);
export const UF_WORDS = words('en uf', 'in uf', 'uf');

/**
 * How the business did, with no figure named ("¿cómo me fue en noviembre?", "¿qué tal la
 * semana?", "resumen del mes", "how did we do last month"): a summary of the period. With a
 * figure named ("¿cómo van las ventas?") the figure is answered instead.
 */
const SUMMARY_NOUNS = ['resumen', 'resumeme', 'resumir', 'summary', 'summarize', 'overview', 'recap'];
/** "Resumen de ventas de octubre": a summary asked by name, though sales are named too. */
export const SUMMARY_NOUN_WORDS = words(...SUMMARY_NOUNS);
export const SUMMARY_WORDS = words(
  ...SUMMARY_NOUNS,
  // "dame los números de septiembre": the month's figures.
  '(los |mis )?(numeros|cifras|resultados)',
  '(the |my |our )?(numbers|figures|results)',
  'como (me|nos|te|le|les) (fue|ha ido|han ido|va|esta yendo|anduvo|esta)',
  'como (va|anda|esta|marcha|andamos|vamos|voy|ando|estamos|estoy|estuvo|fue|anduvo|cerro|cerramos|cerre|termino|terminamos|termine|viene|venimos|vengo)',
  '(que tal|que tan bien|que tan mal)',
  '(que|como|cuan) (tan )?(buen[oa]|mal[oa]) (fue|estuvo|esta|va|ha sido)',
  '(como|que tal) (cerr|termin|acab)(o|amos|e)',
  '(how|como) (is|was|va|anda|fue|esta|estuvo|le va al) (the |el )?(business|negocio)',
  'how (did|do) (i|we) do',
  'how (am i|are we|is it|is business) (doing|going)',
  'how (is|was|did) (business|the business|my business|the shop|my shop|the store|my store)',
  'how (was|did|is) (the|this|last|my|our) (day|week|month|quarter|year)',
);
