import { describe, expect, it } from 'vitest';
import { keepWeekdayRows } from './explorer-hours';
import {
  explorerFilterParams,
  explorerRequest,
  filtersForLevel,
  isSliced,
  NO_EXPLORER_FILTERS,
  parseExplorerLink,
  readExplorerParams,
} from './explorer-link';

describe('parseExplorerLink', () => {
  it('reads the level, range, sort and slice of a link, absolute or not', () => {
    const view = parseExplorerLink(
      'https://app.ayni.cl/c/abc/explore/location?from=2025-10-01&to=2025-10-31&sort=-revenue&category=Panader%C3%ADa&weekdays=7,6,6&hour_from=6&hour_to=12',
    );
    expect(view).toEqual({
      companyId: 'abc',
      level: 'location',
      from: '2025-10-01',
      to: '2025-10-31',
      sort: '-revenue',
      filters: {
        ...NO_EXPLORER_FILTERS,
        category: 'Panadería',
        weekdays: [6, 7],
        hours: { from: 6, to: 12 },
      },
      ignored: [],
    });
    expect(parseExplorerLink('/c/abc/explore/product?location=Sucursal+Providencia')?.filters.location).toBe(
      'Sucursal Providencia',
    );
  });

  it('reads a unit on the product list only, and it slices no lines', () => {
    const products = parseExplorerLink('/c/abc/explore/product?unit=KG&sort=-units');
    expect(products?.filters).toEqual({ ...NO_EXPLORER_FILTERS, unit: 'kg' });
    expect(isSliced('product', products?.filters ?? NO_EXPLORER_FILTERS)).toBe(false);
    expect(explorerRequest('product', { sort: '-units' }, products?.filters ?? NO_EXPLORER_FILTERS)).toEqual({
      path: 'products',
      query: { unit: 'kg', sort: '-units' },
    });
    expect(parseExplorerLink('/c/abc/explore/category?unit=kg')).toMatchObject({
      filters: NO_EXPLORER_FILTERS,
      ignored: ['unit'],
    });
    // Moving to the categories drops it.
    expect(filtersForLevel({ ...NO_EXPLORER_FILTERS, unit: 'kg' }, 'category').unit).toBeNull();
  });

  it('is null for other pages and unknown levels', () => {
    expect(parseExplorerLink('/c/abc')).toBeNull();
    expect(parseExplorerLink('/c/abc/explore/hours')).toBeNull();
    expect(parseExplorerLink('/c/abc/uploads')).toBeNull();
  });

  it('lists what it cannot apply: malformed values and filters the level lacks', () => {
    const read = (search: string, level: Parameters<typeof readExplorerParams>[1]) =>
      readExplorerParams(new URLSearchParams(search), level);
    expect(read('from=2025-13&weekdays=8&hour_from=25', 'product')).toMatchObject({
      from: null,
      filters: NO_EXPLORER_FILTERS,
      ignored: ['from', 'weekdays', 'hour_from'],
    });
    expect(read('location=Centro&weekdays=6', 'customer')).toMatchObject({
      filters: { location: 'Centro' },
      ignored: ['weekdays'],
    });
    expect(read('weekdays=6&product=PAN-1', 'month').ignored).toEqual(['weekdays']);
    expect(read('hour_from=12&hour_to=12', 'category')).toMatchObject({
      filters: { hours: null },
      ignored: ['hour_from', 'hour_to'],
    });
    // A span that ends before it begins runs past midnight (the madrugada).
    expect(read('hour_from=22&hour_to=6', 'category').filters.hours).toEqual({ from: 22, to: 6 });
    // One bound alone keeps the day's other end.
    expect(read('hour_from=18', 'category').filters.hours).toEqual({ from: 18, to: 24 });
    expect(read('hour_to=9', 'category').filters.hours).toEqual({ from: 0, to: 9 });
  });
});

