/*
 * Words owners (and English speakers) use for what the catalog names otherwise: "dairy" for
 * Lácteos, "aseo" for Limpieza, "chelas" for the beers. Each maps to the stems of the Spanish
 * names as entities.ts cuts them, so the match still goes through the company's own names (a
 * company without a "Lácteos" category gets no filter from "dairy").
 */
const ALIASES: Record<string, string[]> = {
  dairy: ['lacteo'],
  milk: ['leche'],
  drinks: ['bebida'],
  drink: ['bebida'],
  beverage: ['bebida'],
  soda: ['bebida'],
  vegetable: ['verdura'],
  grocery: ['abarrote'],
  beverages: ['bebida'],
  sodas: ['bebida'],
  bebestibles: ['bebida'],
  bakery: ['panaderia'],
  pan: ['panaderia'],
  bread: ['panaderia'],
  meat: ['carne'],
  meats: ['carne'],
  butcher: ['carne'],
  carniceria: ['carne'],
  produce: ['fruta', 'verdura'],
  fruit: ['fruta'],
  fruits: ['fruta'],
  vegetables: ['verdura'],
  veggies: ['verdura'],
  verduleria: ['fruta', 'verdura'],
  groceries: ['abarrote'],
  pantry: ['abarrote'],
  cleaning: ['limpieza'],
  aseo: ['limpieza'],
  liquor: ['botilleria'],
  alcohol: ['botilleria'],
  booze: ['botilleria'],
  copete: ['botilleria'],
  copetes: ['botilleria'],
  beer: ['cerveza'],
  beers: ['cerveza'],
  chela: ['cerveza'],
  chelas: ['cerveza'],
  wine: ['vino'],
  wines: ['vino'],
  main: ['matriz'],
  headquarters: ['matriz'],
  hq: ['matriz'],
  avocado: ['palta'],
  tomato: ['tomate'],
  tomatoes: ['tomate'],
  banana: ['platano'],
  bananas: ['platano'],
  apple: ['manzana'],
  apples: ['manzana'],
  lemon: ['limon'],
  lemons: ['limon'],
  onion: ['cebolla'],
  onions: ['cebolla'],
  potato: ['papa'],
  potatoes: ['papa'],
  lettuce: ['lechuga'],
  egg: ['huevo'],
  eggs: ['huevo'],
  rice: ['arroz'],
  sugar: ['azucar'],
  flour: ['harina'],
  coffee: ['cafe'],
  tuna: ['atun'],
  chicken: ['pollo'],
  ham: ['jamon'],
  cheese: ['queso'],
  butter: ['mantequilla'],
  yogurt: ['yogur'],
  water: ['agua'],
  avocados: ['palta'],
};

/** The name stems a word stands for, or none. */
export const aliasStems = (word: string): readonly string[] => ALIASES[word] ?? [];

/** Names of two words, where one word alone would name something else ("yogur batido"). */
const PHRASES: readonly [RegExp, string][] = [
  // Regional names of the marraqueta.
  [/(?<![a-z])pan(es)? (batido|frances)(?![a-z])/g, 'pan marraqueta'],
];

/** Verbs spelled like a product: "cuánta gente vino" is people who came, not wine. */
const VERBS_LIKE_NAMES: readonly [RegExp, string][] = [
  [/(?<![a-z])(gente|clientes?|personas?|alguien|nadie|quien|quienes|se|que) vino(?![a-z])/g, '$1 vinieron'],
];

/** The text with two-word aliases replaced by the company-style name they stand for. */
export const expandPhrases = (text: string): string =>
  [...PHRASES, ...VERBS_LIKE_NAMES].reduce((out, [pattern, name]) => out.replace(pattern, name), text);
