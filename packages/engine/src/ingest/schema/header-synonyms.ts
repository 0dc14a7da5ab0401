import type { CanonicalField } from '../types';

/**
 * Header names each canonical field (the GabeDA contract) goes by: the canonical name itself,
 * Spanish headers of real Chilean POS/ERP exports, and English ones. Compared after folding
 * (accents, case and punctuation do not matter), so "N° doc. venta" is written "n doc venta".
 */
export const HEADER_SYNONYMS: Record<CanonicalField, readonly string[]> = {
  in_dt: [
    'fecha venta',
    'fecha',
    'fecha emision',
    'fecha hora',
    'fecha y hora',
    'fecha documento',
    'fecha transaccion',
    'date',
    'datetime',
    'sale date',
    'transaction date',
    'timestamp',
  ],
  in_trans_id: [
    'n doc venta',
    'numero documento',
    'numero',
    'folio',
    'boleta',
    'ticket',
    'numero boleta',
    'numero venta',
    'id venta',
    'transaccion',
    'id transaccion',
    'transaction id',
    'transaction',
    'order id',
    'invoice',
    'receipt',
  ],
  in_product_id: [
    'sku',
    'codigo',
    'codigo producto',
    'id producto',
    'codigo barra',
    'product id',
    'product code',
    'item code',
  ],
  in_description: [
    'nombre',
    'producto',
    'descripcion',
    'nombre producto',
    'detalle',
    'glosa',
    'product',
    'product name',
    'description',
    'item',
  ],
  in_quantity: ['cantidad', 'unidades', 'quantity', 'units'],
  in_price_total: [
    'total neto',
    'total',
    'monto',
    'total venta',
    'importe',
    'monto total',
    'venta neta',
    'subtotal linea',
    'total amount',
    'amount',
    'line total',
    'net total',
    'revenue',
  ],
  in_price_unit: ['precio unitario', 'precio', 'precio venta', 'unit price', 'price'],
  in_cost_unit: ['costo unitario', 'costo', 'unit cost', 'cost'],
  in_cost_total: ['total costo', 'costo total', 'total cost'],
  in_discount_total: ['total descuento', 'descuento', 'discount', 'total discount'],
  in_margin: ['utilidad aprox', 'margen', 'utilidad', 'ganancia', 'margin', 'profit'],
  in_location: ['nombre sucursal', 'sucursal', 'local', 'tienda', 'branch', 'store', 'location'],
  in_document_type: ['tipo documento', 'tipo doc', 'document type'],
  in_trans_type: ['tipo', 'tipo transaccion', 'tipo movimiento', 'tipo venta', 'transaction type', 'type'],
  in_customer_id: ['rut cliente', 'cliente', 'id cliente', 'rut', 'customer', 'customer id', 'client'],
  in_category: ['categoria', 'familia', 'rubro', 'category', 'family'],
  in_unit_type: ['tipo unidad', 'unidad', 'um', 'unidad medida', 'unit', 'unit type', 'uom'],
  in_stock: ['stock actual', 'stock', 'existencia', 'inventario', 'inventory'],
};

/**
 * Words that name a different concept than any canonical field: a header that carries one of
 * them ("Email cliente", "Nombre vendedor", "Método pago", "Total comisión") stays an extra
 * column even when its other words resemble a field.
 */
export const FOREIGN_CONCEPT_WORDS: ReadonlySet<string> = new Set([
  'email',
  'correo',
  'mail',
  'telefono',
  'direccion',
  'vendedor',
  'vendedora',
  'cajero',
  'cajera',
  'seller',
  'pago',
  'payment',
  'fabricante',
  'marca',
  'proveedor',
  'comision',
  'commission',
  'iva',
  'impuesto',
  'tax',
]);

/**
 * Words too common to identify a field by themselves ("Total comisión" is not a total,
 * "Nombre cliente" is about the customer): they weigh half in the token overlap.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'nombre',
  'total',
  'fecha',
  'numero',
  'tipo',
  'codigo',
  'id',
  'in',
  'name',
  'type',
  'code',
]);
