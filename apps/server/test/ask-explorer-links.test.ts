import {
  type AskQuery,
  type AskValue,
  explorerFilterParams,
  explorerRequest,
  type HourCellFigures,
  type HourTotals,
  hourGrid,
  isMetricLevel,
  keepWeekdayRows,
  parseExplorerLink,
} from '@ayni/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkOf } from '../src/modules/ask/answer-extras';
import { loadEvalSet } from '../src/modules/ask/eval/eval-set';
import { askedOn, postQuestion } from './ask-client';
import { createDemoCompany, DEMO_DATA_THROUGH } from './demo-company';
import { bearer, buildTestApp, type createOwner, type TestApp } from './helpers';

/*
 * Ask's deep links against the explorer's reading of them (`parseExplorerLink` and
 * `explorerRequest` in contracts, the functions the web app calls): every parameter a link
 * carries is applied by the view it opens, and that view's request gives the answer's figures.
 */

const ROW_ID: Record<string, string> = {
  product: 'product_id',
  category: 'category',
  location: 'location',
  customer: 'customer_id',
};

/**
 * Figures no view shows: one customer's own over a range, the products without a sale in a
 * period, the largest tickets, and categories or branches summed over one unit's products.
 */
const noViewShows = (query: AskQuery) =>
  (query.period !== null && query.intent !== 'segment' && query.filters.customer !== null) ||
  query.segment === 'unsold' ||
  query.segment === 'largest_tickets' ||
  (query.filters.unit !== null && (query.by === 'category' || query.by === 'location'));

