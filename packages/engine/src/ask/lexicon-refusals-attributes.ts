import { words } from './lexicon';

/*
 * Attributes of a sale the sales file does not carry, so a question qualified by them gets a
 * refusal instead of the unqualified total: the channel (online, delivery), the document type
 * (boleta vs factura), the kind or gender of the buyer, offers, shrinkage and expiry. Folded
 * text, as in lexicon.ts; read with lexicon-refusals.ts.
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
  'genero',
  'edad(es)?',
  'women',
  'men',
  'gender',
  'age (group|range)s?',
  // Tickets above or below an amount or a size, and averages per day, are no figure of the catalog.
  '(boletas?|tickets?|ventas?|compras?|transacciones|receipts?|orders?|sales|transactions|purchases) (sobre|bajo|over|under|above|below|(de|con|with|of) (mas|menos|more|less|fewer) (de|than)) \\$?\\d+',
  '(con|with) (mas|menos|more|less|fewer) (de |than )?\\d+ (productos|items|unidades|articulos|products|units)',
  '(ventas?|boletas|clientes|unidades) (promedio|media) (diari[oa]s?|semanal(es)?|mensual(es)?)',
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
