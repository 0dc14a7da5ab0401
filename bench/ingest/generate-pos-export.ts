/**
 * Writes a synthetic but realistic Chilean POS sales export (Windows-1252, `;`, CRLF), the kind
 * of file the ingestion benchmark uploads. Deterministic: the same options give the same bytes.
 *
 *   tsx bench/ingest/generate-pos-export.ts --lines 1000000 --out bench/.cache/pos.csv [--seed 7]
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ANONYMOUS_RUT, BRANCHES, buildCatalog, buildCustomers, type Product } from './catalog';
import { createRandom, type Random } from './prng';
import { encodeWindows1252 } from './windows-1252';

export interface PosExportOptions {
  /** Data lines (the header not counted). */
  lines: number;
  seed?: number;
  /** Last sales day, YYYY-MM-DD. Fixed by default so every run writes the same file. */
  endDate?: string;
  /** Months of history before `endDate`. */
  months?: number;
}

/** What the file holds, for checking what the server imported. Money in CLP, returns negative in `netTotal`. */
export interface PosExportStats {
  lines: number;
  documents: number;
  creditNotes: number;
  creditNoteLines: number;
  salesTotal: number;
  returnsTotal: number;
  netTotal: number;
  bytes: number;
  firstDay: string;
  lastDay: string;
  seed: number;
}

export const DEFAULT_SEED = 20261031;
export const DEFAULT_END_DATE = '2026-10-31';
export const DEFAULT_MONTHS = 18;

export const HEADER = [
  'Fecha venta',
  'Tipo documento',
  'N° doc. venta',
  'RUT cliente',
  'Nombre sucursal',
  'SKU',
  'Descripción',
  'Categoría',
  'Cantidad',
  'Precio unitario',
  'Total neto',
  'Costo total',
].join(';');

const CRLF = '\r\n';
const LINES_PER_CHUNK = 2048;
const OPEN_MINUTE = 9 * 60;
const OPEN_MINUTES = 13 * 60; // 09:00 to 21:59: far from midnight, so no DST gap can swallow a sale
const LINES_PER_DOCUMENT = [1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6];

