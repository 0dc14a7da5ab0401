import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE, COMPANY, chips, fakeExplorerApi, paramsOf, renderExplorerAt } from './explorer-test-kit';

// Ask's weekday and hour answers open the weekday × hour view (`/hours` of the slice, the link's
// weekdays and hours kept and totalled); a customer's answers open that customer's profile.
/** The 168 cells: sales on Saturday 12 h and 13 h and Sunday 13 h only. */
function grid(scale: number) {
  const cells = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const sold: Record<string, [number, number]> = {
        '6:12': [10_000, 4],
        '6:13': [20_001, 3],
        '7:13': [5_000, 1],
      };
      const [revenue, transactions] = sold[`${weekday}:${hour}`] ?? [0, 0];
      cells.push({
        weekday,
        hour,
        day_part: 'x',
        revenue: revenue * scale,
        units: transactions * 2,
        transactions,
        returns: 0,
        lines: transactions,
        avg_ticket: transactions ? Math.round((revenue * scale * 100) / transactions) / 100 : null,
        days: transactions ? 1 : 0,
        nulls: {},
      });
    }
  }
  return cells;
}

const requests = fakeExplorerApi((url, json, res) => {
  const q = url.searchParams;
  if (url.pathname.startsWith(`${BASE}/exports/`)) {
    res.writeHead(200, {
      'content-type': 'text/csv',
      'content-disposition': 'attachment; filename="ayni-hour-todo.csv"',
      'access-control-expose-headers': 'content-disposition',
    });
    return void res.end('\uFEFFDía\r\n');
  }
  if (url.pathname === `${BASE}/locations`) {
    return json([{ id: 'l0', name: 'Centro', address: null, created_at: '' }]);
  }
  if (url.pathname === `${BASE}/hours`) {
    // A branch's grid is half the company's, so a test sees which one the view shows.
    return json(grid(q.has('location') ? 0.5 : 1), {
      page: 1,
      page_size: 168,
      total: 168,
      sort: '-revenue',
      period: q.get('from') ? { from: q.get('from'), to: q.get('to') } : null,
    });
  }
  if (url.pathname === `${BASE}/metrics`) {
    // Friday 3rd, Saturday 4th and Sunday 5th of October.
    const day = (start: string, revenue: number) => ({
      period: start,
      period_start: start,
      period_end: start,
      revenue,
      nulls: {},
    });
    return json([day('2025-10-03', 1_111), day('2025-10-04', 2_222), day('2025-10-05', 3_333)], {
      grain: 'day',
    });
  }
  if (url.pathname === `${BASE}/customers/12345678-5`) {
    return json({
      customer_id: '12345678-5',
      revenue: 77_777,
      transactions: 7,
      avg_ticket: 11_111,
      favorite_product: 'PAN-001',
      preferred_day_part: 'tarde',
      lifecycle_stage: 'at_risk',
      nulls: {},
    });
  }
  if (url.pathname === `${BASE}/products/PAN-001`) {
    return json(
      {
        product: { product_id: 'PAN-001', description: 'Pan marraqueta', nulls: {} },
        range: null,
        months: [],
      },
      { data_through: '2025-11-30', period: null },
    );
  }
  if (url.pathname === `${BASE}/customers`) {
    return json([{ customer_id: '11.111.111-1', revenue: 100, nulls: {} }], {
      page: 1,
      page_size: 50,
      total: 1,
      sort: '-revenue',
      period: null,
    });
  }
});

const requestsTo = (path: string) => requests.filter((url) => url.pathname === `${BASE}${path}`);
afterEach(() => vi.restoreAllMocks());
const texts = (elements: Element[]) => elements.map((element) => element.textContent?.trim());

