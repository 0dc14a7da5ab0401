import type { AskDimension } from '@ayni/contracts';
import { words } from './lexicon';

/*
 * A calendar or clock unit picked by a superlative after it: "mes con mayor venta", "horario con
 * más boletas", "weekday with the fewest customers", "el día en que más vendí". Read after the
 * breakdown words (lexicon-breakdowns.ts), for the phrasings those do not spell out. Folded text.
 */

const CONNECTOR = '(con|de|en (el |la )?que|que|donde|with|that (had|has|have)|having|where|when)';
const SUPERLATIVE =
  '(mas|menos|mayor(es)?|menor(es)?|mejor(es)?|peor(es)?|most|least|fewest|highest|lowest|best|worst|biggest|smallest|busiest|slowest|quietest)';

/** "<unit> <connector> [up to two words] <superlative>". */
const pickedBy = (unit: string) => words(`${unit} ${CONNECTOR}( [a-z]+){0,2} ${SUPERLATIVE}`);

export const UNIT_SUPERLATIVE_WORDS: readonly [AskDimension, RegExp][] = [
  // "worst weekday" (one word; "weekdays" alone is Monday to Friday).
  ['weekday', words(`${SUPERLATIVE} (\\d+ )?weekday`)],
  // "top 3 weekdays": ranked days of the week (clock-filters.ts then reads no Monday-to-Friday filter).
  ['weekday', words(`(top|${SUPERLATIVE}) \\d+ weekdays`)],
  ['weekday', pickedBy('(dias? de la semana|weekday|days? of (the )?week)')],
  ['hour', pickedBy('(horas?|horarios?|hours?|times? of (the )?day)')],
  ['week', pickedBy('(semanas?|weeks?)')],
  ['month', pickedBy('(mes|meses|months?)')],
  ['quarter', pickedBy('(trimestres?|quarters?)')],
  ['day', pickedBy('(dias?|days?|fechas?|dates?)')],
];
