import { describe, expect, it } from 'vitest';
import { visibleColumns } from './levels';

describe('visibleColumns', () => {
  const month = (values: Record<string, unknown>) => ({
    period: '2025-10',
    revenue: 1000,
    discount: null,
    commission: null,
    ...values,
  });

  it('shows commissions only when some row has one', () => {
    expect(visibleColumns('month', [month({}), month({ period: '2025-11' })])).not.toContain('commission');
    const shown = visibleColumns('month', [month({}), month({ period: '2025-11', commission: 89.5 })]);
    expect(shown).toContain('commission');
    // Beside the discount, whose empty column stays (the engine says why it is empty).
    expect(shown.indexOf('commission')).toBe(shown.indexOf('discount') + 1);
    expect(visibleColumns('product', [{ product_id: 'P', revenue: 10, commission: 3 }])).toContain(
      'commission',
    );
  });

  it('keeps the columns the rows have, and every ordinary one before rows load', () => {
    expect(visibleColumns('month', [month({})])).toEqual(['period', 'revenue', 'discount']);
    expect(visibleColumns('month', [])).not.toContain('commission');
    expect(visibleColumns('month', [])).toContain('gross_margin');
  });
});
