import type pg from 'pg';

/** Quarter hours: every modern time zone's midnight falls on one, so a bucket lies in one day. */
const BUCKET_MS = 15 * 60 * 1000;

interface BucketTally {
  lines: number;
  grossCents: number;
  returnCents: number;
  unitThousandths: number;
  /** Documents with a non-return line in the bucket. */
  documents: number;
}

export interface DaySpan {
  firstDay: string | null;
  lastDay: string | null;
}

interface DayTally {
  day: string;
  lines: number;
  grossCents: number;
  returnCents: number;
  unitThousandths: number;
  /** Documents with a non-return line (the day's tickets). */
  documents: number;
}

/**
 * What a company's first import adds per local day — lines, and the `daily_sales` sums — tallied
 * while the lines stream, so the merge needs no pass over the written lines to find the
 * affected days or rebuild their rollup. Amounts are the stored (rounded) values, summed as
 * integers: exact. The quarter hours are turned into days by PostgreSQL, in the company's
 * time zone, exactly as `(sold_at at time zone tz)::date` does.
 */
export class FirstImportDays {
  private readonly buckets = new Map<number, BucketTally>();
  // Documents are counted as they end, not kept: with each document's lines contiguous (the
  // caller checks, `DocumentKeys`), a bucket's documents are the runs that sold in it. A run
  // selling in several buckets is remembered, to count it once per day.
  private currentDocument: string | null = null;
  /** The buckets where the current document sold (one, mostly). */
  private readonly runBuckets: number[] = [];
  private readonly spreadRuns: number[][] = [];

  /** `total` and `quantity` as stored (2 and 3 decimals); `unit` as stored. */
  add(
    soldAt: number,
    documentId: string,
    total: number,
    quantity: number,
    isReturn: boolean,
    unit: string | null,
  ) {
    if (documentId !== this.currentDocument) {
      this.endDocument();
      this.currentDocument = documentId;
    }
    const bucket = Math.floor(soldAt / BUCKET_MS);
    let tally = this.buckets.get(bucket);
    if (tally === undefined) {
      tally = { lines: 0, grossCents: 0, returnCents: 0, unitThousandths: 0, documents: 0 };
      this.buckets.set(bucket, tally);
    }
    tally.lines++;
    const cents = Math.round(total * 100);
    if (isReturn) tally.returnCents -= cents;
    else {
      tally.grossCents += cents;
      if (!this.runBuckets.includes(bucket)) {
        this.runBuckets.push(bucket);
        tally.documents++;
      }
    }
    if (unit === 'un') tally.unitThousandths += Math.round(quantity * 1000);
  }

  private endDocument(): void {
    if (this.runBuckets.length > 1) this.spreadRuns.push([...this.runBuckets]);
    this.runBuckets.length = 0;
  }

  /**
   * Writes `upload_days` (every line an insert) and replaces the days' `daily_sales` rows;
   * returns the first and last day. Returns null, writing nothing, when the documents were not
   * contiguous (`documentsContiguous` false: the ticket counts would be wrong) or a quarter hour
   * straddles two days in the company's time zone (historic local mean time offsets): the
   * caller then takes the SQL path.
   */
  async write(
    client: pg.PoolClient,
    companyId: string,
    documentsContiguous: boolean,
  ): Promise<DaySpan | null> {
    if (!documentsContiguous) return null;
    this.endDocument();
    const days = await this.days(client, companyId);
    if (days === null) return null;
    const column = <T>(pick: (d: DayTally) => T) => days.map(pick);
    const dayList = column((d) => d.day);
    await client.query(
      `create temp table upload_days on commit drop as
       select day, lines as inserted, 0 as updated, 0 as deleted, lines as delta
       from unnest($1::date[], $2::int[]) as u(day, lines)`,
      [dayList, column((d) => d.lines)],
    );
    await client.query('delete from daily_sales where company_id = $1 and day = any($2::date[])', [
      companyId,
      dayList,
    ]);
    await client.query(
      `insert into daily_sales (company_id, day, gross_sales, returns, tickets, units, lines, refreshed_at)
       select $1, day, gross / 100, returns / 100, tickets, units / 1000, lines, now()
       from unnest($2::date[], $3::numeric[], $4::numeric[], $5::int[], $6::numeric[], $7::int[])
         as u(day, gross, returns, tickets, units, lines)`,
      [
        companyId,
        dayList,
        column((d) => String(d.grossCents)),
        column((d) => String(d.returnCents)),
        column((d) => d.documents),
        column((d) => String(d.unitThousandths)),
        column((d) => d.lines),
      ],
    );
    return { firstDay: days[0]?.day ?? null, lastDay: days[days.length - 1]?.day ?? null };
  }

  private async days(client: pg.PoolClient, companyId: string): Promise<DayTally[] | null> {
    const buckets = [...this.buckets.keys()];
    const mapped = await client.query<{ first: string; last: string }>(
      `select ((to_timestamp(b * ${BUCKET_MS / 1000}) at time zone c.timezone)::date)::text as first,
         ((to_timestamp(b * ${BUCKET_MS / 1000} + ${BUCKET_MS / 1000 - 0.001}) at time zone c.timezone)::date)::text as last
       from unnest($2::bigint[]) with ordinality as u(b, i), companies c where c.id = $1 order by i`,
      [companyId, buckets],
    );
    const days = new Map<string, DayTally>();
    const dayOfBucket = new Map<number, string>();
    for (let i = 0; i < buckets.length; i++) {
      const row = mapped.rows[i];
      if (row === undefined || row.first !== row.last) return null;
      dayOfBucket.set(buckets[i] as number, row.first);
      const tally = this.buckets.get(buckets[i] as number) as BucketTally;
      let day = days.get(row.first);
      if (day === undefined) {
        day = {
          day: row.first,
          lines: 0,
          grossCents: 0,
          returnCents: 0,
          unitThousandths: 0,
          documents: 0,
        };
        days.set(row.first, day);
      }
      day.lines += tally.lines;
      day.grossCents += tally.grossCents;
      day.returnCents += tally.returnCents;
      day.unitThousandths += tally.unitThousandths;
      day.documents += tally.documents;
    }
    // A document that sold in several quarter hours of one day is one ticket of that day.
    for (const run of this.spreadRuns) {
      const runDays = run.map((bucket) => dayOfBucket.get(bucket) as string);
      for (const day of new Set(runDays)) {
        const repeats = runDays.filter((d) => d === day).length - 1;
        (days.get(day) as DayTally).documents -= repeats;
      }
    }
    return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
  }
}
