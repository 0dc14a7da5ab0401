import type { MappingSpecInput, MappingTemplate, mappingTemplateInputSchema } from '@ayni/contracts';
import {
  type Database,
  deleteMappingTemplate as deleteTemplateRow,
  findMappingTemplate,
  findMappingTemplateByHeaderKey,
  inCompany,
  insertMappingTemplate,
  listMappingTemplates as listTemplateRows,
  MAPPING_TEMPLATE_NAME_KEY,
  type MappingTemplateRow,
  updateMappingTemplate as updateTemplateRow,
} from '@ayni/db';
import type { z } from 'zod';
import { AppError, notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { isUniqueViolation } from '../../lib/db-errors';
import { authorize } from '../../lib/permissions';
import { headerKey, normalizeHeader } from './header-key';
import { checkMapping } from './mapping-rules';

export { headerKey } from './header-key';

type TemplateInput = z.infer<typeof mappingTemplateInputSchema>;
type TemplatePatch = Partial<TemplateInput>;

/** A template as the uploads pipeline applies it. */
export interface AppliedTemplate {
  id: string;
  name: string;
  mapping: MappingSpecInput;
}

function toMappingTemplate(row: MappingTemplateRow): MappingTemplate {
  return {
    id: row.id,
    name: row.name,
    headers: row.headers as string[],
    mapping: row.mapping as MappingSpecInput,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

const nameTaken = (name: string) =>
  new AppError('CONFLICT', `A mapping template named "${name}" already exists`, {
    messageEs: `Ya existe una plantilla de columnas llamada "${name}"`,
    details: [{ field: 'body.name', message: 'already exists' }],
  });

/** Runs a write, turning the unique index on (company_id, name) into a 409. */
async function guardName<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (name !== undefined && isUniqueViolation(err, MAPPING_TEMPLATE_NAME_KEY)) throw nameTaken(name);
    throw err;
  }
}

export async function listMappingTemplates(ctx: ServiceContext): Promise<MappingTemplate[]> {
  authorize(ctx, 'view_dashboards');
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) => listTemplateRows(tx, ctx.companyId));
  return rows.map(toMappingTemplate);
}

export async function getMappingTemplate(ctx: ServiceContext, templateId: string): Promise<MappingTemplate> {
  authorize(ctx, 'view_dashboards');
  const template = await inCompany(ctx.db, ctx.companyId, (tx) => getTemplate(tx, ctx.companyId, templateId));
  if (!template) throw notFound('Mapping template');
  return template;
}

export async function createMappingTemplate(
  ctx: ServiceContext,
  input: TemplateInput,
): Promise<MappingTemplate> {
  authorize(ctx, 'upload_data');
  checkMapping(input.headers, input.mapping);
  return guardName(input.name, () =>
    inCompany(ctx.db, ctx.companyId, async (tx) => {
      const row = await insertMappingTemplate(tx, ctx.companyId, {
        name: input.name,
        headerKey: headerKey(input.headers),
        headers: input.headers,
        mapping: input.mapping,
        createdBy: ctx.userId,
      });
      await audit(tx, ctx, 'mapping_template.created', {
        type: 'mapping_template',
        id: row.id,
        metadata: { name: row.name, headers: input.headers.length },
      });
      return toMappingTemplate(row);
    }),
  );
}

/** Changes any of name, headers and mapping; the mapping is checked against the resulting headers. */
export async function updateMappingTemplate(
  ctx: ServiceContext,
  templateId: string,
  patch: TemplatePatch,
): Promise<MappingTemplate> {
  authorize(ctx, 'upload_data');
  return guardName(patch.name, () =>
    inCompany(ctx.db, ctx.companyId, async (tx) => {
      // Locked, so a concurrent change of the headers cannot slip past the mapping check.
      const before = await findMappingTemplate(tx, ctx.companyId, templateId, { lock: true });
      if (!before) throw notFound('Mapping template');
      const headers = patch.headers ?? (before.headers as string[]);
      const mapping = patch.mapping ?? (before.mapping as MappingSpecInput);
      if (patch.headers || patch.mapping) checkMapping(headers, mapping);
      const row = await updateTemplateRow(tx, ctx.companyId, templateId, {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.headers ? { headers, headerKey: headerKey(headers) } : {}),
        ...(patch.mapping ? { mapping } : {}),
      });
      if (!row) throw notFound('Mapping template');
      await audit(tx, ctx, 'mapping_template.updated', {
        type: 'mapping_template',
        id: row.id,
        metadata: { name: row.name, changed: Object.keys(patch) },
      });
      return toMappingTemplate(row);
    }),
  );
}

export async function deleteMappingTemplate(
  ctx: ServiceContext,
  templateId: string,
): Promise<MappingTemplate> {
  authorize(ctx, 'upload_data');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const row = await deleteTemplateRow(tx, ctx.companyId, templateId);
    if (!row) throw notFound('Mapping template');
    await audit(tx, ctx, 'mapping_template.deleted', {
      type: 'mapping_template',
      id: row.id,
      metadata: { name: row.name },
    });
    return toMappingTemplate(row);
  });
}

// ------------------------------------------------------------ for the uploads pipeline

/** One template, or null. `db` must already be in the company's transaction (`inCompany`). */
export async function getTemplate(
  db: Database,
  companyId: string,
  templateId: string,
): Promise<MappingTemplate | null> {
  const row = await findMappingTemplate(db, companyId, templateId);
  return row ? toMappingTemplate(row) : null;
}

/**
 * The newest template saved for a file with these headers (any order, case, accents or spacing),
 * or null. The mapping comes back keyed by the file's own spelling of each header, ready to apply.
 * `db` must already be in the company's transaction (`inCompany`).
 */
export async function findTemplateForHeaders(
  db: Database,
  companyId: string,
  headers: string[],
): Promise<AppliedTemplate | null> {
  if (headers.length === 0) return null;
  const row = await findMappingTemplateByHeaderKey(db, companyId, headerKey(headers));
  if (!row) return null;
  return { id: row.id, name: row.name, mapping: rekey(row.mapping as MappingSpecInput, headers) };
}

/** Renames the mapping's keys (the template's headers) to the file's headers they match. */
function rekey(mapping: MappingSpecInput, fileHeaders: string[]): MappingSpecInput {
  const exact = new Set(fileHeaders);
  const byNormal = new Map<string, string>();
  for (const header of fileHeaders) {
    const normal = normalizeHeader(header);
    if (!byNormal.has(normal)) byNormal.set(normal, header);
  }
  return Object.fromEntries(
    Object.entries(mapping).map(([key, column]) => [
      exact.has(key) ? key : (byNormal.get(normalizeHeader(key)) ?? key),
      column,
    ]),
  );
}
