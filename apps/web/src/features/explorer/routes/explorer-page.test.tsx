import type { CatalogFeature } from '@ayni/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE, COMPANY, fakeExplorerApi, renderExplorerAt } from './explorer-test-kit';

const feature = (name: string, unit: string, format: string, es: string, en: string): CatalogFeature => ({
  name,
  group: 'sales',
  levels: ['month', 'product'],
  dependencies: [],
  unit,
  format,
  description_es: es,
  description_en: en,
  roles: ['owner'],
});
const CATALOG: CatalogFeature[] = [
  feature('period', 'text', 'text', 'Clave del período.', 'Period key.'),
  feature(
    'revenue',
    'CLP',
    'currency',
    'Venta neta: suma de los totales de línea.',
    'Net sales: sum of line totals.',
  ),
  feature('units', 'units', 'quantity', 'Unidades netas.', 'Net units.'),
  feature('transactions', 'count', 'integer', 'Boletas distintas.', 'Distinct tickets.'),
  feature('avg_ticket', 'CLP', 'currency', 'Ticket promedio.', 'Average ticket.'),
  feature('margin_pct', '%', 'percent', 'Margen bruto / venta × 100.', 'Gross margin / sales × 100.'),
  feature('product_id', 'text', 'text', 'SKU.', 'SKU.'),
  feature('description', 'text', 'text', 'Descripción.', 'Description.'),
  feature('first_sale', 'date', 'date', 'Primera venta.', 'First sale.'),
];

const month = (period: string, revenue: number, extra: Record<string, unknown> = {}) => ({
  period,
  period_start: `${period}-01`,
  period_end: `${period}-28`,
  revenue,
  units: 15.5,
  transactions: 1234,
  avg_ticket: 1000.4,
  margin_pct: 12.5,
  nulls: {},
  ...extra,
});
const MONTHS = [
  month('2025-09', 1_234_567),
  month('2025-10', 99_000, { avg_ticket: null, transactions: 0, nulls: { avg_ticket: 'NO_TRANSACTIONS' } }),
  // Data through 2025-11-20: November is covered only in part.
  month('2025-11', 500_000, { partial: true }),
];

const product = (id: string, revenue: number) => ({
  product_id: id,
  description: `Producto ${id}`,
  category: 'Bebidas',
  unit_type: 'un',
  revenue,
  units: 3,
  lines: 2,
  margin_pct: null,
  days_sold: 2,
  nulls: { margin_pct: 'NO_COST_DATA' },
});

const requests = fakeExplorerApi(
  (url, json, res) => {
    if (url.pathname === `${BASE}/locations`) {
      return json(
        ['Ñuñoa Centro', 'Norte'].map((name, i) => ({ id: `l${i}`, name, address: null, created_at: '' })),
      );
    }
    if (url.pathname.startsWith(`${BASE}/exports/`)) {
      const xlsx = url.searchParams.get('format') === 'xlsx';
      res.writeHead(200, {
        'content-type': xlsx
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'text/csv',
        'content-disposition': `attachment; filename="ayni-month-todo.${xlsx ? 'xlsx' : 'csv'}"`,
        'access-control-expose-headers': 'content-disposition',
      });
      return void res.end(xlsx ? 'PK' : '\uFEFFPeríodo\r\n');
    }
    if (url.pathname === `${BASE}/metrics`) {
      return json(MONTHS, { grain: url.searchParams.get('grain'), data_through: '2025-11-30' });
    }
    if (url.pathname === `${BASE}/products`) {
      const page = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('page_size') ?? 50);
      const all = Array.from({ length: 120 }, (_, index) => product(`SKU-${index + 1}`, 1000 - index));
      // A product sold by weight: its units are kilos, to the gram.
      all[1] = { ...(all[1] as ReturnType<typeof product>), unit_type: 'kg', units: 4294.18 };
      return json(all.slice((page - 1) * size, page * size), {
        page,
        page_size: size,
        total: all.length,
        sort: url.searchParams.get('sort') ?? '-revenue',
        data_through: '2025-11-30',
        period: null,
      });
    }
    if (url.pathname === `${BASE}/products/SKU-1`) {
      return json(
        { product: { ...product('SKU-1', 1000), first_sale: '2025-09-03' }, range: null, months: [] },
        { data_through: '2025-11-30', period: null },
      );
    }
  },
  { catalog: CATALOG },
);
afterEach(() => vi.restoreAllMocks());

const rows = () => screen.getAllByTestId('explorer-row');
const requestsTo = (suffix: string) => requests.filter((url) => url.pathname.endsWith(suffix));

