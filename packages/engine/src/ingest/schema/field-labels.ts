import type { CanonicalField } from '../types';

/** What each canonical field is called where people read it (the upload screens say the same). */
const LABELS: Record<CanonicalField, { es: string; en: string }> = {
  in_dt: { es: 'Fecha y hora', en: 'Date and time' },
  in_trans_id: { es: 'N° de documento', en: 'Document number' },
  in_product_id: { es: 'Código de producto', en: 'Product code' },
  in_quantity: { es: 'Cantidad', en: 'Quantity' },
  in_price_total: { es: 'Total de la línea', en: 'Line total' },
  in_trans_type: { es: 'Tipo de transacción', en: 'Transaction type' },
  in_customer_id: { es: 'Cliente', en: 'Customer' },
  in_description: { es: 'Descripción', en: 'Description' },
  in_category: { es: 'Categoría', en: 'Category' },
  in_unit_type: { es: 'Unidad de medida', en: 'Unit of measure' },
  in_stock: { es: 'Stock', en: 'Stock' },
  in_location: { es: 'Sucursal', en: 'Branch' },
  in_document_type: { es: 'Tipo de documento', en: 'Document type' },
  in_price_unit: { es: 'Precio unitario', en: 'Unit price' },
  in_cost_unit: { es: 'Costo unitario', en: 'Unit cost' },
  in_cost_total: { es: 'Costo total', en: 'Total cost' },
  in_discount_total: { es: 'Descuento', en: 'Discount' },
  in_commission: { es: 'Comisión', en: 'Commission' },
  in_margin: { es: 'Margen', en: 'Margin' },
  in_seller: { es: 'Vendedor', en: 'Seller' },
  in_payment_method: { es: 'Medio de pago', en: 'Payment method' },
};

/**
 * `«Fecha y hora» (in_dt)`: a field named for people, with the code a mapping uses. Unknown
 * names (a caller's typo) stay as they are.
 */
export function fieldLabel(field: string, language: 'es' | 'en'): string {
  const label = LABELS[field as CanonicalField];
  return label ? `«${label[language]}» (${field})` : field;
}
