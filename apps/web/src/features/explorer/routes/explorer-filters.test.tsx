import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BASE, COMPANY, chips, fakeExplorerApi, paramsOf, renderExplorerAt } from './explorer-test-kit';

// Ask's deep links carry a slice (branch, product, category, weekdays, hours): the explorer must
// ask the same endpoint with it, and say so with removable chips.
const sales = (key: Record<string, string>, revenue: number) => ({
  ...key,
  revenue,
  units: 4,
  lines: 3,
  transactions: 2,
  nulls: {},
});

const requests = fakeExplorerApi((url, json, res) => {
  const q = url.searchParams;
  if (url.pathname.startsWith(`${BASE}/exports/`)) {
    res.writeHead(200, {
      'content-type': 'text/csv',
      'content-disposition': 'attachment; filename="ayni-product-kg-todo.csv"',
      'access-control-expose-headers': 'content-disposition',
    });
    return void res.end('\uFEFFSKU\r\n');
  }
  const list = (rows: unknown[]) =>
    json(rows, {
      page: 1,
      page_size: 50,
      total: rows.length,
      sort: q.get('sort') ?? '-revenue',
      period: q.get('from') ? { from: q.get('from'), to: q.get('to') } : null,
    });
  // Sliced answers differ from the company's, so a test sees which one the view shows.
  const sliced = ['location', 'product', 'category', 'weekdays', 'hour_from'].some((key) => q.has(key));
  if (url.pathname === `${BASE}/locations`) {
    return json(['Centro', 'Norte'].map((name, i) => ({ id: `l${i}`, name, address: null, created_at: '' })));
  }
  if (url.pathname === `${BASE}/metrics/slice`) {
    return json([sales({ period: '2025-10', period_start: '2025-10-01', period_end: '2025-10-31' }, 4_321)], {
      grain: q.get('grain'),
      period: { from: '2025-10-01', to: '2025-11-30' },
    });
  }
  if (url.pathname === `${BASE}/metrics`) {
    return json([sales({ period: '2025-10' }, sliced ? 55_000 : 999_000)], { grain: q.get('grain') });
  }
  if (url.pathname === `${BASE}/products`) {
    // A unit keeps the products sold in it; every answer names the company's units.
    const units = { units: ['un', 'kg'] };
    if (q.get('unit') === 'kg') {
      const kilos = {
        ...sales({ product_id: 'CAR-001', description: 'Carne molida' }, 461_197),
        unit_type: 'kg',
      };
      return json([{ ...kilos, units: 46.166 }], {
        ...units,
        page: 1,
        page_size: 50,
        total: 1,
        sort: '-units',
      });
    }
    const pan = sales({ product_id: 'PAN-003', description: 'Pan amasado' }, sliced ? 1_500 : 90_000);
    return json([pan], { ...units, page: 1, page_size: 50, total: 1, sort: q.get('sort') ?? '-revenue' });
  }
  if (url.pathname === `${BASE}/products/PAN-003`) {
    const pan = sales({ product_id: 'PAN-003', description: 'Pan amasado' }, 90_000);
    return json({ product: pan, range: null, months: [] }, { period: null });
  }
  if (url.pathname === `${BASE}/categories`) return list([sales({ category: 'Bebidas' }, 7_000)]);
  if (url.pathname === `${BASE}/locations/sales`) {
    return list([sales({ location: 'Centro' }, sliced ? 2_500 : 80_000)]);
  }
  if (url.pathname === `${BASE}/customers`) return list([sales({ customer_id: '11.111.111-1' }, 100)]);
});

const requestsTo = (path: string) => requests.filter((url) => url.pathname === `${BASE}${path}`);
const filters = () => screen.getByRole('region', { name: 'Filtros activos' });