describe('explorerRequest', () => {
  const filters = {
    ...NO_EXPLORER_FILTERS,
    location: 'Centro',
    product: 'PAN-1',
    weekdays: [6, 7],
    hours: { from: 12, to: 15 },
  };

  it('reads a product or category per period from /metrics/slice, a branch alone from /metrics', () => {
    expect(explorerRequest('week', { from: '2025-10-01' }, filters)).toEqual({
      path: 'metrics/slice',
      query: { grain: 'week', from: '2025-10-01', location: 'Centro', product: 'PAN-1' },
    });
    expect(explorerRequest('month', {}, { ...NO_EXPLORER_FILTERS, location: 'Centro' })).toEqual({
      path: 'metrics',
      query: { grain: 'month', location: 'Centro' },
    });
  });

  it('sends each list the filters its endpoint takes, and only those', () => {
    const view = { sort: '-units', page: 2, pageSize: 50 };
    expect(explorerRequest('product', view, filters)).toEqual({
      path: 'products',
      query: {
        location: 'Centro',
        weekdays: '6,7',
        hour_from: '12',
        hour_to: '15',
        sort: '-units',
        page: 2,
        page_size: 50,
      },
    });
    expect(explorerRequest('location', view, filters).query).toEqual({
      product: 'PAN-1',
      weekdays: '6,7',
      hour_from: '12',
      hour_to: '15',
      sort: '-units',
      page: 2,
      page_size: 50,
    });
    // Customers at a branch: their purchases there.
    expect(explorerRequest('customer', view, filters)).toEqual({
      path: 'customers',
      query: { location: 'Centro', sort: '-units', page: 2, page_size: 50 },
    });
  });

  it("reads one customer's lifetime profile, with no range, sort or page", () => {
    const view = parseExplorerLink('/c/abc/explore/customer?customer=12345678-5&from=2025-01-01&location=X');
    expect(view?.filters).toEqual({ ...NO_EXPLORER_FILTERS, customer: '12345678-5' });
    expect(view?.ignored).toEqual(['location']);
    expect(
      explorerRequest(
        'customer',
        { from: '2025-01-01', sort: '-revenue', page: 2 },
        view?.filters ?? NO_EXPLORER_FILTERS,
      ),
    ).toEqual({
      path: 'customers/12345678-5',
      query: {},
    });
    expect(explorerRequest('customer', {}, { ...NO_EXPLORER_FILTERS, customer: 'a/b c' }).path).toBe(
      'customers/a%2Fb%20c',
    );
    // Other levels have no customer.
    expect(readExplorerParams(new URLSearchParams('customer=1'), 'month').ignored).toEqual(['customer']);
  });

  it('asks /hours for the whole grid of the branch, product or category; weekdays and hours stay in the view', () => {
    const view = parseExplorerLink(
      '/c/abc/explore/hour?from=2025-10-01&to=2025-10-31&sort=-avg_ticket&weekdays=6&hour_from=12&hour_to=18&location=Centro',
    );
    expect(view).toMatchObject({ level: 'hour', sort: '-avg_ticket', ignored: [] });
    expect(view?.filters).toEqual({
      ...NO_EXPLORER_FILTERS,
      location: 'Centro',
      weekdays: [6],
      hours: { from: 12, to: 18 },
    });
    expect(
      explorerRequest('hour', { from: '2025-10-01', sort: '-units', page: 2, pageSize: 50 }, filters),
    ).toEqual({
      path: 'hours',
      query: { from: '2025-10-01', location: 'Centro', product: 'PAN-1' },
    });
    expect(isSliced('hour', filters)).toBe(false);
  });

  it('keeps the days of some weekdays in the day view, asking /metrics for all days', () => {
    const view = parseExplorerLink('/c/abc/explore/day?from=2025-10-01&to=2025-10-31&weekdays=6,7');
    expect(view?.ignored).toEqual([]);
    expect(explorerRequest('day', { from: '2025-10-01' }, view?.filters ?? NO_EXPLORER_FILTERS)).toEqual({
      path: 'metrics',
      query: { grain: 'day', from: '2025-10-01' },
    });
    const days = ['2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06'].map((start) => ({
      period_start: start,
    }));
    expect(keepWeekdayRows(days, [6, 7])).toEqual([
      { period_start: '2025-10-04' },
      { period_start: '2025-10-05' },
    ]);
    expect(keepWeekdayRows(days, null)).toHaveLength(4);
    expect(readExplorerParams(new URLSearchParams('weekdays=6'), 'week').ignored).toEqual(['weekdays']);
  });

  it("sends a category's products to /products with the category", () => {
    const view = parseExplorerLink('/c/abc/explore/product?sort=-units&category=Bebidas&location=Centro');
    expect(view?.ignored).toEqual([]);
    expect(explorerRequest('product', { sort: '-units' }, view?.filters ?? NO_EXPLORER_FILTERS)).toEqual({
      path: 'products',
      query: { location: 'Centro', category: 'Bebidas', sort: '-units' },
    });
  });

  it('tells a slice of the lines from the stored levels', () => {
    expect(isSliced('month', { ...NO_EXPLORER_FILTERS, location: 'Centro' })).toBe(false);
    expect(isSliced('month', { ...NO_EXPLORER_FILTERS, category: 'Bebidas' })).toBe(true);
    expect(isSliced('product', { ...NO_EXPLORER_FILTERS, location: 'Centro' })).toBe(true);
    // Customers at a branch are their lines there; without one, the stored lifetime profiles.
    expect(isSliced('customer', filters)).toBe(true);
    expect(isSliced('customer', { ...filters, location: null })).toBe(false);
    expect(explorerFilterParams(filtersForLevel(filters, 'category'))).toEqual({
      location: 'Centro',
      weekdays: '6,7',
      hour_from: '12',
      hour_to: '15',
    });
  });
});
