import { describe, expect, it } from 'vitest';
import { CsvRecordReader } from '../parse';
import type { Delimiter, MappingSpec, TableDetection } from '../types';
import { TableProfiler } from './table-profiler';

/** The detection of `text`, record by record; a single batch must give the same. */
function detect(text: string, delimiter: Delimiter = ',', mapping?: MappingSpec): TableDetection {
  const reader = new CsvRecordReader(delimiter);
  const records = [...reader.push(text), ...reader.end()];
  const profiler = new TableProfiler({ encoding: 'utf-8', delimiter, mapping });
  for (const record of records) profiler.add(record);
  const batched = new TableProfiler({ encoding: 'utf-8', delimiter, mapping });
  batched.addBatch(records);
  const detection = profiler.result();
  expect(batched.result()).toEqual(detection);
  return detection;
}

const column = (detection: TableDetection, name: string) => {
  const found = detection.columns.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
};

const codes = (detection: TableDetection) => detection.warnings.map((warning) => warning.code);

describe('TableProfiler', () => {
  it('resolves 1.088 kg beside 4,454 CLP by quantity × unit price = total', () => {
    const detection = detect(
      [
        'Fecha venta,N° doc. venta,SKU,Cantidad,Precio unitario,Total neto',
        '08-10-2025 18:57,12554,A1,2,"4,454","8,908"',
        '08-10-2025 18:30,26150,00204,1.088,"5,882","6,400"',
        '08-10-2025 16:59,26148,00191,2.422,"12,605","30,529"',
        '08-10-2025 14:40,11975,B2,1,"6,050","6,050"',
      ].join('\n'),
    );
    expect(detection.headerLine).toBe(1);
    expect(column(detection, 'Cantidad').number?.decimal).toBe('.');
    expect(column(detection, 'Precio unitario').number).toMatchObject({ decimal: '.', thousands: ',' });
    expect(column(detection, 'Total neto').number).toMatchObject({ decimal: '.', thousands: ',' });
    expect(codes(detection)).not.toContain('AMBIGUOUS_NUMBER_FORMAT');
  });

  it('reads Chilean $ 12.990 with decimal comma quantities', () => {
    const detection = detect(
      [
        'Fecha;Boleta;Código;Cant.;Total',
        '01/10/2025 10:00;1;A;1,5;$ 12.990',
        '13/10/2025 11:00;2;B;2;$ 5.000',
      ].join('\n'),
      ';',
    );
    expect(column(detection, 'Cant.').number?.decimal).toBe(',');
    expect(column(detection, 'Total').number).toMatchObject({ decimal: ',', thousands: '.', currency: '$' });
    expect(column(detection, 'Fecha').date).toMatchObject({ order: 'dmy', pattern: 'dd/mm/yyyy HH:MM' });
  });

  it('finds the header below title lines and ignores the totals row', () => {
    const detection = detect(
      [
        'Reporte de ventas',
        'Desde: 01-10-2025,Hasta: 31-10-2025',
        '',
        'Fecha,Folio,SKU,Cantidad,Monto',
        '01-10-2025,1,A,1,1000',
        '02-10-2025,2,B,3,3000',
        'Total,,,4,4000',
      ].join('\n'),
    );
    expect(detection.headerLine).toBe(4);
    expect(column(detection, 'Fecha').type).toBe('date');
    expect(detection.warnings.filter((warning) => warning.code === 'MISSING_REQUIRED_COLUMN')).toEqual([]);
  });

  it('decides mm/dd from a day > 12 anywhere in the file, and from the date range otherwise', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `10/0${(i % 7) + 1}/2025 10:00,t${i},p,1,10`);
    const ranged = detect(['in_dt,in_trans_id,in_product_id,in_quantity,in_price_total', ...rows].join('\n'));
    expect(column(ranged, 'in_dt').date?.order).toBe('mdy');
    expect(codes(ranged)).toContain('DATE_ORDER_FROM_RANGE');
    const evidenced = detect(
      [
        'in_dt,in_trans_id,in_product_id,in_quantity,in_price_total',
        ...rows,
        '10/30/2025 10:00,x,p,1,10',
      ].join('\n'),
    );
    expect(column(evidenced, 'in_dt').date).toMatchObject({ order: 'mdy', pattern: 'mm/dd/yyyy HH:MM' });
    expect(codes(evidenced)).not.toContain('DATE_ORDER_FROM_RANGE');
  });

  it('warns about missing required columns and keeps unknown columns unmapped', () => {
    const detection = detect(['Fecha,Producto,Cantidad,Observación', '01-10-2025,Pan,1,Ana'].join('\n'));
    expect(
      detection.warnings.filter((w) => w.code === 'MISSING_REQUIRED_COLUMN').map((w) => w.message_en),
    ).toEqual([
      expect.stringContaining('in_trans_id'),
      expect.stringContaining('in_product_id'),
      expect.stringContaining('in_price_total'),
    ]);
    // Named as the upload screens name them, with the code a mapping uses.
    expect(detection.warnings.find((w) => w.code === 'MISSING_REQUIRED_COLUMN')).toMatchObject({
      message_es:
        'No se encontró una columna para el campo obligatorio «N° de documento» (in_trans_id); asígnela manualmente.',
      message_en:
        'No column was found for required field «Document number» (in_trans_id); please map it manually.',
    });
    expect(column(detection, 'Observación').field).toBeNull();
  });

  it('reports low-confidence matches', () => {
    const detection = detect(['Fecha,Folio,SKU,Cantidad,Monto final', '13-10-2025,1,A,1,1000'].join('\n'));
    expect(column(detection, 'Monto final')).toMatchObject({ field: 'in_price_total', confidence: 0.667 });
    expect(codes(detection)).toEqual(['LOW_CONFIDENCE_MATCH']);
    expect(detection.warnings[0]?.message_es).toContain('"Monto final"');
  });

  it('does not take a percentage column as an amount', () => {
    const detection = detect(
      ['Fecha,Folio,SKU,Cantidad,Total,% Dcto', '01-10-2025,1,A,1,1000,10%'].join('\n'),
    );
    expect(column(detection, '% Dcto')).toMatchObject({ field: null, number: { percent: true } });
    expect(codes(detection)).toContain('PERCENT_NOT_AMOUNT');
  });

  it('lets a mapping override fields and formats', () => {
    const detection = detect(['A,B,C,D,E', '01/02/2025,1,X,1.500,2.000'].join('\n'), ',', {
      A: { field: 'in_dt', date: { order: 'mdy' } },
      B: { field: 'in_trans_id' },
      C: { field: 'in_product_id' },
      D: { field: 'in_quantity', number: { decimal: ',' } },
      E: { field: 'in_price_total' },
    });
    expect(detection.columns.map((c) => [c.field, c.confidence])).toEqual([
      ['in_dt', 1],
      ['in_trans_id', 1],
      ['in_product_id', 1],
      ['in_quantity', 1],
      ['in_price_total', 1],
    ]);
    expect(column(detection, 'A').date?.order).toBe('mdy');
    expect(column(detection, 'D').number).toMatchObject({ decimal: ',', thousands: '.' });
    expect(codes(detection)).not.toContain('MISSING_REQUIRED_COLUMN');
  });
});
