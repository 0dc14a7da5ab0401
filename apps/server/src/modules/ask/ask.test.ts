import type { AskPeriod, AskQuery, AskValue } from '@ayni/contracts';
import { inCompany, insertSaleLines, type SaleLineInput, upsertMacroObservations } from '@ayni/db';
import { generateDemoSales } from '@ayni/db/seed';
import { sameDaysQuery } from '@ayni/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { recomputeFeaturesAlone } from '../analytics/recompute-features';
import { type EvalQuestion, loadEvalSet } from './eval/eval-set';

// The demo company's generated sales (14 months to 2025-11-20) for one tenant, two hand-written
// lines for another. Every figure an answer gives is checked against the analytics endpoints
// for the same query, summed here independently where the answer sums several rows.
const DATA_THROUGH = '2025-11-20';
/** Ask's clock: "hoy" is the data's last day, as in the evaluation set, unless a test moves it. */
const DATA_THROUGH_NOON = Date.parse(`${DATA_THROUGH}T15:00:00Z`);
let now = DATA_THROUGH_NOON;

const line = (documentId: string, localTime: string, total: number): SaleLineInput => ({
  documentId,
  lineNo: 1,
  localTime,
  locationName: null,
  sku: 'OTRO-1',
  productName: 'Producto de la otra empresa',
  category: 'Otra',
  customerId: null,
  unit: 'un',
  quantity: 1,
  unitPrice: total,
  total,
  isReturn: false,
});