describe('ExplorerPage', () => {
  it('formats columns from the catalog and explains null cells', async () => {
    renderExplorerAt(`/c/${COMPANY.id}/explore/month`);
    await screen.findAllByTestId('explorer-row');
    // Newest period first by default.
    const first = rows()[0] as HTMLElement;
    expect(first.textContent).toContain('2025-11');
    const september = rows().find((row) => row.textContent?.includes('2025-09')) as HTMLElement;
    expect(within(september).getByText('$ 1.234.567')).toBeTruthy();
    expect(within(september).getByText('12,5 %')).toBeTruthy();
    expect(within(september).getByText('15,5')).toBeTruthy();
    expect(within(september).getByText('1.234')).toBeTruthy();

    const header = screen.getByRole('columnheader', { name: /Venta neta/ });
    expect(header.getAttribute('title')).toBe('Venta neta: suma de los totales de línea. (CLP)');

    const october = rows().find((row) => row.textContent?.includes('2025-10')) as HTMLElement;
    const empty = within(october).getByLabelText('Sin dato: no hay transacciones en el período');
    expect(empty.textContent).toBe('—');
    expect(empty.getAttribute('title')).toBe('Sin dato: no hay transacciones en el período');
    expect(requestsTo('/metrics')[0]?.searchParams.get('grain')).toBe('month');
    expect(
      screen.getByRole('img', {
        name: 'Venta neta por período, de 2025-09 a 2025-11 (3 períodos). Con datos solo en parte: 2025-11.',
      }),
    ).toBeTruthy();
    // The month in progress says so; whole months do not.
    expect(within(first).getByText('parcial')).toBeTruthy();
    expect(within(september).queryByText('parcial')).toBeNull();
    expect(screen.getByTestId('disclaimer').textContent).toBe(
      'Información, no asesoría financiera, legal ni tributaria.',
    );
  });

  it('uses the English descriptions in English', async () => {
    renderExplorerAt(`/c/${COMPANY.id}/explore/month`, 'en');
    await screen.findAllByTestId('explorer-row');
    expect(screen.getByRole('columnheader', { name: /Net sales/ }).getAttribute('title')).toBe(
      'Net sales: sum of line totals. (CLP)',
    );
    expect(screen.getByLabelText('No value: no transactions in the period')).toBeTruthy();
  });

  it('sorts metrics in the browser without asking the API again', async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/month`);
    await screen.findAllByTestId('explorer-row');
    await user.click(screen.getByRole('button', { name: /^Venta neta\. Ordenar/ }));
    expect(rows().map((row) => row.firstElementChild?.textContent)).toEqual([
      '2025-09',
      '2025-11parcial',
      '2025-10',
    ]);
    expect(screen.getByRole('columnheader', { name: /Venta neta/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await user.click(screen.getByRole('button', { name: /^Venta neta\. Ordenar/ }));
    expect(rows().map((row) => row.firstElementChild?.textContent)).toEqual([
      '2025-10',
      '2025-11parcial',
      '2025-09',
    ]);
    expect(requestsTo('/metrics')).toHaveLength(1);
  });

  it('asks the API for sorted pages of products and filters by date', async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/product`);
    await screen.findAllByTestId('explorer-row');
    expect(requestsTo('/products')[0]?.search).toBe('?sort=-revenue&page=1&page_size=50');
    expect(screen.getByText('1–50 de 120')).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'Venta neta de las primeras 10 filas; la primera: Producto SKU-1 ($ 1.000).',
      }),
    ).toBeTruthy();
    // Counted units as a count, weighed ones in their unit.
    expect(within(rows()[0] as HTMLElement).getAllByRole('cell')[4]?.textContent).toBe('3');
    expect(within(rows()[1] as HTMLElement).getAllByRole('cell')[4]?.textContent).toBe('4.294,18 kg');
    // Only the API's whitelist is sortable (category is not).
    expect(within(screen.getByRole('columnheader', { name: 'Categoría' })).queryByRole('button')).toBeNull();

    await user.click(screen.getByRole('button', { name: /^Unidades\. Ordenar/ }));
    await waitFor(() => expect(requestsTo('/products').at(-1)?.searchParams.get('sort')).toBe('-units'));
    await user.click(screen.getByRole('button', { name: /^Descripción\. Ordenar/ }));
    await waitFor(() => expect(requestsTo('/products').at(-1)?.searchParams.get('sort')).toBe('-name'));

    await user.click(screen.getByRole('button', { name: 'Página siguiente' }));
    await waitFor(() => expect(requestsTo('/products').at(-1)?.searchParams.get('page')).toBe('2'));
    expect(await screen.findByText('51–100 de 120')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Desde'), { target: { value: '2025-10-15' } });
    await waitFor(() => {
      const last = requestsTo('/products').at(-1);
      expect(last?.searchParams.get('from')).toBe('2025-10-15');
      expect(last?.searchParams.get('page')).toBe('1');
      expect(last?.searchParams.get('sort')).toBe('-name');
    });
    const nullCell = screen.getAllByLabelText('Sin dato: las líneas no informan costo')[0];
    expect(nullCell?.getAttribute('data-null-reason')).toBe('NO_COST_DATA');
  });

  it('exports every row of the current view from the server, with its filters, in three formats', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/month?from=2025-09-01&sort=revenue`);
    await screen.findAllByTestId('explorer-row');
    const group = screen.getByRole('group', { name: 'Exportar' });
    await user.click(within(group).getByRole('button', { name: 'Exportar como CSV para Excel (;)' }));
    expect(await screen.findByText('Descargamos ayni-month-todo.csv.')).toBeTruthy();
    const csv = requestsTo('/exports/month').at(-1) as URL;
    expect(Object.fromEntries(csv.searchParams)).toEqual({
      format: 'csv',
      delimiter: 'semicolon',
      lang: 'es',
      sort: 'revenue',
      from: '2025-09-01',
    });
    expect(csv.pathname).toBe(`/api/v1/companies/${COMPANY.id}/exports/month`);
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    await user.click(within(group).getByRole('button', { name: 'Exportar como XLSX' }));
    expect(await screen.findByText('Descargamos ayni-month-todo.xlsx.')).toBeTruthy();
    expect(requestsTo('/exports/month').at(-1)?.searchParams.get('format')).toBe('xlsx');
    await user.click(within(group).getByRole('button', { name: 'Exportar como CSV' }));
    await waitFor(() => expect(requestsTo('/exports/month')).toHaveLength(3));
    expect(requestsTo('/exports/month').at(-1)?.searchParams.has('delimiter')).toBe(false);
    // The browser never builds the file: the first load asked only for the rows on screen.
    expect(requestsTo('/metrics')).toHaveLength(1);
  });

  it('filters period levels by branch and exports that branch', async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/month`);
    await screen.findAllByTestId('explorer-row');
    const select = (await screen.findByLabelText('Sucursal')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Todas las sucursales',
      'Ñuñoa Centro',
      'Norte',
    ]);
    await user.selectOptions(select, 'Norte');
    await waitFor(() => expect(requestsTo('/metrics').at(-1)?.searchParams.get('location')).toBe('Norte'));
    await user.click(screen.getByRole('button', { name: 'Exportar como XLSX' }));
    await waitFor(() => expect(requestsTo('/exports/month')).toHaveLength(1));
    expect(requestsTo('/exports/month')[0]?.searchParams.get('location')).toBe('Norte');
    // Products and customers keep the branch (their slice at that branch).
    await user.click(screen.getByRole('tab', { name: 'Productos' }));
    await screen.findAllByTestId('explorer-row');
    expect((screen.getByLabelText('Sucursal') as HTMLSelectElement).value).toBe('Norte');
    expect(requestsTo('/products').at(-1)?.searchParams.get('location')).toBe('Norte');
    await user.click(screen.getByRole('tab', { name: 'Clientes' }));
    await waitFor(() => expect(requestsTo('/customers')).toHaveLength(1));
    expect((screen.getByLabelText('Sucursal') as HTMLSelectElement).value).toBe('Norte');
    expect(requestsTo('/customers')[0]?.searchParams.get('location')).toBe('Norte');
  });

  it('opens a product in a side panel from its row', async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/product`);
    await screen.findAllByTestId('explorer-row');
    await user.click(screen.getByRole('button', { name: 'Ver el detalle de SKU-1' }));
    // Named by its description once loaded, its code beside it.
    const panel = await screen.findByRole('dialog', { name: 'Producto SKU-1 (SKU-1)' });
    expect(await within(panel).findByText('03-09-2025')).toBeTruthy();
    expect(within(panel).getByText('$ 1.000')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('switches levels with the tabs and shows API errors', async () => {
    const { user } = renderExplorerAt(`/c/${COMPANY.id}/explore/month`);
    await screen.findAllByTestId('explorer-row');
    await user.click(screen.getByRole('tab', { name: 'Categorías' }));
    // The fake API has no categories: the error state offers a retry.
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(requestsTo('/categories')).toHaveLength(1);
    expect(screen.getByRole('tab', { name: 'Categorías' }).getAttribute('aria-selected')).toBe('true');
  });
});