describe('Ask links open an explorer view with the same filters', () => {
  it('leaves no parameter of any eval-set link unapplied', () => {
    const { questions } = loadEvalSet();
    let explorerLinks = 0;
    for (const question of questions) {
      if (typeof question.expect === 'string') continue;
      const link = linkOf('c1', question.expect);
      // Products bought together open the insights page, which lists every pair.
      if (question.expect.segment === 'baskets') {
        expect(link).toBe('/c/c1/insights');
        continue;
      }
      // No view shows one customer's own figures over a period (see below), and a few others.
      if (link === null) {
        expect(noViewShows(question.expect), question.q).toBe(true);
        continue;
      }
      const view = parseExplorerLink(link);
      expect(view, link).not.toBeNull();
      if (!view) continue;
      explorerLinks++;
      expect(view.ignored, `${question.q} → ${link}`).toEqual([]);
      // Read back, the filters are the link's own parameters, no more, no fewer.
      const params = Object.fromEntries(new URL(link, 'http://x').searchParams);
      const { from, to, sort, ...filters } = params;
      expect(explorerFilterParams(view.filters), link).toEqual(filters);
      expect([view.from, view.to, view.sort]).toEqual([from ?? null, to ?? null, sort ?? null]);
    }
    expect(explorerLinks).toBeGreaterThan(500);
  });

  it('carries every filter of the query', () => {
    const lossy = new Set<string>();
    for (const question of loadEvalSet().questions) {
      if (typeof question.expect === 'string') continue;
      const query = question.expect;
      const link = linkOf('c1', query);
      if (link === null || query.segment === 'baskets') continue;
      const view = parseExplorerLink(link);
      // A branch, product or category is carried by its own list too; a customer only by name.
      const carried = (name: string) =>
        view !== null &&
        ((name !== 'customer' && view.level === name) ||
          (view.filters as unknown as Record<string, unknown>)[name] != null);
      const dropped = ['location', 'product', 'category', 'weekdays', 'hours', 'customer'].filter(
        (name) => (query.filters as Record<string, unknown>)[name] != null && !carried(name),
      );
      if (dropped.length > 0) lossy.add(`${view?.level ?? 'dashboard'}:${dropped.join('+')}`);
    }
    // No exception: a query whose executor would leave a filter out is refused (qualifier-guard),
    // so every answered one's link carries all of them.
    expect([...lossy]).toEqual([]);
  });

  describe('on the demo data', () => {
    let t: TestApp;
    let owner: Awaited<ReturnType<typeof createOwner>>;
    let token: string;

    beforeAll(async () => {
      t = await buildTestApp({ startWorker: false, askNow: askedOn(DEMO_DATA_THROUGH) });
      ({ owner, token } = await createDemoCompany(t));
    }, 180_000);
    afterAll(() => t.close());

    const ask = async (question: string) => {
      const answer = (await postQuestion(t.app, token, owner.company.id, question)) as {
        kind: string;
        link: string | null;
        values: AskValue[];
        query: AskQuery;
      };
      expect(answer.kind, question).toBe('query');
      return answer;
    };

    /** The rows the explorer shows for `link`: the request the web app builds from it. */
    const rowsOf = async (link: string) => {
      const view = parseExplorerLink(link);
      if (!view) throw new Error(`not an explorer link: ${link}`);
      expect(view.companyId).toBe(owner.company.id);
      expect(view.ignored).toEqual([]);
      const { path, query } = explorerRequest(
        view.level,
        { from: view.from, to: view.to, sort: view.sort ?? '-revenue', page: 1, pageSize: 200 },
        view.filters,
      );
      const search = new URLSearchParams(
        Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
      );
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/companies/${owner.company.id}/${path}?${search}`,
        headers: bearer(token),
      });
      expect(res.statusCode, res.body).toBe(200);
      // A list's page, or one customer's profile; the day view keeps its weekdays' days itself.
      const data = res.json().data as Array<Record<string, unknown>> | Record<string, unknown>;
      const rows = Array.isArray(data) ? data : [data];
      return {
        view,
        path,
        rows: isMetricLevel(view.level) ? keepWeekdayRows(rows, view.filters.weekdays) : rows,
      };
    };

    it.each([
      ['¿Cuánto vendió la sucursal Providencia en octubre?', 'metrics', { location: 'Sucursal Providencia' }],
      ['top 5 productos en sucursal Providencia', 'products', { location: 'Sucursal Providencia' }],
      ['ventas de bebidas por mes', 'metrics/slice', { category: 'Bebidas' }],
      ['ventas de pan amasado por mes', 'metrics/slice', { product: 'PAN-003' }],
      [
        '¿qué sucursal vende más bebidas los sábados?',
        'locations/sales',
        { category: 'Bebidas', weekdays: '6' },
      ],
      ['que productos se venden mas en la noche', 'products', { hour_from: '18', hour_to: '22' }],
      ['¿qué categoría vende más los domingos en Providencia?', 'categories', { weekdays: '7' }],
      ['productos más vendidos de bebidas', 'products', { category: 'Bebidas' }],
      ['cual fue el mejor sabado del año', 'metrics', { weekdays: '6' }],
      [
        'top 3 productos de panadería en octubre en Providencia',
        'products',
        { category: 'Panadería', location: 'Sucursal Providencia' },
      ],
      ['top 5 clientes de Providencia en octubre', 'customers', { location: 'Sucursal Providencia' }],
      ['best customers at the main store', 'customers', { location: 'Casa Matriz Ñuñoa' }],
      ['mejores clientes en octubre', 'customers', {}],
      ['top 10 clientes este año', 'customers', {}],
      ['¿qué productos tienen más devoluciones?', 'products', {}],
      ['cuantas devoluciones hubo por producto este año', 'products', {}],
      ['¿qué productos vendí más en kilos?', 'products', { unit: 'kg' }],
      // Two names side by side: the list of their kind, where both rows are.
      ['¿qué vende más en octubre, la matriz o providencia?', 'locations/sales', {}],
      ['ventas de marraqueta vs hallulla en octubre', 'products', {}],
      ['¿qué vendo más los sábados, pan o bebidas?', 'categories', { weekdays: '6' }],
    ])('%s', async (question, endpoint, slice) => {
      const answer = await ask(question);
      expect(answer.link).not.toBeNull();
      const { view, path, rows } = await rowsOf(answer.link ?? '');
      expect(path).toBe(endpoint);
      expect(explorerFilterParams(view.filters)).toMatchObject(slice);
      const idColumn = ROW_ID[view.level] ?? 'period';
      expect(answer.values.length).toBeGreaterThan(0);
      for (const value of answer.values) {
        // A total of one period is the view's one row; otherwise the row the value names.
        const row = rows.length === 1 ? rows[0] : rows.find((candidate) => candidate[idColumn] === value.key);
        expect(row, `${question}: ${value.key}`).toBeDefined();
        expect(row?.[value.metric], `${question}: ${value.key} ${value.metric}`).toBe(value.value);
      }
    });
    // The weekday × hour view: `/hours` of the slice, its cells of the link's weekdays and hours
    // summed by `hourGrid` (what the web view shows) per weekday, per hour or all together.
    it.each([
      ['¿a qué hora vende más Providencia?', { location: 'Sucursal Providencia' }],
      ['ticket promedio los sábados', { weekdays: '6' }],
      ['ventas de la tarde en Providencia', { location: 'Sucursal Providencia', hour_from: '12' }],
      ['¿qué día de la semana se vende más la marraqueta?', { product: 'PAN-001' }],
      ['¿Qué hora es la más fuerte los sábados?', { weekdays: '6' }],
      ['¿Cuántas boletas hubo los lunes de octubre?', { weekdays: '1', from: '2025-10-01' }],
    ])('%s', async (question, slice) => {
      const answer = await ask(question);
      const { view, path, rows } = await rowsOf(answer.link ?? '');
      expect([view.level, path]).toEqual(['hour', 'hours']);
      expect({ ...explorerFilterParams(view.filters), from: view.from }).toMatchObject(slice);
      expect(rows).toHaveLength(168);
      const grid = hourGrid(rows as unknown as HourCellFigures[], view.filters);
      const { by } = answer.query;
      expect(answer.values.length).toBeGreaterThan(0);
      for (const value of answer.values) {
        const totals: HourTotals | undefined =
          by === 'weekday'
            ? grid.byWeekday.get(Number(value.key))
            : by === 'hour'
              ? grid.byHour.get(Number(value.key))
              : grid.total;
        expect(totals, `${question}: ${value.key}`).toBeDefined();
        expect(totals?.[value.metric as keyof HourTotals], `${question}: ${value.key} ${value.metric}`).toBe(
          value.value,
        );
      }
    });

    it('opens the weekday × hour grid for two sets of days or two spans of hours, each side a total of it', async () => {
      const days = await ask('¿vendo más los sábados o los domingos en octubre?');
      const daysView = await rowsOf(days.link ?? '');
      expect([daysView.view.level, daysView.view.filters.weekdays]).toEqual(['hour', null]);
      const dayGrid = hourGrid(daysView.rows as unknown as HourCellFigures[], daysView.view.filters);
      expect(days.values.map((value) => value.value)).toEqual([
        dayGrid.byWeekday.get(6)?.revenue,
        dayGrid.byWeekday.get(7)?.revenue,
      ]);
      const hours = await ask('¿vendo más en la mañana o en la tarde en octubre?');
      const hoursView = await rowsOf(hours.link ?? '');
      const hourGridOf = hourGrid(hoursView.rows as unknown as HourCellFigures[], hoursView.view.filters);
      const span = (from: number, to: number) => {
        let sum = 0;
        for (let hour = from; hour < to; hour++) sum += hourGridOf.byHour.get(hour)?.revenue ?? 0;
        return sum;
      };
      expect(hours.values[0]?.value).toBeCloseTo(span(6, 12), 2);
      expect(hours.values[1]?.value).toBeCloseTo(span(12, 18), 2);
    });

    it("ranks the days of one weekday as the day view's rows of that weekday sort them", async () => {
      const answer = await ask('worst mondays this year');
      const { view, rows } = await rowsOf(answer.link ?? '');
      expect([view.level, view.filters.weekdays]).toEqual(['day', [1]]);
      expect(rows.length).toBeGreaterThan(20);
      expect(rows.every((row) => new Date(`${row.period_start}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
      const lowest = [...rows]
        .sort((a, b) => (a.revenue as number) - (b.revenue as number))
        .slice(0, 5)
        .map((row) => [row.period, row.revenue]);
      expect(answer.values.map((value) => [value.key, value.value])).toEqual(lowest);
    });

    it('gives no link for one customer over a period: no view shows one customer over a range', async () => {
      const best = await ask('mejores clientes en octubre');
      const customer = best.values[0]?.key ?? '';
      expect(customer).not.toBe('');
      expect((await ask(`ventas del cliente ${customer} en octubre`)).link).toBeNull();
    });

    it("opens a customer's own profile with their figures", async () => {
      const top = await t.app.inject({
        method: 'GET',
        url: `/api/v1/companies/${owner.company.id}/customers?page_size=1`,
        headers: bearer(token),
      });
      const customerId = (top.json().data as Array<{ customer_id: string }>)[0]?.customer_id ?? '';
      expect(customerId).not.toBe('');
      for (const question of [
        `Ventas del cliente ${customerId}`,
        `ticket promedio del cliente ${customerId}`,
      ]) {
        const answer = await ask(question);
        expect(answer.query.filters.customer, question).toBe(customerId);
        const { view, path, rows } = await rowsOf(answer.link ?? '');
        expect([view.level, path]).toEqual(['customer', `customers/${encodeURIComponent(customerId)}`]);
        expect(rows).toHaveLength(1);
        for (const value of answer.values) expect(rows[0]?.[value.metric], question).toBe(value.value);
      }
    });
  });
});
