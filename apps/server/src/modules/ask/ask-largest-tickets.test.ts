import { describe, expect, it } from 'vitest';
import { postQuestion } from '../../../test/ask-client';
import { useDemoAsk } from '../../../test/demo-company';
import { bearer } from '../../../test/helpers';

/*
 * The largest tickets on the demo data: `/tickets/largest` and Ask's answers against plain SQL
 * over the sale lines, each document's net total of the local days, branch and weekdays asked,
 * largest first (ties by document).
 */

interface SqlTicket {
  document: string;
  day: string;
  time: string;
  location: string | null;
  lines: number;
  units: number;
  total: number;
}

const LOCAL = `(sold_at at time zone 'America/Santiago')`;

describe('tickets: the largest, in the API and in Ask, and their units', () => {
  const demo = useDemoAsk();

  const sqlTickets = async (from: string, to: string, limit: number, where = 'true') => {
    const { rows } = await demo.t.owner.pool.query<Record<string, string | number | null>>(
      `select document_id as document, min(${LOCAL})::date::text as day,
         to_char(min(${LOCAL}), 'HH24:MI') as time, nullif(min(location_name), '') as location,
         count(*)::int as lines, sum(quantity)::text as units, sum(total)::text as total
       from sale_lines
       where company_id = $1 and ${LOCAL}::date between $2::date and $3::date and ${where}
       group by document_id having sum(total) > 0
       order by sum(total) desc, document_id limit $4`,
      [demo.owner.company.id, from, to, limit],
    );
    return rows.map(
      (r): SqlTicket => ({
        document: String(r.document),
        day: String(r.day),
        time: String(r.time),
        location: r.location === null ? null : String(r.location),
        lines: Number(r.lines),
        units: Number(r.units),
        total: Number(r.total),
      }),
    );
  };

  it('lists the tickets of the days asked by their net total, with day, time, branch and lines', async () => {
    const expected = await sqlTickets('2025-10-01', '2025-10-31', 3);
    expect(expected).toHaveLength(3);
    const res = await demo.t.app.inject({
      url: `/api/v1/companies/${demo.owner.company.id}/tickets/largest?from=2025-10-01&to=2025-10-31&limit=3`,
      headers: bearer(demo.token),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual(
      expected.map((e) => ({
        document_id: e.document,
        day: e.day,
        time: e.time,
        location: e.location,
        lines: e.lines,
        units: expect.closeTo(e.units, 3),
        total: e.total,
      })),
    );
    expect(res.json().meta).toMatchObject({ period: { from: '2025-10-01', to: '2025-10-31' } });
  });

  it("answers «la boleta más grande» of a month, and the largest ones of a branch's Saturdays", async () => {
    const [largest] = await sqlTickets('2025-10-01', '2025-10-31', 1);
    const one = await postQuestion(
      demo.t.app,
      demo.token,
      demo.owner.company.id,
      '¿Cuál fue la boleta más grande de octubre?',
    );
    expect(one.kind).toBe('query');
    expect(one.values.map((v) => [v.key, v.value])).toEqual([[largest?.document, largest?.total]]);
    expect(one.answer).toMatch(
      new RegExp(
        `^La boleta más grande en octubre de 2025: N° ${largest?.document}, \\S+ \\d+ de octubre de 2025 a las ${largest?.time} `,
      ),
    );
    // Its source gives the same ticket.
    const source = await demo.t.app.inject({ url: one.sources[0]?.ref ?? '', headers: bearer(demo.token) });
    expect(source.json().data[0]).toMatchObject({ document_id: largest?.document, total: largest?.total });

    const saturdays = await sqlTickets(
      '2025-10-01',
      '2025-10-31',
      5,
      `location_name = 'Sucursal Providencia' and extract(isodow from ${LOCAL}) = 6`,
    );
    const answer = await postQuestion(
      demo.t.app,
      demo.token,
      demo.owner.company.id,
      'boletas más grandes de octubre en Providencia los sábados',
    );
    expect(answer.values.map((v) => [v.key, v.value])).toEqual(saturdays.map((s) => [s.document, s.total]));
    // The branch and the weekday narrow the list: not the month's largest tickets.
    const month = await sqlTickets('2025-10-01', '2025-10-31', 5);
    expect(saturdays.map((s) => s.document)).not.toEqual(month.map((m) => m.document));
    expect(answer.link).toBeNull();
  });

  it('gives the net units per ticket of a month, its Saturdays and each branch, as SQL counts them', async () => {
    /** Net units over tickets with a sale (per local day × hour, as the hour cells count them). */
    const perTicket = async (where: string, byHour = false) => {
      const ticket = byHour ? `(${LOCAL}::date, extract(hour from ${LOCAL}), document_id)` : 'document_id';
      const { rows } = await demo.t.owner.pool.query<{ units: string; tickets: number }>(
        `select sum(quantity)::text as units, count(distinct ${ticket}) filter (where total > 0)::int as tickets
         from sale_lines where company_id = $1 and ${LOCAL}::date between '2025-10-01' and '2025-10-31' and ${where}`,
        [demo.owner.company.id],
      );
      const row = rows[0] as { units: string; tickets: number };
      return Math.round((Number(row.units) * 1000) / row.tickets) / 1000;
    };
    const value = async (question: string) =>
      (await postQuestion(demo.t.app, demo.token, demo.owner.company.id, question)).values.map(
        (v) => v.value,
      );
    const october = await perTicket('true');
    expect(await value('¿Cuántas unidades por boleta vendí en octubre?')).toEqual([october]);
    const saturdays = await perTicket(`extract(isodow from ${LOCAL}) = 6`, true);
    expect(await value('unidades por boleta los sábados de octubre')).toEqual([saturdays]);
    expect(saturdays).not.toBe(october);
    const branches = await postQuestion(
      demo.t.app,
      demo.token,
      demo.owner.company.id,
      '¿qué sucursal tiene más unidades por boleta en octubre?',
    );
    const expected = await Promise.all(
      branches.values.map(async (v) => [v.key, await perTicket(`location_name = '${v.key}'`)]),
    );
    expect(branches.values.length).toBeGreaterThan(1);
    expect(branches.values.map((v) => [v.key, v.value])).toEqual(
      [...expected].sort((a, b) => Number(b[1]) - Number(a[1])),
    );
  });

  it('refuses a product it cannot apply to tickets', async () => {
    const answer = await postQuestion(
      demo.t.app,
      demo.token,
      demo.owner.company.id,
      '¿cuál fue la venta más grande de pan marraqueta?',
    );
    expect(answer.kind).toBe('unanswerable');
    expect(answer.answer).toContain('el producto «Pan marraqueta»');
  });
});
