// Static data for the demo company (a neighbourhood minimarket / almacén in Santiago): product catalog,
// branches, calendar seasonality and the Chilean RUT check-digit helper used to build customers.

export type DemoCategory =
  | 'Panadería'
  | 'Lácteos'
  | 'Bebidas'
  | 'Abarrotes'
  | 'Frutas y verduras'
  | 'Carnes'
  | 'Limpieza'
  | 'Snacks'
  | 'Botillería';

export interface DemoProduct {
  sku: string;
  name: string;
  category: DemoCategory;
  unit: 'un' | 'kg';
  /** CLP, integer; per kg for `kg` products. */
  price: number;
  /** Relative frequency with which the product appears on a ticket line. */
  weight: number;
  /** Typical quantity range: whole units for `un`, kilograms for `kg`. */
  qtyMin: number;
  qtyMax: number;
  /** Calendar months (1–12) in which the product is on sale; all year when absent. */
  months?: readonly number[];
}

function p(
  sku: string,
  name: string,
  category: DemoCategory,
  unit: 'un' | 'kg',
  price: number,
  weight: number,
  qtyMin: number,
  qtyMax: number,
  months?: readonly number[],
): DemoProduct {
  return months
    ? { sku, name, category, unit, price, weight, qtyMin, qtyMax, months }
    : { sku, name, category, unit, price, weight, qtyMin, qtyMax };
}

/**
 * Gross margin a minimarket makes per category (share of the selling price). Produce bought at
 * the feria has no recorded cost (null): the demo shows margins with partial cost coverage, as
 * many real exports do.
 */