describe('the weekday × hour view', () => {
  it("shows a branch's afternoons on Saturdays as a table with headers and totals, and drops filters", async () => {
    const { user } = renderExplorerAt(
      `/c/${COMPANY.id}/explore/hour?from=2025-10-01&to=2025-10-31&location=Centro&weekdays=6&hour_from=12&hour_to=18`,
    );
    const table = await screen.findByRole('table', { name: /Venta neta por hora/ });
    // `/hours` takes the branch and the dates; the weekdays and hours are the view's.
    expect(paramsOf(requestsTo('/hours')[0])).toEqual({
      from: '2025-10-01',
      to: '2025-10-31',
      location: 'Centro',
    });
    expect(chips()).toEqual(['Sucursal: Centro×', 'Días: sáb×', 'Horas: 12–18×']);
    expect(texts(within(table).getAllByRole('columnheader'))).toEqual(['Hora', 'sáb', 'Total']);
    expect(texts(within(table).getAllByRole('rowheader'))).toEqual([
      '12 h',
      '13 h',
      '14 h',
      '15 h',
      '16 h',
      '17 h',
      'Total',
    ]);
    // Half the company's: 5.000 + 10.000,5 → the Saturday total in whole pesos.
    const totalRow = within(table).getByRole('row', { name: /^Total/ });
    expect(texts(within(totalRow).getAllByRole('cell'))).toEqual(['$ 15.001', '$ 15.001']);
    expect(screen.getByText('Sumado de las ventas del 01-10-2025 al 31-10-2025.')).toBeTruthy();
    // The selection's totals carry every figure an answer about them gives, returns included.
    expect(screen.getByText('Devoluciones').nextElementSibling?.textContent).toBe('0');
    // The average ticket of the selection is recomputed from its sums: 15.000,5 / 7 tickets.
    await user.selectOptions(screen.getByLabelText('Cifra'), 'avg_ticket');
    await waitFor(() => expect(screen.getByTestId('url').textContent).toContain('sort=-avg_ticket'));
    expect(screen.getByRole('table', { name: /Ticket promedio por hora/ })).toBeTruthy();
    expect(within(screen.getByRole('table')).getByRole('row', { name: /^Total/ }).textContent).toContain(
      '$ 2.143',
    );

    await user.click(screen.getByRole('button', { name: 'Quitar todos los filtros' }));
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(25));
    expect(screen.getAllByRole('columnheader')).toHaveLength(9);
    await waitFor(() => expect(requestsTo('/hours').at(-1)?.searchParams.has('location')).toBe(false));
    // The company's whole week: 10.000 + 20.001 + 5.000.
    expect(await screen.findByText('$ 35.001')).toBeTruthy();
    expect(chips()).toEqual([]);
  });

  it("exports a branch's grid, its cells by weekday and hour whatever figure it shows", async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/hour?location=Centro&sort=-transactions`);
    await screen.findByRole('table');
    const group = screen.getByRole('group', { name: 'Exportar' });
    await user.click(within(group).getByRole('button', { name: 'Exportar como CSV' }));
    expect(await screen.findByText('Descargamos ayni-hour-todo.csv.')).toBeTruthy();
    expect(paramsOf(requestsTo('/exports/hour').at(-1))).toEqual({
      format: 'csv',
      lang: 'es',
      sort: 'weekday',
      location: 'Centro',
    });
  });

  it('names the grid in English and says when the selection sold nothing', async () => {
    renderExplorerAt(`/c/${COMPANY.id}/explore/hour?weekdays=1&sort=-transactions`, 'en');
    expect(await screen.findByText('There are no sales on these days and hours.')).toBeTruthy();
    expect(chips()).toEqual(['Days: Mon×']);
    expect(screen.getByRole('button', { name: 'Export as XLSX' }).hasAttribute('disabled')).toBe(true);
  });

  it("keeps the days of a link's weekdays in the day view, as 'el mejor sábado' links them", async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/day?weekdays=6`);
    expect(await screen.findByText('$ 2.222')).toBeTruthy();
    expect(screen.queryByText('$ 1.111')).toBeNull();
    expect(paramsOf(requestsTo('/metrics')[0])).toEqual({ grain: 'day' });
    expect(chips()).toEqual(['Días: sáb×']);
    expect(screen.getByRole('button', { name: 'Exportar como XLSX' }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Quitar el filtro Días: sáb' }));
    expect(await screen.findByText('$ 1.111')).toBeTruthy();
  });

  it("opens one customer's profile from a customer link, and the list without it", async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/customer?customer=12345678-5`);
    expect(await screen.findByText('$ 77.777')).toBeTruthy();
    expect(requestsTo('/customers/12345678-5')).toHaveLength(1);
    // Its panel: the profile's codes in words, the favorite product by its description.
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: /12\.345\.678-5/ }));
    const panel = await screen.findByRole('dialog', { name: 'Cliente 12.345.678-5' });
    expect(await within(panel).findByText('En riesgo')).toBeTruthy();
    expect(within(panel).getByText('Tarde (12–18 h)')).toBeTruthy();
    expect(await within(panel).findByText('Pan marraqueta (PAN-001)')).toBeTruthy();
    expect(requestsTo('/customers')).toHaveLength(0);
    expect(chips()).toEqual(['Cliente: 12.345.678-5×']);
    await user.click(screen.getByRole('button', { name: 'Quitar el filtro Cliente: 12.345.678-5' }));
    expect(await screen.findByText('$ 100')).toBeTruthy();
    expect(screen.getByTestId('url').textContent).toBe(`/c/${COMPANY.id}/explore/customer`);
  });
});
