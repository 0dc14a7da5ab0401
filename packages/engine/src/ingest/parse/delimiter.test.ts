import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter';

const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

describe('detectDelimiter', () => {
  it('finds each supported delimiter', () => {
    expect(detectDelimiter(lines('fecha,id,monto', '01-10-2025,T1,1200', '02-10-2025,T2,800'))).toBe(',');
    expect(detectDelimiter(lines('fecha;id;monto', '01-10-2025;T1;1200', '02-10-2025;T2;800'))).toBe(';');
    expect(detectDelimiter(lines('fecha\tid\tmonto', '01-10-2025\tT1\t1200'))).toBe('\t');
    expect(detectDelimiter(lines('fecha|id|monto', '01-10-2025|T1|1200'))).toBe('|');
  });

  it('prefers ; in Chilean files with decimal commas', () => {
    const sample = lines(
      'Fecha;Producto;Cantidad;Precio',
      '01-10-2025;Pan;12,5;1.200',
      '01-10-2025;Queso;1;3.990',
      '02-10-2025;Leche;2,25;990',
    );
    expect(detectDelimiter(sample)).toBe(';');
  });

  it('prefers ; even when every row has the same number of decimal commas', () => {
    // Both delimiters split every row evenly; only the cells say which one is the outer level.
    expect(detectDelimiter(lines('1,5;2,5', '3,5;4,5', '10,25;7,0'))).toBe(';');
    expect(detectDelimiter(lines('producto;kilos', 'pan;1,5', 'queso;0,25'))).toBe(';');
  });

  it('keeps , for comma files whose text cells hold a ;', () => {
    expect(detectDelimiter(lines('a;b,1', 'c;d,2', 'e;f,3'))).toBe(',');
  });

  it('looks past title lines above the header', () => {
    const sample = lines(
      'Reporte de ventas',
      'Desde: 01-10-2025, hasta: 31-10-2025',
      '',
      'fecha;id;producto;monto',
      '01-10-2025;T1;Pan;1200',
      '01-10-2025;T2;Queso;3990',
    );
    expect(detectDelimiter(sample)).toBe(';');
  });

  it('is not misled by quoted fields holding other delimiters', () => {
    const comma = lines('id,descripcion,monto', '1,"Pan; grande; rústico",1200', '2,"Queso; 1|2 kg",3990');
    expect(detectDelimiter(comma)).toBe(',');
    const semicolon = lines(
      'id;descripcion;monto',
      '1;"Pan, grande, rústico, 1 kg";1200',
      '2;"Queso, laminado";3990',
      '3;"Leche, 1 l, entera";990',
    );
    expect(detectDelimiter(semicolon)).toBe(';');
    const multiLine = lines('id,nota,monto', '1,"primera; linea', 'segunda; linea; tres",5', '2,ok,6');
    expect(detectDelimiter(multiLine)).toBe(',');
  });

  it('ignores a last line cut by the end of the sample', () => {
    const sample = 'a;b;c\n1;2;3\n4;5;6\n7;8,9,10,11,12,1';
    expect(detectDelimiter(sample)).toBe(';');
  });

  it('answers , when nothing splits', () => {
    expect(detectDelimiter('')).toBe(',');
    expect(detectDelimiter(lines('monto', '1200', '800'))).toBe(',');
  });
});