const pad2 = (n: number) => String(n).padStart(2, '0');
/** `$ 12.990`: thousands with '.', no decimals. */
const money = (clp: number) => `$ ${String(clp).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
/** Grams as kilograms with a decimal comma and three decimals: 1088 → "1,088". */
const kilograms = (grams: number) => `${Math.floor(grams / 1000)},${String(grams % 1000).padStart(3, '0')}`;

/** Calendar days (dd/mm/yyyy) from `months` before `endDate` to `endDate`, inclusive. */
function salesDays(endDate: string, months: number): { labels: string[]; first: string; last: string } {
  const end = new Date(`${endDate}T00:00:00Z`);
  // Whole calendar months: 18 months to 2026-10-31 start on 2025-05-01.
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months + 1, 1));
  const labels: string[] = [];
  for (let t = start.getTime(); t <= end.getTime(); t += 86_400_000) {
    const d = new Date(t);
    labels.push(`${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`);
  }
  return { labels, first: start.toISOString().slice(0, 10), last: endDate };
}

function pickBranch(random: Random): string {
  let roll = random.int(1, 100);
  for (const branch of BRANCHES) {
    roll -= branch.weight;
    if (roll <= 0) return branch.name;
  }
  return (BRANCHES[0] as { name: string }).name;
}

function quantityOf(product: Product, random: Random): { text: string; value: number } {
  if (product.weighed) {
    const grams = random.int(100, 2500);
    return { text: kilograms(grams), value: grams / 1000 };
  }
  const roll = random.next();
  const units = roll < 0.65 ? 1 : roll < 0.85 ? 2 : roll < 0.93 ? 3 : random.int(4, 12);
  return { text: String(units), value: units };
}

function emptyStats(seed: number, first: string, last: string): PosExportStats {
  return {
    lines: 0,
    documents: 0,
    creditNotes: 0,
    creditNoteLines: 0,
    salesTotal: 0,
    returnsTotal: 0,
    netTotal: 0,
    bytes: 0,
    firstDay: first,
    lastDay: last,
    seed,
  };
}

/**
 * The file as encoded chunks (header first), about 250 KB each; `stats` fills in as they are
 * produced and is complete once the generator is done. Memory stays flat whatever `lines` is.
 */
export function* posExportChunks(options: PosExportOptions, stats?: PosExportStats): Generator<Buffer> {
  const seed = options.seed ?? DEFAULT_SEED;
  const random = createRandom(seed);
  const catalog = buildCatalog(random);
  const customers = buildCustomers(random);
  const days = salesDays(options.endDate ?? DEFAULT_END_DATE, options.months ?? DEFAULT_MONTHS);
  const totals = stats ?? emptyStats(seed, days.first, days.last);
  Object.assign(totals, emptyStats(seed, days.first, days.last));

  const emit = (text: string) => {
    const bytes = encodeWindows1252(text);
    totals.bytes += bytes.length;
    return bytes;
  };
  yield emit(HEADER + CRLF);

  // One folio sequence for every document type: the importer identifies a document by its number.
  let folio = 1_000_000;
  let pending: string[] = [];
  const target = options.lines;
  while (totals.lines < target) {
    // Sales are in time order, spread evenly over the days and the opening hours.
    const position = (totals.lines / target) * days.labels.length;
    const day = Math.floor(position);
    const minute = OPEN_MINUTE + Math.floor((position - day) * OPEN_MINUTES);
    const soldAt = `${days.labels[day]} ${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`;

    const kindRoll = random.next();
    const isCreditNote = kindRoll < 0.015;
    const isInvoice = !isCreditNote && kindRoll < 0.115;
    const documentType = isCreditNote ? 'Nota de crédito' : isInvoice ? 'Factura' : 'Boleta';
    const customer = isInvoice
      ? random.pick(customers.companies, 1.5)
      : random.chance(0.7)
        ? ANONYMOUS_RUT
        : random.pick(customers.people, 1.5);
    const branch = pickBranch(random);
    const wanted = isCreditNote ? random.int(1, 2) : random.pick(LINES_PER_DOCUMENT);
    const count = Math.min(wanted, target - totals.lines);
    folio++;
    totals.documents++;
    if (isCreditNote) totals.creditNotes++;

    for (let i = 0; i < count; i++) {
      const product = random.pick(catalog, 1.8);
      const quantity = quantityOf(product, random);
      const total = Math.round(quantity.value * product.price);
      const cost = Math.round(quantity.value * product.unitCost);
      // Credit notes are written with positive amounts; the document type makes them returns.
      pending.push(
        `${soldAt};${documentType};${folio};${customer};${branch};${product.sku};${product.description};` +
          `${product.category};${quantity.text};${money(product.price)};${money(total)};${money(cost)}`,
      );
      totals.lines++;
      if (isCreditNote) {
        totals.creditNoteLines++;
        totals.returnsTotal += total;
        totals.netTotal -= total;
      } else {
        totals.salesTotal += total;
        totals.netTotal += total;
      }
    }
    if (pending.length >= LINES_PER_CHUNK) {
      yield emit(pending.join(CRLF) + CRLF);
      pending = [];
    }
  }
  if (pending.length > 0) yield emit(pending.join(CRLF) + CRLF);
}

/** The whole file in memory, for tests and small sizes. */
export function posExportBuffer(options: PosExportOptions): { bytes: Buffer; stats: PosExportStats } {
  const stats = {} as PosExportStats;
  const bytes = Buffer.concat([...posExportChunks(options, stats)]);
  return { bytes, stats };
}

/** Runs the generator without keeping anything: the stats of a file written earlier. */
export function posExportStats(options: PosExportOptions): PosExportStats {
  const stats = {} as PosExportStats;
  for (const _chunk of posExportChunks(options, stats)) {
    // only the totals matter
  }
  return stats;
}

export const statsPathOf = (file: string) => `${file}.stats.json`;

/**
 * Streams the file to `file` (the write stream's backpressure paces the generator) and writes
 * its stats next to it as `<file>.stats.json`.
 */
export async function writePosExport(file: string, options: PosExportOptions): Promise<PosExportStats> {
  await mkdir(path.dirname(file), { recursive: true });
  const stats = {} as PosExportStats;
  await pipeline(Readable.from(posExportChunks(options, stats)), createWriteStream(file));
  await writeFile(statsPathOf(file), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
}

async function main() {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '1000000' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  const lines = Number(values.lines);
  if (!Number.isInteger(lines) || lines < 1) throw new Error('--lines must be a positive integer');
  const out = values.out ?? `bench/.cache/pos-export-${lines}.csv`;
  const started = performance.now();
  const stats = await writePosExport(out, { lines, seed: Number(values.seed) });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${out}: ${stats.lines} lines, ${stats.documents} documents, ${(stats.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : err}\n`);
    process.exit(1);
  });
}
