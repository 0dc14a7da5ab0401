import { PassThrough, type Readable } from 'node:stream';
import {
  defaultExportSort,
  EXPORT_SORTS,
  type ExportLevel,
  type LevelExportQuery,
  METRIC_GRAINS,
} from '@ayni/contracts';
import { inCompany } from '@ayni/db';
import { AppError } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { assertRange } from '../analytics/metrics.service';
import { csvRowWriter } from './csv-writer';
import { exportColumns } from './export-columns';
import { type ExportFilters, levelRowSource } from './level-rows';
import { ExportAborted, type RowWriter, streamSink } from './row-writer';
import type { XlsxOptions } from './xlsx-writer';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface LevelExport {
  filename: string;
  contentType: string;
  /** The file, written as the client reads it. */
  body: Readable;
}

const invalid = (field: string, message: string, messageEs: string) =>
  new AppError('VALIDATION_ERROR', message, {
    messageEs,
    details: [{ field: `querystring.${field}`, message }],
  });

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** The query's filters, checked as the explorer API checks them. */
function filtersOf(level: ExportLevel, query: LevelExportQuery): ExportFilters {
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value !== undefined && !isRealDate(value))
      throw invalid(name, `\`${name}\` is not a real date`, 'La fecha no existe en el calendario');
  }
  assertRange(query);
  const sort = query.sort ?? defaultExportSort(level);
  if (!EXPORT_SORTS[level].includes(sort.replace(/^-/, '')))
    throw invalid('sort', `cannot sort ${level} by ${sort}`, `No se puede ordenar por ${sort}`);
  const branched = (METRIC_GRAINS as readonly string[]).includes(level) || level === 'hour';
  if (query.location !== undefined && !branched)
    throw invalid(
      'location',
      'the branch filter applies to day, week, month, quarter, year and the weekday × hour grid',
      'El filtro de sucursal aplica a día, semana, mes, trimestre, año y a días y horas',
    );
  if (query.unit !== undefined && level !== 'product')
    throw invalid('unit', 'the unit filter applies to products', 'El filtro de unidad aplica a productos');
  return {
    from: query.from,
    to: query.to,
    location: query.location,
    unit: query.unit,
    sort,
    lang: query.lang,
  };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);

/** `ayni-<level>[-<branch>][-<unit>]-<from>-<to>.<ext>` (`inicio`/`hoy` for an open end, `todo` for none). */
export function exportFilename(level: ExportLevel, filters: ExportFilters, ext: string): string {
  const range = filters.from || filters.to ? [filters.from ?? 'inicio', filters.to ?? 'hoy'] : ['todo'];
  const branch = filters.location ? slug(filters.location) : '';
  const unit = filters.unit ? slug(filters.unit) : '';
  return `${['ayni', level, branch, unit, ...range].filter(Boolean).join('-')}.${ext}`;
}

/**
 * One explorer level as CSV or XLSX with the view's filters and sort (every page). Any member
 * may export what they can see; each export is audited. Checks and the audit entry happen before
 * the first byte; then the rows stream from PostgreSQL to `body` at the client's pace. A database
 * error after that can only cut the download short (logged).
 */
export async function exportLevel(
  ctx: ServiceContext,
  level: ExportLevel,
  query: LevelExportQuery,
  options: XlsxOptions = {},
): Promise<LevelExport> {
  authorize(ctx, 'view_dashboards');
  const filters = filtersOf(level, query);
  await inCompany(ctx.db, ctx.companyId, (tx) =>
    audit(tx, ctx, 'export.level_downloaded', {
      type: 'level',
      id: level,
      metadata: { format: query.format, ...filters },
    }),
  );
  const columns = exportColumns(level, query.lang);
  const out = new PassThrough();
  const writer: RowWriter =
    query.format === 'xlsx'
      ? // ExcelJS (~15 MB) is loaded by the first workbook, not by every process.
        (await import('./xlsx-writer')).xlsxRowWriter(out, level, columns, options)
      : csvRowWriter(streamSink(out), columns, query.delimiter === 'semicolon' ? ';' : ',');
  const source = levelRowSource(ctx, level, filters);
  void (async () => {
    await writer.start();
    await source((rows) => writer.rows(rows));
    await writer.end();
  })().catch((err: unknown) => {
    if (err instanceof ExportAborted) return;
    ctx.log.error({ err, level }, 'level export failed while streaming');
    out.destroy(err as Error);
  });
  const xlsx = query.format === 'xlsx';
  return {
    filename: exportFilename(level, filters, xlsx ? 'xlsx' : 'csv'),
    contentType: xlsx ? XLSX_TYPE : CSV_TYPE,
    body: out,
  };
}
