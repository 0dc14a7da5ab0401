import { foldText } from '../schema/fold-text';
import { TextTable } from '../schema/text-table';

/** Spellings of the units that analytics compare across files; anything else is kept as written. */
const UNIT_SPELLINGS: Record<string, string> = {
  un: 'un',
  u: 'un',
  und: 'un',
  unid: 'un',
  unidad: 'un',
  unidades: 'un',
  unit: 'un',
  units: 'un',
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogramo: 'kg',
  kilogramos: 'kg',
  g: 'g',
  gr: 'g',
  grs: 'g',
  gramo: 'g',
  gramos: 'g',
  l: 'l',
  lt: 'l',
  lts: 'l',
  litro: 'l',
  litros: 'l',
};

/** A unit column holds a handful of spellings: remember their answers (bounded). */
const MAX_REMEMBERED = 1000;
const answers = new TextTable<string | null>(MAX_REMEMBERED);

/** 'Kilogramos' → 'kg', 'Unidad' → 'un', 'Litros' → 'l'; unknown units lower-cased ('Caja' → 'caja'). */
export function normalizeUnitType(text: string): string | null {
  const known = answers.get(text);
  if (known !== undefined) return known;
  const answer = unitTypeOf(text);
  if (answers.isFull) answers.clear();
  answers.add(text, answer);
  return answer;
}

function unitTypeOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return UNIT_SPELLINGS[foldText(trimmed)] ?? trimmed.toLowerCase();
}