describe('explorer links with a slice', () => {
  it('lists the products of one unit, as "¿qué productos vendí más en kilos?" links them', async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/product?sort=-units&unit=kg`);
    expect(await screen.findByText('Carne molida')).toBeTruthy();
    expect(screen.queryByText('Pan amasado')).toBeNull();
    expect(paramsOf(requestsTo('/products').at(-1))).toMatchObject({ sort: '-units', unit: 'kg' });
    expect(chips()).toEqual(['Unidad: Kilos×']);
    const select = screen.getByLabelText('Unidad de medida') as HTMLSelectElement;
    expect(select.value).toBe('kg');
    expect([...select.options].map((option) => option.text)).toEqual([
      'Todas las unidades',
      'Unidades',
      'Kilos',
    ]);
    // The file is of the same products.
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const group = screen.getByRole('group', { name: 'Exportar' });
    await user.click(within(group).getByRole('button', { name: 'Exportar como CSV' }));
    expect(await screen.findByText('Descargamos ayni-product-kg-todo.csv.')).toBeTruthy();
    expect(paramsOf(requestsTo('/exports/product').at(-1))).toEqual({
      format: 'csv',
      lang: 'es',
      sort: '-units',
      unit: 'kg',
    });

    await user.selectOptions(select, '');
    expect(await screen.findByText('Pan amasado')).toBeTruthy();
    expect(requestsTo('/products').at(-1)?.searchParams.has('unit')).toBe(false);
    expect(screen.queryByRole('region', { name: 'Filtros activos' })).toBeNull();
  });

  it('shows the top products of one branch, as "top 5 productos en sucursal X" links them', async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/product?sort=-revenue&location=Centro`);
    expect(await screen.findByText('$ 1.500')).toBeTruthy();
    expect(paramsOf(requestsTo('/products')[0])).toEqual({
      sort: '-revenue',
      page: '1',
      page_size: '50',
      location: 'Centro',
    });
    expect(chips()).toEqual(['Sucursal: Centro×']);
    expect((screen.getByLabelText('Sucursal') as HTMLSelectElement).value).toBe('Centro');
    // The export cannot apply the slice yet: it is offered only without it.
    expect(screen.getByText(/La exportación aún no aplica estos filtros/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exportar como XLSX' }).hasAttribute('disabled')).toBe(true);
    // A product's panel is not sliced: it says so.
    await user.click(screen.getByRole('button', { name: 'Ver el detalle de PAN-003' }));
    const panel = await screen.findByRole('dialog', { name: 'Producto PAN-003' });
    expect(within(panel).getByText('Sin los filtros de la vista: cifras de toda la empresa.')).toBeTruthy();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Quitar el filtro Sucursal: Centro' }));
    expect(await screen.findByText('$ 90.000')).toBeTruthy();
    expect(requestsTo('/products').at(-1)?.searchParams.has('location')).toBe(false);
    expect(chips()).toEqual([]);
    expect(screen.getByTestId('url').textContent).toBe(`/c/${COMPANY.id}/explore/product?sort=-revenue`);
  });

  it('ranks branches for a category on some days and hours, and removes filters by keyboard', async () => {
    const { user } = renderExplorerAt(
      `/c/${COMPANY.id}/explore/location?sort=-revenue&category=Bebidas&weekdays=7,6&hour_from=12&hour_to=15`,
    );
    expect(await screen.findByText('$ 2.500')).toBeTruthy();
    expect(paramsOf(requestsTo('/locations/sales')[0])).toEqual({
      sort: '-revenue',
      page: '1',
      page_size: '50',
      category: 'Bebidas',
      weekdays: '6,7',
      hour_from: '12',
      hour_to: '15',
    });
    expect(chips()).toEqual(['Categoría: Bebidas×', 'Días: sáb, dom×', 'Horas: 12–15×']);
    expect(within(filters()).getByText(/quítalos para ver el total/)).toBeTruthy();

    const removeDays = screen.getByRole('button', { name: 'Quitar el filtro Días: sáb, dom' });
    removeDays.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(chips()).toEqual(['Categoría: Bebidas×', 'Horas: 12–15×']));
    await waitFor(() =>
      expect(requestsTo('/locations/sales').at(-1)?.searchParams.has('weekdays')).toBe(false),
    );
    expect(requestsTo('/locations/sales').at(-1)?.searchParams.get('hour_from')).toBe('12');

    await user.click(screen.getByRole('button', { name: 'Quitar todos los filtros' }));
    expect(await screen.findByText('$ 80.000')).toBeTruthy();
    expect(chips()).toEqual([]);
    expect(screen.getByTestId('url').textContent).toBe(`/c/${COMPANY.id}/explore/location?sort=-revenue`);
  });

  it("draws a product's months from /metrics/slice and carries it to the branches", async () => {
    const { user } = renderExplorerAt(
      `/c/${COMPANY.id}/explore/month?product=PAN-003&from=2025-10-15&to=2025-11-02`,
    );
    expect(await screen.findByText('$ 4.321')).toBeTruthy();
    expect(paramsOf(requestsTo('/metrics/slice')[0])).toEqual({
      grain: 'month',
      from: '2025-10-15',
      to: '2025-11-02',
      product: 'PAN-003',
    });
    expect(requestsTo('/metrics')).toHaveLength(0);
    expect(await screen.findByText('Producto: Pan amasado (PAN-003)')).toBeTruthy();
    expect(chips()).toEqual(['Producto: Pan amasado (PAN-003)×']);
    expect(screen.getByText('Períodos completos: del 01-10-2025 al 30-11-2025.')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Sucursales' }));
    await waitFor(() => expect(requestsTo('/locations/sales')).toHaveLength(1));
    expect(paramsOf(requestsTo('/locations/sales')[0])).toMatchObject({
      from: '2025-10-15',
      to: '2025-11-02',
      product: 'PAN-003',
    });
    // Customers have no slice: the product goes away rather than be shown and ignored.
    await user.click(screen.getByRole('tab', { name: 'Clientes' }));
    await waitFor(() => expect(requestsTo('/customers')).toHaveLength(1));
    expect(requestsTo('/customers')[0]?.searchParams.has('product')).toBe(false);
    expect(chips()).toEqual([]);
  });

  it('keeps a branch-only period level on /metrics and crosses branch and category on the slice', async () => {
    renderExplorerAt(`/c/${COMPANY.id}/explore/month?from=2025-10-01&to=2025-10-31&location=Centro`);
    expect(await screen.findByText('$ 55.000')).toBeTruthy();
    expect(paramsOf(requestsTo('/metrics')[0])).toEqual({
      grain: 'month',
      from: '2025-10-01',
      to: '2025-10-31',
      location: 'Centro',
    });
    expect(chips()).toEqual(['Sucursal: Centro×']);
    // A branch alone is exportable (the export takes `location` on period levels).
    expect(screen.getByRole('button', { name: 'Exportar como XLSX' }).hasAttribute('disabled')).toBe(false);
  });

  it('asks the slice for a branch and a category per week', async () => {
    renderExplorerAt(`/c/${COMPANY.id}/explore/week?category=Panader%C3%ADa&location=Norte`);
    expect(await screen.findByText('$ 4.321')).toBeTruthy();
    expect(paramsOf(requestsTo('/metrics/slice')[0])).toEqual({
      grain: 'week',
      location: 'Norte',
      category: 'Panadería',
    });
    expect(chips()).toEqual(['Sucursal: Norte×', 'Categoría: Panadería×']);
  });

  it('names the filters in English and applies none a level cannot', async () => {
    renderExplorerAt(`/c/${COMPANY.id}/explore/category?weekdays=6,7&hour_from=18&hour_to=24`, 'en');
    await waitFor(() => expect(requestsTo('/categories')).toHaveLength(1));
    expect(paramsOf(requestsTo('/categories')[0])).toMatchObject({
      weekdays: '6,7',
      hour_from: '18',
      hour_to: '24',
    });
    expect(chips()).toEqual(['Days: Sat, Sun×', 'Hours: 18–24×']);
    expect(screen.getByRole('button', { name: 'Remove the filter Hours: 18–24' })).toBeTruthy();
  });

  it('ignores filters a level has no slice for, and malformed ones', async () => {
    renderExplorerAt(`/c/${COMPANY.id}/explore/customer?product=P1&weekdays=9`);
    await waitFor(() => expect(requestsTo('/customers')).toHaveLength(1));
    expect(paramsOf(requestsTo('/customers')[0])).toEqual({ sort: '-revenue', page: '1', page_size: '50' });
    expect(chips()).toEqual([]);
  });

  it("lists a branch's customers, with its chip", async () => {
    renderExplorerAt(`/c/${COMPANY.id}/explore/customer?location=Centro&from=2025-10-01&to=2025-10-31`);
    await waitFor(() => expect(requestsTo('/customers')).toHaveLength(1));
    expect(paramsOf(requestsTo('/customers')[0])).toMatchObject({
      location: 'Centro',
      from: '2025-10-01',
      to: '2025-10-31',
    });
    expect(chips()).toEqual(['Sucursal: Centro×']);
  });
});
