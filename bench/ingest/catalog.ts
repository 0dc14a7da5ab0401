import { rutCheckDigit } from '@ayni/contracts';
import type { Random } from './prng';

export interface Product {
  sku: string;
  description: string;
  category: string;
  /** Sold by weight: the quantity is kilograms with three decimals ("1,088"). */
  weighed: boolean;
  /** CLP per unit or per kg. */
  price: number;
  unitCost: number;
}

interface CategorySpec {
  name: string;
  weighed: boolean;
  /** Unit price range in CLP. */
  price: [number, number];
  items: readonly string[];
  brands: readonly string[];
}

// Names with accents and ñ on purpose: the importer must read them back from Windows-1252.
const CATEGORIES: readonly CategorySpec[] = [
  {
    name: 'Abarrotes',
    weighed: false,
    price: [690, 4990],
    items: [
      'Arroz grado 1 1 kg',
      'Azúcar 1 kg',
      'Aceite maravilla 1 L',
      'Spaghetti 400 g',
      'Harina 1 kg',
      'Porotos tórtola 1 kg',
      'Lentejas 1 kg',
      'Atún lomitos 160 g',
      'Café 170 g',
      'Té ceylán 100 bolsitas',
      'Mayonesa 370 g',
      'Salsa tomate 200 g',
    ],
    brands: ['Tucapel', 'Carozzi', 'Lucchetti', 'Iansa', 'Chef', 'Nestlé'],
  },
  {
    name: 'Lácteos',
    weighed: false,
    price: [590, 6990],
    items: [
      'Leche entera 1 L',
      'Leche semidescremada 1 L',
      'Yoghurt frutilla 125 g',
      'Queso gauda 250 g',
      'Mantequilla 250 g',
      'Quesillo 350 g',
      'Manjar 1 kg',
      'Crema ácida 200 g',
    ],
    brands: ['Colún', 'Soprole', 'Loncoleche', 'Surlat', 'Calo'],
  },
  {
    name: 'Bebidas',
    weighed: false,
    price: [790, 8990],
    items: [
      'Bebida cola 3 L',
      'Néctar durazno 1,5 L',
      'Agua sin gas 1,6 L',
      'Agua con gas 1,6 L',
      'Cerveza lata 470 cc',
      'Vino carménère 750 cc',
      'Pisco 35° 1 L',
      'Energética 473 cc',
    ],
    brands: ['CCU', 'Andina', 'Cachantún', 'Santa Rita', 'Capel'],
  },
  {
    name: 'Panadería',
    weighed: true,
    price: [1490, 3990],
    items: ['Marraqueta', 'Hallulla', 'Pan amasado', 'Dobladita', 'Coliza', 'Pan de campo'],
    brands: ['del día', 'integral'],
  },
  {
    name: 'Carnes',
    weighed: true,
    price: [3990, 15990],
    items: [
      'Posta negra',
      'Lomo vetado',
      'Pollo entero',
      'Trutro de pollo',
      'Chuleta de cerdo',
      'Carne molida 10%',
      'Plateada',
      'Sobrecostilla',
      'Pulpa de cerdo',
      'Longaniza',
    ],
    brands: ['nacional', 'importado', 'Súper Cerdo'],
  },
  {
    name: 'Frutas y verduras',
    weighed: true,
    price: [690, 7990],
    items: [
      'Palta Hass',
      'Tomate larga vida',
      'Plátano',
      'Manzana fuji',
      'Papa',
      'Cebolla',
      'Limón',
      'Zanahoria',
      'Champiñón',
      'Pimentón rojo',
      'Zapallo italiano',
      'Ají verde',
    ],
    brands: ['granel', 'selección'],
  },
  {
    name: 'Fiambrería',
    weighed: true,
    price: [5990, 18990],
    items: [
      'Jamón pierna',
      'Queso mantecoso',
      'Salame',
      'Pechuga de pavo',
      'Queso chanco',
      'Arrollado huaso',
    ],
    brands: ['San Jorge', 'PF', 'Llanquihue', 'Receta Abuelo'],
  },
  {
    name: 'Limpieza',
    weighed: false,
    price: [890, 9990],
    items: [
      'Detergente 3 L',
      'Lavaloza 750 ml',
      'Cloro gel 900 ml',
      'Papel higiénico 12 un',
      'Toalla papel 3 un',
      'Limpiavidrios 500 ml',
      'Suavizante 1 L',
    ],
    brands: ['Omo', 'Quix', 'Clorinda', 'Elite', 'Confort'],
  },
  {
    name: 'Confitería',
    weighed: false,
    price: [290, 3490],
    items: [
      'Chocolate 100 g',
      'Galletas de vino 150 g',
      'Caramelos 200 g',
      'Alfajor de manjar',
      'Papas fritas 230 g',
      'Maní salado 200 g',
    ],
    brands: ['Costa', 'McKay', 'Ambrosoli', 'Evercrisp', 'Marco Polo'],
  },
  {
    name: 'Congelados',
    weighed: false,
    price: [1490, 7990],
    items: [
      'Helado de piña 1 L',
      'Empanadas pino 4 un',
      'Hamburguesas 4 un',
      'Papas prefritas 1 kg',
      'Choclo 500 g',
      'Camarón 400 g',
    ],
    brands: ['Savory', 'Minuto Verde', 'La Crianza', 'Frutos Maipo'],
  },
];

/** Round to the usual shelf price ending in 90 (3.490, 12.990). */
const shelfPrice = (value: number) => Math.max(90, Math.round(value / 100) * 100 - 10);

/** The shop's catalogue: a few hundred products, each the pair (item, brand or cut). */
export function buildCatalog(random: Random): Product[] {
  const products: Product[] = [];
  for (const category of CATEGORIES) {
    for (const item of category.items) {
      for (const brand of category.brands) {
        const [min, max] = category.price;
        const price = shelfPrice(min + random.next() * (max - min));
        products.push({
          sku: String(100_000 + products.length * 37),
          description: `${item} ${brand}`,
          category: category.name,
          weighed: category.weighed,
          price,
          unitCost: Math.round(price * (0.55 + random.next() * 0.25)),
        });
      }
    }
  }
  // Shuffle so the popularity curve (random.pick's skew) does not favour one category.
  for (let i = products.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [products[i], products[j]] = [products[j] as Product, products[i] as Product];
  }
  return products;
}

export const BRANCHES: readonly { name: string; weight: number }[] = [
  { name: 'Ñuñoa', weight: 30 },
  { name: 'Providencia', weight: 25 },
  { name: 'Maipú', weight: 20 },
  { name: 'La Florida', weight: 15 },
  { name: 'Viña del Mar', weight: 10 },
];

/** The RUT Chilean POS systems put on a boleta when the customer gives none. */
export const ANONYMOUS_RUT = '66.666.666-6';

/** `12.345.678-5`, as POS exports write it. */
export function formatRut(body: number): string {
  const digits = String(body);
  return `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${rutCheckDigit(digits)}`;
}

/** Customers who ask for their RUT on the boleta (people) and those who need a factura (companies). */
export function buildCustomers(random: Random): { people: string[]; companies: string[] } {
  const people = Array.from({ length: 3000 }, () => formatRut(random.int(5_000_000, 25_000_000)));
  const companies = Array.from({ length: 200 }, () => formatRut(random.int(76_000_000, 77_999_999)));
  return { people, companies };
}