export const CATEGORY_MARGIN: Readonly<Record<DemoCategory, number | null>> = {
  Panadería: 0.42,
  Lácteos: 0.2,
  Bebidas: 0.26,
  Abarrotes: 0.22,
  'Frutas y verduras': null,
  Carnes: 0.24,
  Limpieza: 0.28,
  Snacks: 0.34,
  Botillería: 0.27,
};

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  p('PAN-001', 'Pan marraqueta', 'Panadería', 'kg', 2390, 125, 0.35, 1.4),
  p('PAN-002', 'Pan hallulla', 'Panadería', 'kg', 2490, 80, 0.3, 1.2),
  p('PAN-003', 'Pan amasado', 'Panadería', 'un', 450, 12, 2, 8),
  p('PAN-004', 'Pan de molde blanco Ideal 600g', 'Panadería', 'un', 2790, 10, 1, 2),
  p('PAN-005', 'Queque de vainilla', 'Panadería', 'un', 2990, 3, 1, 1),
  p('PAN-006', 'Empanada de pino', 'Panadería', 'un', 2200, 8, 1, 4),
  p('PAN-007', 'Pan de pascua 500g', 'Panadería', 'un', 4990, 20, 1, 2, [11, 12]),
  p('LAC-001', 'Leche entera 1L Colun', 'Lácteos', 'un', 1290, 75, 1, 6),
  p('LAC-002', 'Leche descremada 1L Soprole', 'Lácteos', 'un', 1250, 12, 1, 4),
  p('LAC-003', 'Yogur batido frutilla Soprole 125g', 'Lácteos', 'un', 450, 8, 1, 6),
  p('LAC-004', 'Mantequilla con sal Colun 250g', 'Lácteos', 'un', 3290, 6, 1, 1),
  p('LAC-005', 'Queso gouda laminado', 'Lácteos', 'kg', 11990, 38, 0.15, 0.5),
  p('LAC-006', 'Huevos blancos bandeja 12 un', 'Lácteos', 'un', 3990, 24, 1, 2),
  p('LAC-007', 'Manjar Colun 400g', 'Lácteos', 'un', 2490, 3, 1, 1),
  p('BEB-001', 'Coca-Cola 3L', 'Bebidas', 'un', 3490, 40, 1, 2),
  p('BEB-002', 'Coca-Cola 1.5L', 'Bebidas', 'un', 2190, 14, 1, 2),
  p('BEB-003', 'Coca-Cola lata 350ml', 'Bebidas', 'un', 990, 10, 1, 3),
  p('BEB-004', 'Agua mineral Cachantun sin gas 1.6L', 'Bebidas', 'un', 1190, 9, 1, 3),
  p('BEB-005', 'Néctar Andina durazno 1.5L', 'Bebidas', 'un', 1690, 5, 1, 2),
  p('BEB-006', 'Fanta 1.5L', 'Bebidas', 'un', 1990, 4, 1, 2),
  p('BEB-007', 'Sprite 1.5L', 'Bebidas', 'un', 1990, 3, 1, 2),
  p('BEB-008', 'Red Bull 250ml', 'Bebidas', 'un', 1790, 3, 1, 2),
  p('ABA-001', 'Arroz grado 2 Tucapel 1kg', 'Abarrotes', 'un', 1890, 14, 1, 2),
  p('ABA-002', 'Fideos spaghetti N°5 Carozzi 400g', 'Abarrotes', 'un', 990, 16, 1, 3),
  p('ABA-003', 'Aceite vegetal Chef 1L', 'Abarrotes', 'un', 2790, 10, 1, 1),
  p('ABA-004', 'Azúcar Iansa 1kg', 'Abarrotes', 'un', 1490, 10, 1, 2),
  p('ABA-005', 'Harina sin polvos Selecta 1kg', 'Abarrotes', 'un', 1390, 6, 1, 2),
  p('ABA-006', 'Sal de mesa Lobos 1kg', 'Abarrotes', 'un', 550, 4, 1, 1),
  p('ABA-007', 'Café instantáneo Nescafé Tradición 170g', 'Abarrotes', 'un', 6490, 6, 1, 1),
  p('ABA-008', 'Té Supremo 20 bolsitas', 'Abarrotes', 'un', 1090, 6, 1, 2),
  p('ABA-009', 'Atún lomitos en aceite 160g', 'Abarrotes', 'un', 1790, 6, 1, 3),
  p('ABA-010', 'Salsa de tomate Pomarola 200g', 'Abarrotes', 'un', 790, 8, 1, 3),
  p('ABA-011', 'Mayonesa Hellmann’s 372g', 'Abarrotes', 'un', 2590, 6, 1, 1),
  p('ABA-012', 'Lentejas 1kg', 'Abarrotes', 'un', 2190, 4, 1, 1),
  p('FYV-001', 'Palta Hass', 'Frutas y verduras', 'kg', 5990, 42, 0.3, 1.2),
  p('FYV-002', 'Tomate', 'Frutas y verduras', 'kg', 1990, 24, 0.4, 1.5),
  p('FYV-003', 'Plátano', 'Frutas y verduras', 'kg', 1490, 14, 0.5, 1.5),
  p('FYV-004', 'Manzana roja', 'Frutas y verduras', 'kg', 1590, 10, 0.5, 1.5),
  p('FYV-005', 'Papa malla 2kg', 'Frutas y verduras', 'un', 2490, 8, 1, 1),
  p('FYV-006', 'Limón malla 1kg', 'Frutas y verduras', 'un', 1990, 5, 1, 1),
  p('FYV-007', 'Cebolla malla 1kg', 'Frutas y verduras', 'un', 1290, 6, 1, 1),
  p('FYV-008', 'Lechuga costina', 'Frutas y verduras', 'un', 1190, 6, 1, 1),
  p('FYV-009', 'Cilantro (atado)', 'Frutas y verduras', 'un', 590, 2, 1, 1),
  p('CAR-001', 'Carne molida 10% grasa', 'Carnes', 'kg', 9990, 22, 0.4, 1.2),
  p('CAR-002', 'Trutro entero de pollo', 'Carnes', 'kg', 3990, 22, 0.8, 2),
  p('CAR-003', 'Lomo vetado', 'Carnes', 'kg', 16990, 6, 0.6, 1.8),
  p('CAR-004', 'Jamón de pierna laminado', 'Carnes', 'kg', 10990, 10, 0.15, 0.4),
  p('CAR-005', 'Vienesas San Jorge 20 un', 'Carnes', 'un', 2990, 7, 1, 2),
  p('CAR-006', 'Chorizo parrillero 1kg', 'Carnes', 'un', 5990, 3, 1, 1),
  p('CAR-007', 'Longaniza Llanquihue 1kg', 'Carnes', 'un', 6490, 2, 1, 1),
  p('LIM-001', 'Detergente líquido Omo 3L', 'Limpieza', 'un', 9990, 4, 1, 1),
  p('LIM-002', 'Lavalozas Quix limón 750ml', 'Limpieza', 'un', 1990, 6, 1, 1),
  p('LIM-003', 'Cloro Clorox 1L', 'Limpieza', 'un', 1290, 4, 1, 2),
  p('LIM-004', 'Papel higiénico Elite doble hoja 4 rollos', 'Limpieza', 'un', 2990, 10, 1, 2),
  p('LIM-005', 'Toalla de papel Nova 2 rollos', 'Limpieza', 'un', 2490, 3, 1, 1),
  p('LIM-006', 'Esponja multiuso', 'Limpieza', 'un', 690, 3, 1, 3),
  p('LIM-007', 'Bolsas de basura 10 un', 'Limpieza', 'un', 1490, 3, 1, 1),
  p('SNK-001', 'Papas fritas Marco Polo 250g', 'Snacks', 'un', 2790, 14, 1, 2),
  p('SNK-002', 'Galletas Tritón vainilla', 'Snacks', 'un', 990, 10, 1, 3),
  p('SNK-003', 'Chocolate Trencito 100g', 'Snacks', 'un', 1590, 4, 1, 2),
  p('SNK-004', 'Super 8', 'Snacks', 'un', 390, 15, 1, 5),
  p('SNK-005', 'Ramitas Evercrisp 250g', 'Snacks', 'un', 2190, 4, 1, 2),
  p('SNK-006', 'Maní salado Marco Polo 200g', 'Snacks', 'un', 1890, 3, 1, 1),
  p('SNK-007', 'Chicle Beldent menta', 'Snacks', 'un', 450, 6, 1, 3),
  p('BOT-001', 'Cerveza Cristal lata 470ml', 'Botillería', 'un', 1190, 20, 2, 12),
  p('BOT-002', 'Cerveza Escudo lata 470ml', 'Botillería', 'un', 1290, 8, 2, 12),
  p('BOT-003', 'Cerveza Kunstmann Torobayo 330ml', 'Botillería', 'un', 1990, 3, 1, 6),
  p('BOT-004', 'Vino Gato Negro Cabernet Sauvignon 750ml', 'Botillería', 'un', 3490, 6, 1, 2),
  p('BOT-005', 'Vino Casillero del Diablo Carmenere 750ml', 'Botillería', 'un', 7990, 3, 1, 2),
  p('BOT-006', 'Vino Santa Rita 120 Cabernet 750ml', 'Botillería', 'un', 4490, 3, 1, 2),
  p('BOT-007', 'Pisco Alto del Carmen 35° 1L', 'Botillería', 'un', 10990, 2, 1, 1),
  p('BOT-008', 'Pisco Mistral 35° 750ml', 'Botillería', 'un', 8990, 1, 1, 1),
  p('BOT-009', 'Chicha de uva Cabrito 1L', 'Botillería', 'un', 2990, 25, 1, 3, [9]),
];

