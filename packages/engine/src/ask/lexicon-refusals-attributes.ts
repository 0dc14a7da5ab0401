import { words } from './lexicon';

/*
 * Attributes of a sale the sales file does not carry, so a question qualified by them gets a
 * refusal instead of the unqualified total: the channel (online, delivery), the document type
 * (boleta vs factura), the kind or gender of the buyer, a product's origin, offers, shrinkage and
 * expiry. Folded text, as in lexicon.ts; read with lexicon-refusals.ts.
 */
export const NOT_IN_DATA_ATTRIBUTES = words(
  // Sales channel.
  'online',
  'en linea',
  'por internet',
  'web',
  'e-?commerce',
  'delivery',
  'despachos?',
  'a domicilio',
  'uber eats',
  'rappi',
  'pedidos ya',
  'mercado libre',
  // Document type and payment.
  'facturas?( vs| versus| o| y)',
  '(boletas?|receipts?) (vs|versus|o|or|y|and) (facturas?|invoices?)',
  'con factura',
  'invoices?',
  'transferencias?',
  'bank transfers?',
  // Kind of buyer.
  'al por mayor',
  'mayoristas?',
  'wholesale',
  'empresas',
  'b2b',
  'b2c',
  '(businesses|companies) (vs|versus|or|and) (consumers|individuals)',
  'to (businesses|companies)',
  'mujeres',
  'hombres',
  // The noun, not «generó» (folded alike): «¿cuánto generó la matriz?» asks the sales.
  '(por|de|segun|el|su|sus|del|cada) genero',
  'generos',
  'genero (femenino|masculino)',
  'edad(es)?',
  'women',
  'men',
  'gender',
  'age (group|range)s?',
  // Tickets above or below an amount or a size, and averages per day, are no figure of the catalog.
  '(boletas?|tickets?|ventas?|compras?|transacciones|receipts?|orders?|sales|transactions|purchases) (sobre|bajo|over|under|above|below|(de|con|with|of) (mas|menos|more|less|fewer) (de|than)) \\$?\\d+',
  '(con|with) (mas|menos|more|less|fewer) (de |than )?\\d+ (productos|items|unidades|articulos|products|units)',
  '(ventas?|boletas|clientes|unidades) (promedio|media) (diari[oa]s?|semanal(es)?|mensual(es)?)',
  // Where a product comes from.
  '(productos?|marcas?|articulos?) (importad(o|a|os|as)|nacionales|extranjer(o|a|os|as))',
  'imported',
  // Offers, shrinkage, expiry.
  'ofertas?',
  'liquidacion',
  'on sale',
  'mermas?',
  'robos?',
  'hurtos?',
  'theft',
  'shrinkage',
  'vencid(o|a|os|as)',
  'expired',
);

/**
 * Kinds of customer a figure can be asked of ("el ticket de los clientes nuevos", "ventas a
 * clientes sin RUT"): sales, tickets and margins are not kept per kind, so such a question is
 * refused unless the figure is the count of that kind (customer-kinds.ts).
 */
export const CUSTOMER_KIND_WORDS: readonly ['loyal' | 'anonymous' | 'identified', RegExp][] = [
  [
    'loyal',
    words(
      '(clientes?|compradores?) (mas )?(frecuentes|habituales|fieles|leales|regulares|vip|de siempre)',
      '(frequent|loyal|regular|vip) (customers?|buyers?|shoppers?)',
    ),
  ],
  [
    'anonymous',
    words(
      'sin (rut|identificar|identificacion|nombre|cliente|datos del cliente)',
      '(clientes?|compradores?|ventas?) (anonim(o|a|os|as)|no identificad(o|a|os|as))',
      'anonymous',
      'unidentified',
      'walk-?ins?',
      'without (an? )?(id|rut|customer|tax id)',
    ),
  ],
  [
    'identified',
    words(
      'con rut',
      '(clientes?|compradores?|ventas?) (identificad(o|a|os|as)|registrad(o|a|os|as))',
      '(identified|registered) (customers?|buyers?)',
    ),
  ],
];
