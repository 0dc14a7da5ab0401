import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../../test/helpers';
import { uploadAndWait } from '../../../../test/upload-helpers';

/** Warnings that need the whole file: identical lines and unit prices far from the product's usual. */
describe('file-wide warnings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('flags identical lines and price outliers, keeps the lines, counts each warned line once', async () => {
    const owner = await createOwner(t.db, 'Avisos');
    const token = await loginAs(t.app, owner.email, owner.password);
    const lines = [
      'Fecha venta;N° doc. venta;SKU;Cantidad;Precio unitario;Total neto',
      '01/10/2025 10:00;B1;P1;1;$ 500;$ 500', // line 2
      '01/10/2025 10:00;B1;P1;1;$ 500;$ 500', // line 3: identical to line 2
      '01/10/2025 10:00;B1;P1;2;$ 500;$ 1.000', // line 4: same product, other values
      ...Array.from({ length: 6 }, (_, i) => `02/10/2025 11:0${i};B${10 + i};P2;1;$ 1.000;$ 1.000`), // lines 5–10
      '03/10/2025 12:00;B20;P2;1;$ 5.000;$ 5.000', // line 11: over 3× the median (1.000)
      '03/10/2025 12:05;B21;P2;20000;$ 200;$ 4.000.000', // line 12: under ⅓ the median and a huge quantity
    ];
    const upload = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'avisos.csv',
      content: `${lines.join('\n')}\n`,
    });
    expect(upload.status, JSON.stringify(upload.error)).toBe('completed');
    expect(upload.rows).toMatchObject({ accepted: 11, rejected: 0, inserted: 11 });
    const issues = await t.owner.pool.query<{ line: number; code: string; message_en: string }>(
      `select line, code, message_en from upload_issues
       where company_id = $1 and upload_id = $2 and severity = 'warning' order by line, code`,
      [owner.company.id, upload.id],
    );
    const byCode = (code: string) => issues.rows.filter((r) => r.code === code).map((r) => r.line);
    expect(byCode('DUPLICATE_LINE')).toEqual([3]);
    expect(issues.rows.find((r) => r.code === 'DUPLICATE_LINE')?.message_en).toContain('identical to line 2');
    expect(byCode('PRICE_OUTLIER')).toEqual([11, 12]);
    // Line 12 also has the engine's quantity warning; warned lines: 3, 11, 12.
    expect(issues.rows.filter((r) => r.line === 12).length).toBeGreaterThan(1);
    expect(upload.rows.warnings).toBe(3);
  });
});
