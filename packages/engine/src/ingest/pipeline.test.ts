import { describe, expect, it } from 'vitest';
import { ingestBuffer, ingestSummary } from './pipeline';

const NOW = Date.UTC(2025, 10, 1);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('ingestBuffer', () => {
  it('re-reads as Windows-1252 when an ill-formed UTF-8 byte shows up past the sample', () => {
    const header = 'Fecha;Folio;SKU;Descripcion;Cantidad;Total\n';
    const filler = Array.from({ length: 3000 }, (_, i) => `01/10/2025;${i};A;Pan amasado;1;1.000\n`).join('');
    const lastLine = ascii('02/10/2025;9999;B;Caf\u0000 de grano;1;2.000\n');
    lastLine[lastLine.indexOf(0)] = 0xe9; // 'é' in Windows-1252, invalid alone in UTF-8
    const head = ascii(header + filler);
    expect(head.length).toBeGreaterThan(64 * 1024);
    const bytes = new Uint8Array([...head, ...lastLine]);

    const { detection, outcomes } = ingestBuffer(bytes, { now: NOW });
    expect(detection.encoding).toBe('windows-1252');
    const last = outcomes.at(-1);
    expect(last?.kind === 'accepted' && last.line.description).toBe('Café de grano');
    expect(ingestSummary(outcomes).counts).toMatchObject({ total: 3001, accepted: 3001 });
  });

  it('stops after maxRecords and answers an empty file with missing columns', () => {
    const text = 'Fecha,Folio,SKU,Cantidad,Total\n01-10-2025,1,A,1,10\n01-10-2025,2,B,2,20\n';
    expect(ingestBuffer(ascii(text), { now: NOW, maxRecords: 2 }).outcomes).toHaveLength(1);
    const empty = ingestBuffer(new Uint8Array(0), { now: NOW });
    expect(empty.outcomes).toEqual([]);
    expect(empty.detection.warnings.map((warning) => warning.code)).toEqual(
      Array(5).fill('MISSING_REQUIRED_COLUMN'),
    );
  });

  it('applies a mapping given by header name', () => {
    const text = 'When;Doc;Item;Units;Money;Note\n13-10-2025;1;A;1;10;Ana\n';
    const { detection, outcomes } = ingestBuffer(ascii(text), {
      now: NOW,
      mapping: {
        When: { field: 'in_dt' },
        Doc: { field: 'in_trans_id' },
        Item: { field: 'in_product_id' },
        Units: { field: 'in_quantity' },
        Money: { field: 'in_price_total' },
      },
    });
    expect(detection.warnings).toEqual([]);
    expect(outcomes[0]).toMatchObject({
      kind: 'accepted',
      line: { priceTotal: 10, extra: { Note: 'Ana' } },
    });
  });
});

describe('ingestSummary', () => {
  it('counts outcomes and sums accepted lines, returns negative', () => {
    const text =
      'Fecha,Folio,SKU,Cantidad,Total,Tipo\n01-10-2025,1,A,2,10.5,venta\n01-10-2025,2,A,1,5.25,devolución\n,,,,,\nx,3,A,1,1,venta\n';
    const summary = ingestSummary(ingestBuffer(ascii(text), { now: NOW }).outcomes);
    expect(summary).toEqual({
      counts: { total: 3, accepted: 2, rejected: 1, warnings: 0, skipped: 0, returns: 1 },
      sums: { quantity: 1, priceTotal: 5.25 },
    });
  });
});