export const DEMO_BRANCHES = [
  { name: 'Casa Matriz Ñuñoa', share: 0.57 },
  { name: 'Sucursal Providencia', share: 0.43 },
] as const;

// Calendar seasonality used by the sales generator. Weekdays: Sunday..Saturday; Sunday opens only 10–14h but concentrates the weekend lunch shopping.
export const WEEKDAY_FACTOR: readonly number[] = [0.82, 0.78, 0.92, 0.95, 1.0, 1.22, 1.38];
// January..December: February vacations, Fiestas Patrias in September, Christmas in December.
export const MONTH_FACTOR: readonly number[] = [
  0.95, 0.85, 1.0, 0.98, 0.98, 0.97, 0.97, 0.98, 1.2, 1.0, 1.04, 1.35,
];
// Retail is closed by law on these holidays ('MM-DD').
export const CLOSED_DAYS: ReadonlySet<string> = new Set(['01-01', '05-01', '09-18', '09-19', '12-25']);
export const SPECIAL_DAYS: Readonly<Record<string, number>> = {
  '09-15': 1.25,
  '09-16': 1.45,
  '09-17': 1.8,
  '12-23': 1.4,
  '12-24': 1.8,
  '12-30': 1.2,
  '12-31': 1.6,
};
// Relative ticket intensity per opening hour: weekdays 9..21, Sunday 10..13.
export const WEEKDAY_HOURS: readonly number[] = [
  0.45, 0.6, 0.8, 1.25, 1.3, 0.85, 0.65, 0.7, 0.95, 1.3, 1.45, 1.25, 0.6,
];
export const SUNDAY_HOURS: readonly number[] = [0.7, 1.0, 1.3, 1.2];

/** Category mix multiplier by calendar month (1–12) and time band (0 morning, 1 day, 2 evening, 3 Sunday). */
export function categoryBoost(category: DemoCategory, month: number, band: number): number {
  let f = 1;
  if (month === 9 && (category === 'Botillería' || category === 'Carnes')) f *= 1.8;
  if (month === 12 && (category === 'Botillería' || category === 'Snacks')) f *= 1.3;
  if (category === 'Bebidas') f *= month === 12 || month <= 3 ? 1.3 : month >= 6 && month <= 8 ? 0.8 : 1;
  if (band === 0)
    f *= category === 'Panadería' ? 1.6 : category === 'Lácteos' ? 1.3 : category === 'Botillería' ? 0.3 : 1;
  if (band === 2) f *= category === 'Panadería' ? 1.3 : category === 'Botillería' ? 1.4 : 1;
  if (band === 3)
    f *= category === 'Carnes' ? 1.5 : category === 'Bebidas' || category === 'Botillería' ? 1.2 : 1;
  return f;
}

/** Chilean RUT check digit (modulo 11): '0'–'9' or 'K'. */
export function rutCheckDigit(body: number): string {
  let sum = 0;
  let factor = 2;
  for (let n = Math.trunc(body); n > 0; n = Math.trunc(n / 10)) {
    sum += (n % 10) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const dv = 11 - (sum % 11);
  return dv === 11 ? '0' : dv === 10 ? 'K' : String(dv);
}

/** Formats a RUT body as '12345678-5' (no thousands separators). */
export function formatRut(body: number): string {
  return `${body}-${rutCheckDigit(body)}`;
}
