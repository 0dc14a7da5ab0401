import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReturnLabel } from './transaction-kind';
import { normalizeUnitType } from './unit-type';

const labels = fc.oneof(
  fc.constantFrom(
    'Kg',
    'KILOS',
    ' Unidad ',
    'un',
    'Caja',
    '',
    ' ',
    'Nota de crédito',
    'N/C',
    'Boleta',
    'DEVOLUCION',
  ),
  fc.string({ maxLength: 12 }),
);

/** Many other labels, enough to make both caches start over (they keep 1000). */
const filler = Array.from({ length: 2500 }, (_, i) => `etiqueta ${i}`);

describe('label caches', () => {
  it('give every label the same answer, whether remembered, forgotten or new', () => {
    fc.assert(
      fc.property(fc.array(labels, { maxLength: 30 }), (texts) => {
        const units = texts.map((text) => normalizeUnitType(text));
        const returns = texts.map((text) => isReturnLabel(text));
        for (const text of filler) {
          normalizeUnitType(text);
          isReturnLabel(text);
        }
        const reversed = [...texts].reverse();
        expect(reversed.map((text) => normalizeUnitType(text))).toEqual([...units].reverse());
        expect(reversed.map((text) => isReturnLabel(text))).toEqual([...returns].reverse());
      }),
      { numRuns: 30 },
    );
  });
});
