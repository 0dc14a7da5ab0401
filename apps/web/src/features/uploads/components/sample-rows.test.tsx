import type { UploadPreview } from '@ayni/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DetectedColumn } from '../lib/mapping';
import { renderWithApp } from '../test/render';
import { SampleRows } from './sample-rows';

const column = (index: number, name: string, field: DetectedColumn['field']): DetectedColumn => ({
  index,
  name,
  field,
  confidence: 1,
  type: 'number',
  number: { decimal: ',', thousands: '.', currency: null, percent: false },
  date: null,
});

const COLUMNS = [
  column(0, 'Cantidad', 'in_quantity'),
  column(1, 'Total neto', 'in_price_total'),
  column(2, 'Stock actual', 'in_stock'),
  column(3, 'Costo total', 'in_cost_total'),
];

const row = (
  line: number,
  values: UploadPreview['rows'][number]['values'],
): UploadPreview['rows'][number] => ({
  line,
  outcome: 'accepted',
  values,
  issues: [],
});

/** The cells of one body row, after the line number and the outcome. */
const cellsOf = (line: number) => {
  const cells = within(screen.getByTestId('upload-sample'))
    .getAllByRole('row')
    .find((tr) => tr.firstElementChild?.textContent === String(line));
  return [...(cells?.children ?? [])].slice(2, 6).map((cell) => cell.textContent);
};

describe('SampleRows', () => {
  it('shows every digit the import keeps: grams of a kg quantity, cents of an amount', () => {
    renderWithApp(
      <SampleRows
        columns={COLUMNS}
        rows={[
          row(2, { in_quantity: 1.088, in_price_total: 6400, in_stock: 28.912, in_cost_total: 2556.8 }),
          row(3, { in_quantity: -2, in_price_total: -1234.56, in_stock: 17, in_cost_total: null }),
        ]}
      />,
    );
    expect(cellsOf(2)).toEqual(['1,088', '$ 6.400', '28,912', '$ 2.556,80']);
    expect(cellsOf(3)).toEqual(['-2', '-$ 1.234,56', '17', '—']);
  });
});