describe('POST /companies/{id}/ask', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof createOwner>>;
  let other: Awaited<ReturnType<typeof createOwner>>;
  let demoToken: string;
  let otherToken: string;

  const ask = (question: string, token = demoToken, companyId = demo.company.id) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${companyId}/ask`,
      headers: bearer(token),
      payload: { question },
    });
  const get = async (path: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${demo.company.id}${path}`,
      headers: bearer(demoToken),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const answerOf = async (question: string) => {
    const res = await ask(question);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data;
  };

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false, askNow: () => now });
    demo = await createOwner(t.db, 'Demo');
    other = await createOwner(t.db, 'Otra');
    const lines = generateDemoSales({ seed: 20251008, endDate: DATA_THROUGH, months: 14 });
    await inCompany(t.db.db, demo.company.id, (tx) => insertSaleLines(tx, demo.company.id, lines));
    await inCompany(t.db.db, other.company.id, (tx) =>
      insertSaleLines(tx, other.company.id, [
        line('A-1', '2025-03-03T10:00:00', 1000),
        line('A-2', '2025-03-04T11:00:00', 2500),
      ]),
    );
    await recomputeFeaturesAlone(t.db.pool, demo.company.id);
    await recomputeFeaturesAlone(t.db.pool, other.company.id);
    demoToken = await loginAs(t.app, demo.email, demo.password);
    otherToken = await loginAs(t.app, other.email, other.password);
  }, 180_000);
  afterAll(() => t.close());

  it('answers a month against another month with the /metrics figures', async () => {
    const answer = await answerOf('¿Cuánto vendí en octubre comparado con septiembre?');
    const months = (await get('/metrics?grain=month&from=2025-09-01&to=2025-10-31')).data;
    const september = months.find((m: { period: string }) => m.period === '2025-09');
    const october = months.find((m: { period: string }) => m.period === '2025-10');
    expect(answer.kind).toBe('query');
    expect(answer.values[0]).toMatchObject({
      value: october.revenue,
      previous: september.revenue,
      unit: 'CLP',
    });
    const expectedPct =
      Math.round(((october.revenue - september.revenue) / september.revenue) * 10_000) / 100;
    expect(answer.values[0].change_pct).toBeCloseTo(expectedPct, 2);
    expect(answer.link).toBe(`/c/${demo.company.id}/explore/month?from=2025-10-01&to=2025-10-31`);
    expect(answer.sources).toEqual([
      {
        title: 'GET /companies/{id}/metrics',
        ref: `/api/v1/companies/${demo.company.id}/metrics?grain=month&from=2025-10-01&to=2025-10-31`,
      },
    ]);
    expect(answer.answer).toContain('octubre de 2025');
    expect(answer.chart).toMatchObject({
      type: 'bar',
      series: [{ values: [september.revenue, october.revenue] }],
    });
    expect(answer.answer).not.toContain('Tus datos empiezan');
  });

  it('says when the period compared with begins before the first sale', async () => {
    const [firstDay] = (await get('/metrics?grain=day')).data;
    expect(firstDay.period_start > '2024-01-01').toBe(true);
    const longDate = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${firstDay.period_start}T00:00:00Z`));
    const answer = await answerOf('¿Cuánto vendí este año comparado con el año pasado?');
    // This year runs to 20 November: the same days of 2024 are compared, and they start before the data.
    expect(answer.answer).toContain(
      `Tus datos empiezan el ${longDate('es-CL')}: el período del 1 de enero al 20 de noviembre de 2024 está incompleto.`,
    );
    // Both figures, but no change: against a period the data covers in part it would only be the data starting.
    expect(answer.values[0].previous).toBeGreaterThan(0);
    expect(answer.values[0].change_pct).toBeNull();
    expect(answer.answer).not.toMatch(/% (más|menos) que/);
    expect(answer.answer).toContain('Del 1 de enero al 20 de noviembre de 2024: $');
    // A ranking by change against it is refused: everything would have "grown".
    const grew = await answerOf('¿qué productos crecieron más este año comparado con el año pasado?');
    expect(grew.kind).toBe('unanswerable');
    expect(grew.answer).toContain('empieza antes de tu primera venta cargada');
    const english = await answerOf('Sales in 2024');
    expect(english.answer).toContain(`Your data starts on ${longDate('en-US')}: 2024 is not complete.`);
    // Wholly before the data, a period is not "incomplete": nothing of it is there.
    const before = await answerOf('ventas de octubre de 2025 vs agosto de 2024');
    expect(before.answer).toContain(
      `Tus datos empiezan el ${longDate('es-CL')}: agosto de 2024 es anterior a ellos.`,
    );
  });

  it('answers "hoy", "ayer" and "anteayer" as calendar days in Chile; says which days the data lacks or had no sales', async () => {
    const [last] = (await get(`/metrics?grain=day&from=${DATA_THROUGH}&to=${DATA_THROUGH}`)).data;
    // Two days after the data ends, at noon in Chile.
    now = Date.parse('2025-11-22T15:00:00Z');
    try {
      const before = await answerOf('¿Cuánto vendí anteayer?');
      expect(before.query.period).toEqual({ grain: 'day', from: DATA_THROUGH, to: DATA_THROUGH });
      expect(before.values[0].value).toBe(last.revenue);
      expect(before.answer).not.toContain('Tus datos');
      const yesterday = await answerOf('¿Cuánto vendí ayer?');
      expect(yesterday.values[0].value).toBeNull();
      expect(yesterday.answer).toBe(
        'No hay datos de venta neta el 21 de noviembre de 2025. Tus datos llegan hasta el 20 de noviembre de 2025: aún no traen el 21 de noviembre de 2025.',
      );
      const english = await answerOf('How much did I sell today?');
      expect(english.answer).toBe(
        'There is no net sales data on November 22, 2025. Your data runs to November 20, 2025: it does not hold November 22, 2025 yet.',
      );
      expect((await answerOf('¿Cuánto vendí en diciembre de 2025?')).answer).toMatch(
        /: aún no traen diciembre de 2025\.$/,
      );
      expect((await answerOf('ventas de la semana del 1 de diciembre de 2025')).answer).toMatch(
        /: aún no traen la semana del 1 de diciembre de 2025\.$/,
      );
      // Days inside the data without a line (the demo shop closes on 18 and 19 September) had no sales.
      expect((await answerOf('¿Cuánto vendí en fiestas patrias de 2025?')).answer).toBe(
        'No hubo ventas del 18 al 19 de septiembre de 2025: tus datos no tienen líneas esos días.',
      );
      expect((await answerOf('How much did I sell on September 18, 2025?')).answer).toBe(
        'There were no sales on September 18, 2025: your data has no lines on that day.',
      );
      // "Este mes" is the calendar's month: November still, two days after the data ends.
      expect((await answerOf('¿Cuánto vendí este mes?')).query.period.from).toBe('2025-11-01');
    } finally {
      now = DATA_THROUGH_NOON;
    }
  });

  it('counts "el mes pasado" from the calendar and "los últimos 7 días" back from the data', async () => {
    const [november] = (await get('/metrics?grain=month&from=2025-11-01&to=2025-11-30')).data;
    const week = (await get(`/metrics?grain=day&from=2025-11-14&to=${DATA_THROUGH}`)).data;
    // The first of December at noon in Chile: November has just ended, the data stops on the 20th.
    now = Date.parse('2025-12-01T15:00:00Z');
    try {
      const lastMonth = await answerOf('¿Cuánto vendí el mes pasado?');
      expect(lastMonth.query.period).toEqual({ grain: 'month', from: '2025-11-01', to: '2025-11-30' });
      expect(lastMonth.values[0].value).toBe(november.revenue);
      expect(lastMonth.answer).toMatch(
        /Tus datos llegan hasta el 20 de noviembre de 2025: el período está incompleto\.$/,
      );
      expect((await answerOf('¿Cuánto vendí este mes?')).answer).toMatch(
        /: aún no traen diciembre de 2025\.$/,
      );
      const lastDays = await answerOf('¿Cuánto vendí los últimos 7 días?');
      expect(lastDays.query.period).toEqual({ grain: 'range', from: '2025-11-14', to: DATA_THROUGH });
      const weekRevenue = week.reduce((sum: number, day: { revenue: number }) => sum + day.revenue, 0);
      expect(lastDays.values[0].value).toBeCloseTo(weekRevenue, 2);
      expect(lastDays.answer).not.toContain('Tus datos');
    } finally {
      now = DATA_THROUGH_NOON;
    }
  });

  it("answers Black Friday and Holy Week on their dates, compared with last year's, and asks for a CyberDay's days and a season's months", async () => {
    const day = async (date: string) => (await get(`/metrics?grain=day&from=${date}&to=${date}`)).data[0];
    const [week2025] = (await get('/metrics?grain=week&from=2025-04-14&to=2025-04-20')).data;
    // The latest Black Friday by 20 November 2025 is 29 November 2024; the one before, 24 November 2023.
    const blackFriday = await answerOf('¿Cuánto vendí el black friday?');
    expect(blackFriday.query.period).toEqual({ grain: 'day', from: '2024-11-29', to: '2024-11-29' });
    expect(blackFriday.values[0].value).toBe((await day('2024-11-29')).revenue);
    const holyWeek = await answerOf('¿Cuánto vendí en semana santa?');
    expect(holyWeek.query.period).toEqual({ grain: 'week', from: '2025-04-14', to: '2025-04-20' });
    expect(holyWeek.values[0].value).toBe(week2025.revenue);
    // Last year's Holy Week: 25–31 March 2024, not 14–20 April 2024.
    const compared = await answerOf('¿Cuánto vendí en semana santa comparado con la del año pasado?');
    expect(compared.query.compare).toEqual({ grain: 'week', from: '2024-03-25', to: '2024-03-31' });
    const cyber = await answerOf('¿Cuánto vendí en el CyberDay?');
    expect(cyber).toMatchObject({ kind: 'unanswerable', values: [], chart: null });
    expect(cyber.answer).toBe(
      'No puedo responder eso con tus datos. No sé en qué días fue cada CyberDay (la Cámara de Comercio de Santiago los anuncia cada año). Pregúntame por esos días, por ejemplo «¿cuánto vendí del 1 al 3 de junio?».',
    );
    const summer = await answerOf('¿Cuánto vendí en verano?');
    expect(summer).toMatchObject({ kind: 'unanswerable', values: [] });
    expect(summer.answer).toContain('Pregúntame por los meses');
  });

  it('answers two branches, categories or products side by side, each as asked alone, and how far apart', async () => {
    const monthOf = async (filter: string) =>
      (await get(`/metrics/slice?grain=month&from=2025-10-01&to=2025-10-31&${filter}`)).data[0];
    const providencia = await monthOf('location=Sucursal%20Providencia');
    const matriz = await monthOf('location=Casa%20Matriz%20%C3%91u%C3%B1oa');
    const pair = await answerOf('¿Qué vende más en octubre, la Matriz o Providencia?');
    expect(pair.kind).toBe('query');
    // In the order the question names them.
    expect(pair.values.map((v: AskValue) => [v.key, v.value])).toEqual([
      ['Casa Matriz Ñuñoa', matriz.revenue],
      ['Sucursal Providencia', providencia.revenue],
    ]);
    const alone = await answerOf('¿Cuánto vendió la Matriz en octubre?');
    expect(pair.answer.startsWith(alone.answer)).toBe(true);
    const [high, low] = matriz.revenue > providencia.revenue ? [matriz, providencia] : [providencia, matriz];
    const pct = ((high.revenue - low.revenue) / low.revenue) * 100;
    const pesos = `$${Math.round(high.revenue - low.revenue).toLocaleString('es-CL')}`;
    const winner = high === matriz ? 'Casa Matriz Ñuñoa' : 'Sucursal Providencia';
    expect(pair.answer).toMatch(
      new RegExp(
        `La diferencia es de ${pct.toLocaleString('es-CL', { maximumFractionDigits: 2 })} % a favor de ${winner} \\(\\${pesos}\\)\\.$`,
      ),
    );
    expect(pair.chart).toMatchObject({
      type: 'bar',
      categories: ['Casa Matriz Ñuñoa', 'Sucursal Providencia'],
    });
    // Two products named by their own words; "vs" sets them side by side, not two periods.
    const breads = await answerOf('ventas de marraqueta vs hallulla en octubre');
    expect(breads.query.compare).toBeNull();
    const product = async (sku: string) =>
      (await get(`/metrics/slice?grain=month&from=2025-10-01&to=2025-10-31&product=${sku}`)).data[0].revenue;
    expect(breads.values.map((v: AskValue) => [v.key, v.value])).toEqual([
      ['PAN-001', await product('PAN-001')],
      ['PAN-002', await product('PAN-002')],
    ]);
    // Margins in % are apart by points.
    expect((await answerOf('margen % de lácteos vs bebidas')).answer).toMatch(
      /La diferencia es de [\d,]+ puntos a favor de (Lácteos|Bebidas)\.$/,
    );
    // Two sets of days, two spans of hours: each as its own question gives it.
    const days = await answerOf('¿Vendo más los sábados o los domingos en octubre?');
    const saturdays = await answerOf('¿Cuánto vendí los sábados de octubre?');
    const sundays = await answerOf('¿Cuánto vendí los domingos de octubre?');
    expect(days.values.map((v: AskValue) => [v.key, v.label, v.value])).toEqual([
      ['6', 'Los sábados', saturdays.values[0].value],
      ['7', 'Los domingos', sundays.values[0].value],
    ]);
    const week = await answerOf('ventas de lunes a viernes vs fin de semana en octubre');
    expect(week.answer).toMatch(/Suman 5 días de la semana contra 2: la diferencia también es de días\.$/);
    const hours = await answerOf('¿vendo más en la mañana o en la tarde?');
    const morning = await answerOf('¿cuánto vendo en la mañana?');
    const afternoon = await answerOf('¿cuánto vendo en la tarde?');
    expect(hours.values.map((v: AskValue) => [v.key, v.value])).toEqual([
      ['6-12', morning.values[0].value],
      ['12-18', afternoon.values[0].value],
    ]);
    // An average over unequal sets of days is no sum: no note on the days.
    expect((await answerOf('ticket promedio de lunes a viernes vs fin de semana')).answer).not.toContain(
      'Suman',
    );
  });

  it('says how much of the sales a margin measures, from the stored coverage', async () => {
    const october = (await get('/metrics?grain=month&from=2025-10-01&to=2025-10-31')).data[0];
    // Produce carries no cost in the demo: the margin covers part of the sales.
    expect(october.cost_coverage_pct).toBeGreaterThan(50);
    expect(october.cost_coverage_pct).toBeLessThan(100);
    const share = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2 }).format(
      october.cost_coverage_pct,
    );
    const answer = await answerOf('¿Cuál fue mi margen bruto en octubre de 2025?');
    expect(answer.values[0].value).toBe(october.gross_margin);
    expect(answer.answer).toContain(`Mide el ${share} % de la venta que trae costo`);
    // The pesos come with the month's margin % (over the sales with a cost), as /metrics has it.
    const pct = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2 }).format(october.margin_pct);
    expect(answer.answer).toContain(`(${pct} % de la venta)`);

    // Over several months: each month's coverage weighted by its turnover (Σ|line total|).
    const quarter = (await get('/metrics?grain=month&from=2025-07-01&to=2025-09-30')).data as Array<
      Record<string, number>
    >;
    const turnover = (m: Record<string, number>) => (m.gross_sales as number) + (m.returned_amount as number);
    const covered = quarter.reduce((a, m) => a + ((m.cost_coverage_pct as number) * turnover(m)) / 100, 0);
    const expected = Math.round((covered / quarter.reduce((a, m) => a + turnover(m), 0)) * 10_000) / 100;
    const spread = await answerOf('¿Cuál fue mi margen bruto entre julio y septiembre de 2025?');
    expect(spread.answer).toContain(
      `Mide el ${new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2 }).format(expected)} % de la venta`,
    );
  });

  it('says a margin ranking is in pesos, and the percentage question it suggests ranks by %', async () => {
    const pesos = await answerOf('¿Qué categoría tiene peor margen?');
    expect(pesos.query.metric).toBe('gross_margin');
    expect(pesos.answer).toContain('Ordenado por margen en pesos; pregunta por el «margen porcentual»');
    const percent = await answerOf('¿Qué categoría tiene peor margen porcentual?');
    expect(percent.query.metric).toBe('margin_pct');
    expect(percent.answer).not.toContain('Ordenado por margen en pesos');
    // The worst margin % among the categories that have one, as /categories gives it.
    const categories = (await get('/categories?page_size=100')).data as Array<{
      category: string;
      margin_pct: number | null;
    }>;
    const worst = categories
      .filter((c) => c.margin_pct !== null)
      .sort((a, b) => (a.margin_pct as number) - (b.margin_pct as number))[0];
    expect(percent.values[0]).toMatchObject({ value: worst?.margin_pct });
  });

  it('gives, for every single-period question of the evaluation set, the /metrics figure of that period', async () => {
    const { questions } = loadEvalSet();
    const noFilters = (q: AskQuery) => Object.values(q.filters).every((v) => v === null);
    const sample = questions.filter(
      (item): item is EvalQuestion & { expect: AskQuery } =>
        typeof item.expect === 'object' &&
        item.expect.intent === 'value' &&
        item.expect.currency === 'CLP' &&
        noFilters(item.expect) &&
        item.expect.period !== null &&
        item.expect.period.grain !== 'range' &&
        // Figures Ask derives (per day, shares, repeat buyers, distinct products, spend per
        // customer) are no /metrics field: checked against SQL below, in ask-customer-counts and
        // in ask-products-sold.
        ![
          'avg_daily_revenue',
          'avg_daily_transactions',
          'avg_daily_customers',
          'revenue_share_pct',
          'repeat_customers',
          'products_sold',
          'revenue_per_customer',
        ].includes(item.expect.metric),
    );
    expect(sample.length).toBeGreaterThan(30);
    const figureOf = async (period: AskPeriod, metric: string) => {
      const rows = (await get(`/metrics?grain=${period.grain}&from=${period.from}&to=${period.to}`)).data;
      const row = rows.find((r: { period_start: string }) => r.period_start === period.from);
      return row ? row[metric] : null;
    };
    // The days' rows summed here: money in cents, the ticket as revenue over tickets.
    const daysFigure = async (period: AskPeriod, metric: string) => {
      const rows: Record<string, number>[] = (
        await get(`/metrics?grain=day&from=${period.from}&to=${period.to}`)
      ).data;
      const sum = (name: string) => rows.reduce((total, row) => total + (row[name] ?? 0), 0);
      const cents = (name: string) =>
        rows.reduce((total, row) => total + Math.round((row[name] ?? 0) * 100), 0);
      if (metric === 'avg_ticket') return Math.round(cents('revenue') / sum('transactions')) / 100;
      if (['revenue', 'gross_margin', 'cost', 'discount', 'commission', 'returned_amount'].includes(metric))
        return cents(metric) / 100;
      if (metric === 'units') return Math.round(sum('units') * 1000) / 1000;
      // Distinct customers do not add up over days: counted on the lines of those days (the
      // returning ones with a sale before them).
      if (metric === 'customers' || metric === 'returning_customers') {
        const { rows: counted } = await t.owner.pool.query<{ n: number }>(
          `with sales as (
             select customer_id, (sold_at at time zone 'America/Santiago')::date as day from sale_lines
             where company_id = $1 and customer_id <> '' and total > 0)
           select count(distinct customer_id)::int as n from sales s
           where s.day between $2::date and $3::date and (not $4 or exists
             (select 1 from sales b where b.customer_id = s.customer_id and b.day < $2::date))`,
          [demo.company.id, period.from, period.to, metric === 'returning_customers'],
        );
        return counted[0]?.n;
      }
      return sum(metric);
    };
    for (const item of sample) {
      const answer = await answerOf(item.q);
      const query = item.expect;
      expect(answer.query, item.q).toEqual(query);
      expect(answer.values[0].value, item.q).toBe(await figureOf(query.period as AskPeriod, query.metric));
      if (query.compare) {
        // A period still running is compared over the same days.
        const cut = sameDaysQuery(query, DATA_THROUGH);
        const previous = cut?.compare
          ? await daysFigure(cut.compare, query.metric)
          : await figureOf(query.compare, query.metric);
        expect(answer.values[0].previous, item.q).toBe(previous);
        if (cut) expect(answer.answer, item.q).toMatch(/mismos días|same days/);
      }
    }
  }, 90_000);

  it('runs every structured query of the evaluation set (filters, hours, ranges, rankings) without a server error', async () => {
    const { questions } = loadEvalSet();
    // The set's RUT is no demo customer: that answer is an honest "not found", checked elsewhere.
    const queries = questions.filter(
      (item): item is EvalQuestion & { expect: AskQuery } =>
        typeof item.expect === 'object' && item.expect.filters.customer === null,
    );
    expect(queries.length).toBeGreaterThan(300);
    const failed: string[] = [];
    let refusals = 0;
    for (const item of queries) {
      const res = await ask(item.q);
      const answer = res.statusCode === 200 ? res.json().data : null;
      // Answered with the expected query, or refused because the catalog does not store that
      // combination, or a qualifier its executor would leave out (qualifier-guard): never an error.
      const sameQuery = JSON.stringify(answer?.query) === JSON.stringify(item.expect);
      const answered = answer?.kind === 'query' && sameQuery;
      const refused = answer?.kind === 'unanswerable' && sameQuery && answer.answer.length > 0;
      if (refused) refusals++;
      if (!answered && !refused)
        failed.push(
          `${item.q} → ${res.statusCode} ${answer?.kind} ${JSON.stringify(answer?.query)} ${answer?.answer ?? res.body}`,
        );
    }
    expect(failed).toEqual([]);
    // Such combinations stay the exception (about 2 % of the set once branch, product, category,
    // weekday and hour slices were answered from the lines; 9 % before).
    expect(refusals / queries.length).toBeLessThan(0.05);
  }, 120_000);

  it('sums a range of days exactly as the daily metrics add up (cents, then the ratio)', async () => {
    const answer = await answerOf('ticket promedio de los últimos 30 días');
    const days = (await get('/metrics?grain=day&from=2025-10-22&to=2025-11-20')).data as {
      revenue: number;
      transactions: number;
    }[];
    const cents = days.reduce((sum, d) => sum + Math.round(d.revenue * 100), 0);
    const transactions = days.reduce((sum, d) => sum + d.transactions, 0);
    expect(answer.values[0].value).toBe(Math.round(cents / transactions) / 100);
  });

  it('gives a series point by point as /metrics does, and sums a long one up in words', async () => {
    const answer = await answerOf('Ventas diarias del mes pasado');
    const days = (await get('/metrics?grain=day&from=2025-10-01&to=2025-10-31')).data as {
      period: string;
      revenue: number;
    }[];
    expect(answer.values.map((v: { key: string; value: number }) => [v.key, v.value])).toEqual(
      days.map((d) => [d.period, d.revenue]),
    );
    const highest = [...days].sort((a, b) => a.revenue - b.revenue).at(-1) as { period: string };
    const weekday = new Intl.DateTimeFormat('es-CL', { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(`${highest.period}T00:00:00Z`),
    );
    expect(answer.answer).toContain(
      `${days.length} períodos; el más alto ${weekday} ${Number(highest.period.slice(8))} de octubre (`,
    );
    expect(answer.chart.type).toBe('line');
  });

  it('answers the average ticket on Saturdays from the weekday × hour grid', async () => {
    const answer = await answerOf('what is my average ticket on Saturdays?');
    const cells = (await get('/hours?page_size=200')).data as {
      weekday: number;
      revenue: number;
      transactions: number;
    }[];
    const saturday = cells.filter((c) => c.weekday === 6);
    const cents = saturday.reduce((sum, c) => sum + Math.round(c.revenue * 100), 0);
    const transactions = saturday.reduce((sum, c) => sum + c.transactions, 0);
    expect(answer.language).toBe('en');
    expect(answer.values[0].value).toBe(Math.round(cents / transactions) / 100);
    expect(answer.answer).toMatch(/^Average ticket on Saturday/);
  });

  it('leaves the months the data covers in part out of a "least" ranking, and names days in words', async () => {
    const months = (await get('/metrics?grain=month&from=2025-01-01&to=2025-12-31')).data as {
      period: string;
      revenue: number;
    }[];
    // The data runs to 20 November: November is partly covered, and would be the lowest month.
    const november = months.find((m) => m.period === '2025-11');
    expect(november?.revenue).toBe(Math.min(...months.map((m) => m.revenue)));
    const whole = months
      .filter((m) => m.period !== '2025-11')
      .sort((a, b) => a.revenue - b.revenue)
      .slice(0, 5);
    const least = await answerOf('¿En qué mes vendí menos este año?');
    expect(least.values.map((v: { key: string; value: number }) => [v.key, v.value])).toEqual(
      whole.map((m) => [m.period, m.revenue]),
    );
    expect(least.answer).toContain('Sin contar noviembre de 2025: tus datos lo cubren solo en parte.');
    // The most is still the most, in progress or not.
    const most = await answerOf('¿En qué mes vendí más este año?');
    expect(most.answer).not.toContain('Sin contar');

    const days = (await get('/metrics?grain=day&from=2025-10-01&to=2025-10-31')).data as {
      period: string;
      revenue: number;
    }[];
    const best = [...days].sort((a, b) => b.revenue - a.revenue)[0] as { period: string; revenue: number };
    const words = new Intl.DateTimeFormat('es-CL', { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(`${best.period}T00:00:00Z`),
    );
    const answer = await answerOf('¿Cuál fue mi mejor día de octubre?');
    expect(answer.values[0].key).toBe(best.period);
    expect(answer.answer).toContain(`1. ${words} ${Number(best.period.slice(8))} de octubre (`);
  });

  /**
   * October's sales (cents), tickets, customers per day added up, and days with sales, of the
   * company or one branch, in SQL.
   */
  const octoberDays = async (location: string | null, weekday: number | number[] | null = null) => {
    const { rows } = await t.owner.pool.query<{
      cents: string;
      tickets: string;
      customers: string;
      days: string;
    }>(
      `select round(sum(total) * 100)::text as cents,
              count(distinct ((sold_at at time zone 'America/Santiago')::date, document_id))
                filter (where total > 0)::text as tickets,
              count(distinct ((sold_at at time zone 'America/Santiago')::date, customer_id))
                filter (where total > 0 and customer_id <> '')::text as customers,
              count(distinct (sold_at at time zone 'America/Santiago')::date) filter (where total > 0)::text as days
         from sale_lines
        where company_id = $1 and ($2::text is null or location_name = $2)
          and (sold_at at time zone 'America/Santiago')::date between '2025-10-01' and '2025-10-31'
          and ($3::int[] is null or extract(isodow from sold_at at time zone 'America/Santiago') = any($3))`,
      [demo.company.id, location, typeof weekday === 'number' ? [weekday] : weekday],
    );
    const row = rows[0] as { cents: string; tickets: string; customers: string; days: string };
    return {
      cents: Number(row.cents),
      tickets: Number(row.tickets),
      customers: Number(row.customers),
      days: Number(row.days),
    };
  };
  /** A ranking of branches: every branch, best first, each with the figure computed for it here. */
  const expectBranchRanking = async (
    answer: { values: { key: string; value: number }[] },
    figureOf: (location: string) => Promise<number>,
  ) => {
    const expected = await Promise.all(answer.values.map(async (v) => [v.key, await figureOf(v.key)]));
    expect(answer.values.length).toBeGreaterThan(1);
    expect(answer.values.map((v) => [v.key, v.value])).toEqual(
      [...expected].sort((x, y) => (y[1] as number) - (x[1] as number)),
    );
  };
  const salesPerDay = async (location: string | null, weekday: number | number[] | null = null) => {
    const { cents, days } = await octoberDays(location, weekday);
    return { value: Math.round(cents / days) / 100, days };
  };
  /** October's tickets or identified customers per day with sales, to one decimal. */
  const perDay = async (
    location: string | null,
    count: 'tickets' | 'customers',
    weekday: number | null = null,
  ) => {
    const october = await octoberDays(location, weekday);
    return { value: Math.round((october[count] * 10) / october.days) / 10, days: october.days };
  };
  const ticketsPerDay = (location: string | null) => perDay(location, 'tickets');
  const customersPerDay = (location: string | null) => perDay(location, 'customers');

  it('answers the sales per day with sales, for the company and per branch, as plain SQL over the lines', async () => {
    const company = await salesPerDay(null);
    const answer = await answerOf('¿Cuánto vendí en promedio al día en octubre?');
    expect(answer.values[0]).toMatchObject({
      metric: 'avg_daily_revenue',
      value: company.value,
      unit: 'CLP',
    });
    expect(answer.answer).toContain(`(${company.days} días con ventas)`);

    const branches = await answerOf('¿Qué sucursal tuvo mejor venta promedio diaria en octubre?');
    await expectBranchRanking(branches, async (location) => (await salesPerDay(location)).value);
    // Per Saturday with sales, at a branch too; and the tickets per Saturday.
    const saturdays = await salesPerDay(null, 6);
    const perSaturday = await answerOf('¿Cuánto vendí en promedio los sábados en octubre?');
    expect(perSaturday.values[0]?.value).toBe(saturdays.value);
    expect(perSaturday.answer).toContain(`(${saturdays.days} días con ventas)`);
    expect(saturdays.days).toBeLessThan(company.days);
    const atBranch = await answerOf('ventas promedio de los sábados en Providencia en octubre');
    expect(atBranch.values[0]?.value).toBe((await salesPerDay('Sucursal Providencia', 6)).value);
    const tickets = await answerOf('¿Cuántas boletas hago en promedio los sábados en octubre?');
    expect(tickets.values[0]?.value).toBe((await perDay(null, 'tickets', 6)).value);
    expect((await answerOf('¿Cuánto vendo en promedio un sábado en octubre?')).values[0]?.value).toBe(
      saturdays.value,
    );
  });

  it('weighs the weekend against the other days per day with sales when asked which sells more', async () => {
    const weekend = await salesPerDay(null, [6, 7]);
    const weekdays = await salesPerDay(null, [1, 2, 3, 4, 5]);
    for (const question of [
      '¿Vendo más los fines de semana en octubre?',
      '¿Se vende más el fin de semana que en la semana en octubre?',
    ]) {
      const answer = await answerOf(question);
      expect(answer.values.map((v: AskValue) => [v.metric, v.value])).toEqual([
        ['avg_daily_revenue', weekend.value],
        ['avg_daily_revenue', weekdays.value],
      ]);
      expect(answer.answer).toContain(`(${weekend.days} días con ventas)`);
      expect(answer.answer).toContain(`(${weekdays.days} días con ventas)`);
    }
    const tickets = await answerOf('¿Hago más boletas el fin de semana o en la semana en octubre?');
    const ticketsOf = async (days: number[]) => {
      const october = await octoberDays(null, days);
      return Math.round((october.tickets * 10) / october.days) / 10;
    };
    expect(tickets.values.map((v: AskValue) => v.value)).toEqual([
      await ticketsOf([6, 7]),
      await ticketsOf([1, 2, 3, 4, 5]),
    ]);
  });

  it('answers the tickets per day with sales, for the company and per branch, as plain SQL counts them', async () => {
    const company = await ticketsPerDay(null);
    const answer = await answerOf('¿Cuántas boletas hice en promedio al día en octubre?');
    expect(answer.values[0]).toMatchObject({
      metric: 'avg_daily_transactions',
      value: company.value,
      unit: 'count',
    });
    expect(answer.answer).toMatch(
      /^Boletas promedio por día en octubre de 2025: [\d,]+ \(\d+ días con ventas\)\.$/,
    );
    expect(answer.answer).toContain(`(${company.days} días con ventas)`);

    const branches = await answerOf('¿Qué sucursal hace más boletas al día en promedio en octubre?');
    expect(branches.query).toMatchObject({
      intent: 'ranking',
      by: 'location',
      metric: 'avg_daily_transactions',
    });
    await expectBranchRanking(branches, async (location) => (await ticketsPerDay(location)).value);
    // A product's lines hold no days of their own.
    const product = await answerOf('¿cuántas boletas de pan marraqueta hago al día?');
    expect(product.kind).toBe('unanswerable');
  });

  it('answers the identified customers per day with sales, for the company and per branch, as plain SQL counts them', async () => {
    const company = await customersPerDay(null);
    expect(company.value).toBeGreaterThan(0);
    const answer = await answerOf('¿Cuántos clientes atiendo al día en octubre?');
    expect(answer.values[0]).toMatchObject({
      metric: 'avg_daily_customers',
      value: company.value,
      unit: 'count',
    });
    expect(answer.answer).toMatch(
      /^Clientes identificados promedio por día en octubre de 2025: [\d,]+ \(\d+ días con ventas\)\. Cuenta los clientes que tus ventas identifican/,
    );
    expect(answer.answer).toContain(`(${company.days} días con ventas)`);
    const branches = await answerOf('¿Qué sucursal atiende más clientes al día en octubre?');
    expect(branches.query).toMatchObject({
      intent: 'ranking',
      by: 'location',
      metric: 'avg_daily_customers',
    });
    await expectBranchRanking(branches, async (location) => (await customersPerDay(location)).value);
    const english = await answerOf('average daily customers in October');
    expect(english.values[0].value).toBe(company.value);
  });

  it("answers a category's or a branch's part of the sales, as plain SQL over the lines divides them", async () => {
    const octoberCents = async (where: string, params: unknown[]) => {
      const { rows } = await t.owner.pool.query<{ cents: string }>(
        `select coalesce(round(sum(total) * 100), 0)::text as cents from sale_lines
          where company_id = $1 and (sold_at at time zone 'America/Santiago')::date between '2025-10-01' and '2025-10-31'
            ${where}`,
        [demo.company.id, ...params],
      );
      return Number(rows[0]?.cents);
    };
    const company = await octoberCents('', []);
    const bread = await octoberCents('and category = $2', ['Panadería']);
    const share = await answerOf('¿Qué porcentaje de mis ventas de octubre es panadería?');
    expect(share.values[0]).toMatchObject({ metric: 'revenue_share_pct', unit: '%' });
    expect(share.values[0].value).toBeCloseTo((bread / company) * 100, 2);
    expect(share.answer).toContain('de la venta neta de toda la empresa.');

    const branch = 'Sucursal Providencia';
    const atBranch = await octoberCents('and location_name = $2', [branch]);
    const weight = await answerOf('¿Cuánto pesa Providencia en mis ventas de octubre?');
    expect(weight.values[0].value).toBeCloseTo((atBranch / company) * 100, 2);
    // With a category, the share is of the branch's own sales.
    const breadAtBranch = await octoberCents('and location_name = $2 and category = $3', [
      branch,
      'Panadería',
    ]);
    const within = await answerOf('¿Qué porcentaje de las ventas de Providencia en octubre es panadería?');
    expect(within.values[0].value).toBeCloseTo((breadAtBranch / atBranch) * 100, 2);
    expect(within.answer).toContain(`de la venta neta de ${branch}.`);

    const categories = (await get('/categories?from=2025-10-01&to=2025-10-31&sort=-revenue')).data as {
      category: string;
      revenue_share_pct: number;
    }[];
    const ranked = await answerOf('participación de cada categoría en octubre');
    expect(ranked.values.map((v: { key: string; value: number }) => [v.key, v.value])).toEqual(
      categories.slice(0, ranked.values.length).map((c) => [c.category, c.revenue_share_pct]),
    );
  });

  it('answers kilos from the products sold by the kilo alone, as plain SQL over the lines sums them', async () => {
    const kilos = async (from: string, to: string, category: string | null = null) => {
      const { rows } = await t.owner.pool.query<{ sku: string; kg: string }>(
        `select sku, sum(quantity)::text as kg from sale_lines
         where company_id = $1 and unit = 'kg' and ($4::text is null or category = $4)
           and (sold_at at time zone 'America/Santiago')::date between $2 and $3
         group by 1 order by sum(quantity) desc, sku`,
        [demo.company.id, from, to, category],
      );
      const total = rows.reduce((sum, row) => sum + Number(row.kg), 0);
      return { total: Math.round(total * 1000) / 1000, rows };
    };
    const october = await kilos('2025-10-01', '2025-10-31');
    const september = await kilos('2025-09-01', '2025-09-30');
    const all = await answerOf('¿Cuántos kilos vendí en octubre comparado con septiembre?');
    expect(all.values[0]).toMatchObject({ unit: 'kg', metric: 'units' });
    expect(all.values[0].value).toBeCloseTo(october.total, 3);
    expect(all.values[0].previous).toBeCloseTo(september.total, 3);
    expect(all.answer).toMatch(/^Cantidad vendida en kg en octubre de 2025: [\d.]+,\d+ kg\. Es /);

    // A category selling by the kilo and by the unit: its kilos alone, not kilos plus units.
    const bread = await answerOf('¿Cuántos kilos de panadería vendí en octubre?');
    expect(bread.values[0].value).toBeCloseTo(
      (await kilos('2025-10-01', '2025-10-31', 'Panadería')).total,
      3,
    );
    const breadUnits = await answerOf('unidades vendidas de panadería en octubre');
    expect(breadUnits.values[0].value).toBeGreaterThan(bread.values[0].value + 1);

    const ranked = await answerOf('¿Qué productos vendí más en kilos en octubre?');
    expect(
      ranked.values.map((v: { key: string; value: number; unit: string }) => [v.key, v.value, v.unit]),
    ).toEqual(october.rows.slice(0, 5).map((row) => [row.sku, expect.closeTo(Number(row.kg), 3), 'kg']));
    // Its link opens the product list of that unit, which ranks them the same.
    const link = new URL(ranked.link, 'http://ayni.invalid');
    expect(link.pathname).toBe(`/c/${demo.company.id}/explore/product`);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      from: '2025-10-01',
      to: '2025-10-31',
      sort: '-units',
      unit: 'kg',
    });
    const listed = (await get(`/products?${link.searchParams}&page_size=5`)).data;
    expect(listed.map((p: { product_id: string }) => p.product_id)).toEqual(
      ranked.values.map((v: { key: string }) => v.key),
    );

    // A weighed product's quantity says its unit.
    const bread1 = await answerOf('¿Cuántos kilos de pan marraqueta vendí en octubre?');
    const marraqueta = october.rows.find((row) => row.sku === 'PAN-001');
    expect(bread1.values[0].value).toBeCloseTo(Number(marraqueta?.kg), 3);
    expect(bread1.answer).toMatch(/^Cantidad vendida de Pan marraqueta en octubre de 2025: [\d.]+,\d+ kg\.$/);
  });

  it('refuses customers by hour or weekday with a question it answers instead', async () => {
    for (const question of [
      '¿a qué hora tengo más clientes?',
      '¿qué día de la semana vienen más clientes?',
    ]) {
      const refused = await answerOf(question);
      expect(refused.kind, question).toBe('unanswerable');
      expect(refused.answer).toContain('Pregunta por las boletas: «¿a qué hora tengo más boletas?»');
    }
    const suggested = await answerOf('¿a qué hora tengo más boletas?');
    expect(suggested.query).toMatchObject({ intent: 'ranking', by: 'hour', metric: 'transactions' });
  });

  it("answers a product's average selling price as plain SQL over its sale lines divides them, and ranks products by it", async () => {
    const prices = async (from: string, to: string, location: string | null = null) => {
      const { rows } = await t.owner.pool.query<{ sku: string; price: string }>(
        `select sku, (sum(total) / sum(quantity))::text as price from sale_lines
         where company_id = $1 and total > 0 and ($4::text is null or location_name = $4)
           and (sold_at at time zone 'America/Santiago')::date between $2 and $3
         group by 1 order by sum(total) / sum(quantity) desc, sku`,
        [demo.company.id, from, to, location],
      );
      return new Map(rows.map((row) => [row.sku, Number(row.price)]));
    };
    const october = await prices('2025-10-01', '2025-10-31');
    const bread = await answerOf('¿A cuánto vendí la marraqueta en octubre?');
    expect(bread.query).toMatchObject({ metric: 'avg_unit_price', filters: { product: 'PAN-001' } });
    expect(bread.values[0]).toMatchObject({ unit: 'CLP/kg' });
    expect(bread.values[0].value).toBeCloseTo(october.get('PAN-001') as number, 2);
    // A weighed product's price is per kilo; returns are no sale.
    expect(bread.answer).toMatch(/: \$[\d.]+ por kg\. Es lo que pagaron en promedio/);
    const atBranch = await answerOf('precio promedio de la coca cola 3l en octubre en providencia');
    const providencia = await prices('2025-10-01', '2025-10-31', 'Sucursal Providencia');
    expect(atBranch.values[0].value).toBeCloseTo(providencia.get('BEB-001') as number, 2);
    // Ranked: each product at its own unit, the dearest first.
    const dearest = await answerOf('¿Cuál es el producto más caro en octubre?');
    expect(dearest.values.map((v: AskValue) => v.key)).toEqual([...october.keys()].slice(0, 5));
    const cheapest = await answerOf('¿Cuál es el producto más barato en octubre?');
    expect(cheapest.values.map((v: AskValue) => v.key)).toEqual([...october.keys()].reverse().slice(0, 5));
    expect(cheapest.answer).toMatch(
      /^Productos más baratos \(precio promedio de venta, por kilo o por unidad\) en octubre de 2025: 1\. /,
    );
    // No product, no price; setting one is advice.
    expect((await answerOf('¿Cuál es mi precio promedio?')).answer).toContain(
      'El precio promedio es de un producto',
    );
    expect((await answerOf('¿Qué precio le pongo a la palta?')).kind).toBe('unanswerable');
  });

  it('answers the sales per whole month or week on average, as plain SQL over the lines, leaving out those the data holds in part', async () => {
    const sales = async (from: string, to: string, location: string | null = null) => {
      const { rows } = await t.owner.pool.query<{ total: string; first: string; last: string }>(
        `select coalesce(sum(total), 0)::text as total from sale_lines
         where company_id = $1 and (sold_at at time zone 'America/Santiago')::date between $2 and $3
           and ($4::text is null or location_name = $4)`,
        [demo.company.id, from, to, location],
      );
      return Math.round(Number(rows[0]?.total) * 100);
    };
    const { rows: bounds } = await t.owner.pool.query<{ first: string; last: string }>(
      `select min((sold_at at time zone 'America/Santiago')::date)::text as first,
              max((sold_at at time zone 'America/Santiago')::date)::text as last
       from sale_lines where company_id = $1`,
      [demo.company.id],
    );
    const { first, last } = bounds[0] as { first: string; last: string };
    const day = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // Whole months: from the first one the data holds from its 1st to the last it holds to its end.
    const nextMonth = (date: string) =>
      new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1)).toISOString().slice(0, 10);
    const monthStart = first.endsWith('-01') ? first : nextMonth(first);
    // The last day is a month's end when the next day is a 1st.
    const monthEnd = day(last, 1).endsWith('-01') ? last : day(`${last.slice(0, 7)}-01`, -1);
    const months =
      (Number(monthEnd.slice(0, 4)) - Number(monthStart.slice(0, 4))) * 12 +
      Number(monthEnd.slice(5, 7)) -
      Number(monthStart.slice(5, 7)) +
      1;
    const monthly = await answerOf('¿Cuánto vendo al mes en promedio?');
    expect(monthly.query.metric).toBe('avg_monthly_revenue');
    expect(monthly.values[0].value).toBe(Math.round((await sales(monthStart, monthEnd)) / months) / 100);
    expect(monthly.answer).toContain(`(${months} meses enteros; sin contar `);
    // Whole ISO weeks: Monday to Sunday.
    const weekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const weekStart = weekday(first) === 1 ? first : day(first, 8 - weekday(first));
    const weekEnd = weekday(last) === 7 ? last : day(last, -weekday(last));
    const weeks = Math.round((Date.parse(weekEnd) - Date.parse(weekStart)) / 86_400_000 + 1) / 7;
    const weekly = await answerOf('¿Cuánto vendo a la semana?');
    expect(weekly.values[0].value).toBe(Math.round((await sales(weekStart, weekEnd)) / weeks) / 100);
    // A year the data starts in: its months from the first whole one, not the months before the data.
    const year = first.slice(0, 4);
    const inYear = await answerOf(`venta promedio por mes en ${year}`);
    const yearMonths = 12 - Number(monthStart.slice(5, 7)) + 1;
    expect(inYear.values[0].value).toBe(
      Math.round((await sales(monthStart, `${year}-12-31`)) / yearMonths) / 100,
    );
    // A branch's months; a month with no whole one in it says so.
    const branch = await answerOf('¿cuánto vende providencia al mes en promedio?');
    expect(branch.query.filters.location).toBe('Sucursal Providencia');
    expect(branch.values[0].value).not.toBe(monthly.values[0].value);
    // Each branch over the company's same whole months, the best first.
    const { rows: branches } = await t.owner.pool.query<{ name: string }>(
      'select distinct location_name as name from sale_lines where company_id = $1',
      [demo.company.id],
    );
    const perBranch = await Promise.all(
      branches.map(async ({ name }) => [
        name,
        Math.round((await sales(monthStart, monthEnd, name)) / months) / 100,
      ]),
    );
    perBranch.sort((a, b) => Number(b[1]) - Number(a[1]));
    expect(perBranch.length).toBeGreaterThan(1);
    const ranked = await answerOf('¿Qué sucursal vende más en promedio al mes?');
    expect(ranked.values.map((v: AskValue) => [v.key, v.value])).toEqual(perBranch);
    expect(ranked.answer).toContain(`(${months} meses enteros; sin contar `);
    expect(branch.values[0].value).toBe(perBranch.find(([name]) => name === 'Sucursal Providencia')?.[1]);
    const november = await answerOf('venta promedio por mes en noviembre de 2025');
    expect(november.values[0].value).toBeNull();
    expect(november.answer).toContain('no hay ningún mes entero en tus datos');
  });

  it('ranks categories and branches by the kilos of the products sold by the kilo, as plain SQL sums them', async () => {
    const kilosBy = async (column: 'category' | 'location_name') => {
      const { rows } = await t.owner.pool.query<{ key: string; kg: string }>(
        `select ${column} as key, sum(quantity)::text as kg from sale_lines
         where company_id = $1 and unit = 'kg'
           and (sold_at at time zone 'America/Santiago')::date between '2025-10-01' and '2025-10-31'
         group by 1 order by sum(quantity) desc, 1`,
        [demo.company.id],
      );
      return rows.map((row) => [row.key, expect.closeTo(Number(row.kg), 3), 'kg']);
    };
    const triples = (answer: { values: { key: string; value: number; unit: string }[] }) =>
      answer.values.map((v) => [v.key, v.value, v.unit]);

    const categories = await answerOf('¿Cuántos kilos vendí por categoría en octubre?');
    expect(categories.query).toMatchObject({ by: 'category', metric: 'units', filters: { unit: 'kg' } });
    const byCategory = await kilosBy('category');
    expect(byCategory.length).toBeGreaterThan(1);
    expect(triples(categories)).toEqual(byCategory.slice(0, categories.values.length));
    expect(categories.answer).toMatch(/ kg\)/);
    // No explorer view sums one unit by category: no link to other figures.
    expect(categories.link).toBeNull();
    // Its source is the product list of that unit, which sums to the same kilos per category.
    const source = new URL(categories.sources[0].ref, 'http://ayni.invalid');
    expect(source.pathname).toBe(`/api/v1/companies/${demo.company.id}/products`);
    expect(Object.fromEntries(source.searchParams)).toEqual({
      unit: 'kg',
      from: '2025-10-01',
      to: '2025-10-31',
    });
    const listed = (await get(`/products?${source.searchParams}&page_size=200`)).data as {
      category: string;
      units: number;
    }[];
    const summed = new Map<string, number>();
    for (const p of listed) summed.set(p.category, (summed.get(p.category) ?? 0) + p.units);
    for (const v of categories.values as { key: string; value: number }[])
      expect(v.value).toBeCloseTo(summed.get(v.key) ?? Number.NaN, 3);

    const branches = await answerOf('¿Qué sucursal vendió más kilos en octubre?');
    expect(branches.query).toMatchObject({ intent: 'ranking', by: 'location', filters: { unit: 'kg' } });
    expect(triples(branches)).toEqual((await kilosBy('location_name')).slice(0, branches.values.length));
  });

  it('ranks products as /products does, and by change against the previous quarter', async () => {
    const top = await answerOf('top 5 productos del mes pasado');
    const products = (await get('/products?from=2025-10-01&to=2025-10-31&sort=-revenue&page_size=5')).data;
    expect(top.values.map((v: { key: string; value: number }) => [v.key, v.value])).toEqual(
      products.map((p: { product_id: string; revenue: number }) => [p.product_id, p.revenue]),
    );

    // The quarter runs to 20 November: 1 October–20 November against 1 July–20 August, summed
    // here from the lines.
    const fell = await answerOf('¿Cuáles son mis 5 productos que más cayeron este trimestre?');
    const revenueBySku = async (from: string, to: string) => {
      const { rows } = await t.owner.pool.query<{ sku: string; revenue: string }>(
        `select sku, sum(total)::text as revenue from sale_lines
         where company_id = $1 and (sold_at at time zone 'America/Santiago')::date between $2 and $3
         group by 1`,
        [demo.company.id, from, to],
      );
      return new Map(rows.map((r) => [r.sku, Number(r.revenue)]));
    };
    const now = await revenueBySku('2025-10-01', '2025-11-20');
    const before = await revenueBySku('2025-07-01', '2025-08-20');
    const drops = [...new Set([...now.keys(), ...before.keys()])]
      .map((id) => ({ id, change: Math.round(((now.get(id) ?? 0) - (before.get(id) ?? 0)) * 100) / 100 }))
      .sort((a, b) => a.change - b.change || a.id.localeCompare(b.id))
      .slice(0, 5);
    expect(fell.values.map((v: { key: string }) => v.key)).toEqual(drops.map((d) => d.id));
    expect(fell.values.map((v: { value: number; previous: number }) => v.value - v.previous)).toEqual(
      drops.map((d) => expect.closeTo(d.change, 2)),
    );
    expect(fell.answer).toContain('frente al período del 1 de julio al 20 de agosto de 2025');
    expect(fell.answer).toContain('se compara con los mismos días');

    // Quantities: a weighed product's in kg, the others as plain counts.
    const units = await answerOf('¿cuáles son los 5 productos con más unidades vendidas el mes pasado?');
    const byUnits = (await get('/products?from=2025-10-01&to=2025-10-31&sort=-units&page_size=5')).data;
    // Kilos to the gram, all with three decimals so a list of them lines up.
    const count = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 3 });
    const kilos = new Intl.NumberFormat('es-CL', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    expect(byUnits.some((p: { unit_type: string }) => p.unit_type === 'kg')).toBe(true);
    for (const p of byUnits as { description: string; units: number; unit_type: string }[]) {
      const shown = p.unit_type === 'kg' ? `${kilos.format(p.units)} kg` : count.format(p.units);
      expect(units.answer).toContain(`${p.description} (${shown})`);
    }
  });

  it('filters by product, category and branch with the breakdowns’ figures', async () => {
    const product = await answerOf('¿Cuántos kilos de pan marraqueta vendí el mes pasado?');
    const detail = (await get('/products/PAN-001?from=2025-10-01&to=2025-10-31')).data;
    expect(product.values[0].value).toBe(detail.range.units);

    const category = await answerOf('Ventas de lácteos este mes');
    const categories = (await get('/categories?from=2025-11-01&to=2025-11-30')).data;
    expect(category.values[0].value).toBe(
      categories.find((c: { category: string }) => c.category === 'Lácteos').revenue,
    );

    const branch = await answerOf('¿Cuál fue el ticket promedio en Providencia el mes pasado?');
    const rows = (
      await get('/metrics?grain=month&from=2025-10-01&to=2025-10-31&location=Sucursal%20Providencia')
    ).data;
    expect(branch.values[0].value).toBe(rows[0].avg_ticket);
  });

  it('answers a product or category at one branch, per hour or weekday, and per week, as plain SQL over the lines sums them', async () => {
    // Independent of the services: sums of the demo company's lines, grouped here in SQL.
    const local = `(sold_at at time zone 'America/Santiago')`;
    const sums = async (where: string, key: string, params: unknown[] = []) => {
      const { rows } = await t.owner.pool.query(
        `select ${key} as key, sum(total)::text as revenue from sale_lines
         where company_id = $1 and ${where} group by 1`,
        [demo.company.id, ...params],
      );
      return new Map(rows.map((r: { key: unknown; revenue: string }) => [String(r.key), Number(r.revenue)]));
    };
    const ranked = (map: Map<string, number>, limit: number) =>
      [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
    const pairs = (answer: { values: { key: string; value: number }[] }) =>
      answer.values.map((v) => [v.key, v.value]);
    // The grid has every hour and weekday; the lines only those with sales.
    const sold = (answer: { values: { key: string; value: number }[] }) =>
      pairs(answer).filter(([, revenue]) => revenue !== 0);
    const providencia = 'Sucursal Providencia';

    const value = await answerOf('¿cuánto vendió la marraqueta en la sucursal Providencia en octubre?');
    const october = await sums(
      `sku = 'PAN-001' and location_name = $2 and ${local}::date between '2025-10-01' and '2025-10-31'`,
      `'all'`,
      [providencia],
    );
    expect(value.kind).toBe('query');
    expect(value.values[0].value).toBe(october.get('all'));
    expect(value.sources[0].ref).toBe(
      `/api/v1/companies/${demo.company.id}/locations/sales?product=PAN-001&from=2025-10-01&to=2025-10-31`,
    );

    const products = await answerOf('top 5 productos en sucursal Providencia');
    expect(pairs(products)).toEqual(ranked(await sums('location_name = $2', 'sku', [providencia]), 5));
    expect(products.link).toBe(
      `/c/${demo.company.id}/explore/product?sort=-revenue&location=Sucursal+Providencia`,
    );
    const listed = (await get('/products?location=Sucursal%20Providencia&page_size=5')).data;
    expect(listed.map((p: { product_id: string; revenue: number }) => [p.product_id, p.revenue])).toEqual(
      pairs(products),
    );

    const branches = await answerOf('¿en qué sucursal se vende más la coca-cola 3L?');
    expect(pairs(branches)).toEqual(ranked(await sums(`sku = 'BEB-001'`, 'location_name'), 5));

    const hours = await answerOf('¿a qué hora vende más la sucursal Providencia?');
    const byHour = await sums('location_name = $2', `extract(hour from ${local})::int`, [providencia]);
    // Only the hours the branch sold in: closed hours are no answer.
    expect(pairs(hours)).toEqual(ranked(byHour, 24));

    const weekdays = await answerOf('ventas por día de la semana en Providencia');
    expect(sold(weekdays)).toEqual(
      ranked(await sums('location_name = $2', `extract(isodow from ${local})::int`, [providencia]), 7),
    );

    const bread = await answerOf('¿qué día de la semana se vende más la marraqueta?');
    expect(sold(bread)).toEqual(
      ranked(await sums(`sku = 'PAN-001'`, `extract(isodow from ${local})::int`), 7),
    );

    const saturdays = await answerOf('ventas de bebidas los sábados');
    const drinks = await sums(`category = 'Bebidas' and extract(isodow from ${local}) = 6`, `'all'`);
    expect(saturdays.values[0].value).toBe(drinks.get('all'));

    // Whole ISO weeks overlapping November: from Monday 27 October to Sunday 30 November.
    const weeks = await answerOf('ventas semanales de lácteos en noviembre');
    const weekly = await sums(
      `category = 'Lácteos' and ${local}::date between '2025-10-27' and '2025-11-30'`,
      `to_char(${local}, 'IYYY-"W"IW')`,
    );
    expect(pairs(weeks)).toEqual([...weekly].sort((a, b) => a[0].localeCompare(b[0])));
    expect(weeks.sources[0].ref).toBe(
      `/api/v1/companies/${demo.company.id}/metrics/slice?grain=week&category=L%C3%A1cteos&from=2025-11-01&to=2025-11-30`,
    );

    const categories = await answerOf('top categorías en Providencia este mes');
    const thisMonth = await sums(
      `location_name = $2 and ${local}::date between '2025-11-01' and '2025-11-30'`,
      'category',
      [providencia],
    );
    expect(pairs(categories)).toEqual(ranked(thisMonth, 5));

    const saturdayProducts = await answerOf('qué producto se vende más los sábados');
    expect(pairs(saturdayProducts)).toEqual(
      ranked(await sums(`extract(isodow from ${local}) = 6`, 'sku'), 5),
    );
    expect(saturdayProducts.sources[0].ref).toBe(`/api/v1/companies/${demo.company.id}/products?weekdays=6`);
    const sundayBranches = await answerOf('que sucursal vende mas los domingos');
    expect(pairs(sundayBranches)).toEqual(
      ranked(await sums(`extract(isodow from ${local}) = 7`, 'location_name'), 5),
    );
    const nightCategories = await answerOf('cual es mi mejor categoria en la noche');
    expect(pairs(nightCategories)).toEqual(
      ranked(await sums(`extract(hour from ${local}) >= 18`, 'category'), 5),
    );
    const bestSaturdays = await answerOf('cual fue el mejor sabado del año');
    const saturdays2025 = await sums(
      `extract(isodow from ${local}) = 6 and ${local}::date between '2025-01-01' and '2025-12-31'`,
      `to_char(${local}, 'YYYY-MM-DD')`,
    );
    expect(pairs(bestSaturdays)).toEqual(ranked(saturdays2025, 5));

    // Tickets of a product's lines would be other sales' tickets: still refused.
    const tickets = await answerOf('¿cuántas boletas de marraqueta hubo los sábados?');
    expect(tickets.kind).toBe('unanswerable');
  });

  it('lists the customers at risk from the customer profiles', async () => {
    const answer = await answerOf('¿Qué clientes están en riesgo?');
    const customers: { customer_id: string; lifecycle_stage: string }[] = [];
    for (let page = 1; ; page++) {
      const data = (await get(`/customers?page=${page}&page_size=200`)).data;
      customers.push(...data);
      if (data.length < 200) break;
    }
    const atRisk = customers.filter((c) => c.lifecycle_stage === 'at_risk');
    expect(atRisk.length).toBeGreaterThan(0);
    expect(answer.answer).toContain(`Tienes ${atRisk.length} clientes en riesgo`);
    expect(answer.values.map((v: { key: string }) => v.key)).toEqual(
      atRisk.slice(0, 10).map((c) => c.customer_id),
    );
  });

  it('converts to UF with the UF of the period’s last day', async () => {
    await upsertMacroObservations(t.owner.db, [
      { series: 'uf', date: '2024-12-31', value: 38416.69, source: 'test' },
    ]);
    const answer = await answerOf('¿Cuánto vendí en UF el año pasado?');
    const year = (await get('/metrics?grain=year&from=2024-01-01&to=2024-12-31')).data[0];
    expect(answer.values[0]).toMatchObject({
      unit: 'UF',
      value: Math.round((year.revenue / 38416.69) * 100) / 100,
    });
    expect(answer.answer).toMatch(/ UF de \$38\.416,69 del 31 de diciembre de 2024\.$/);
  });

  it('says it neither splits out IVA nor answers in dollars, and where dollars are', async () => {
    const tax = await answerOf('¿Cuánto vendí en noviembre sin IVA?');
    expect(tax).toMatchObject({ kind: 'unanswerable', values: [] });
    expect(tax.answer).toContain('No separo el IVA');
    const dollars = await answerOf('¿Cuánto vendí en dólares en octubre?');
    expect(dollars).toMatchObject({ kind: 'unanswerable', values: [] });
    expect(dollars.answer).toContain('página Contexto macroeconómico');
  });

  it('says honestly what it cannot answer, with questions it can', async () => {
    for (const question of [
      '¿Debería invertir en acciones?',
      '¿Cuánto voy a vender el próximo mes?',
      'asdf qwerty',
    ]) {
      const answer = await answerOf(question);
      expect(answer).toMatchObject({ kind: 'unanswerable', values: [], chart: null });
      expect(answer.answer).toMatch(/^No puedo responder eso con tus datos/);
      expect(answer.suggestions.length).toBeGreaterThan(0);
    }
    const unknown = await answerOf('¿Cuánto vendí de manzanilla el mes pasado?');
    expect(unknown).toMatchObject({ kind: 'unanswerable', values: [] });
    expect(unknown.answer).toContain('No encuentro «manzanilla»');
    const refused = await answerOf('boletas de pan marraqueta el mes pasado');
    expect(refused).toMatchObject({ kind: 'unanswerable', values: [] });
    // A name that fits several products asks which, without blaming the data.
    const which = await answerOf('¿Cuánto vendí de coca cola en octubre?');
    expect(which).toMatchObject({ kind: 'unanswerable', values: [] });
    expect(which.answer).toBe(
      'Tu pregunta calza con varios nombres de tus datos: Coca-Cola 3L · Coca-Cola 1.5L · Coca-Cola lata 350ml. ¿A cuál te refieres? Pregunta de nuevo con su nombre completo.',
    );
  });

  it('answers definitions from the glossary and the docs, citing them', async () => {
    const answer = await answerOf('¿Qué es el ticket promedio?');
    expect(answer.kind).toBe('help');
    expect(answer.answer).toContain('venta neta / transacciones');
    expect(answer.sources[0].ref).toBe('docs/metrics.md#avg_ticket');
  });

  it("answers only from the asker's company: another company's id is 404, its names unknown", async () => {
    expect((await ask('¿Cuánto vendí este año?', otherToken, demo.company.id)).statusCode).toBe(404);
    const own = (await ask('¿Cuánto vendí en marzo?', otherToken, other.company.id)).json().data;
    expect(own.values[0].value).toBe(3500);
    const ranking = (await ask('productos más vendidos', otherToken, other.company.id)).json().data;
    expect(ranking.values.map((v: { key: string }) => v.key)).toEqual(['OTRO-1']);
  });

  it('ranks the partial months when they are all there is, and says once where two days of data lie', async () => {
    // The other company sold on 3 and 4 March 2025 only: its one month is covered in part.
    const least = (await ask('¿En qué mes vendí menos este año?', otherToken, other.company.id)).json().data;
    expect(least.values.map((v: { key: string; value: number }) => [v.key, v.value])).toEqual([
      ['2025-03', 3500],
    ]);
    expect(least.answer).toContain('Tus datos van del 3 al 4 de marzo de 2025: 2025 está incompleto.');
    expect(least.answer).not.toContain('Sin contar');
    expect(least.answer).not.toContain('Tus datos llegan hasta');
  });

  it('answers within the latency budget', async () => {
    const questions = [
      '¿Cuánto vendí el mes pasado?',
      'top 10 productos este año',
      '¿Qué día de la semana vendo más?',
      'Ventas por mes este año',
      '¿Qué clientes están en riesgo?',
      'ventas de lácteos en octubre',
    ];
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const question of questions) {
        const started = performance.now();
        expect((await ask(question)).statusCode).toBe(200);
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.floor(times.length * 0.95)] as number;
    console.info(`ask p95 ${p95.toFixed(0)} ms over ${times.length} answers`);
    // The budget is 300 ms; the shared CI machine gets slack.
    expect(p95).toBeLessThan(1500);
  });
});
