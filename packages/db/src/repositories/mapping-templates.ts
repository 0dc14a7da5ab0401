import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { mappingTemplates } from '../schema';

export type MappingTemplateRow = typeof mappingTemplates.$inferSelect;

/** The unique index on (company_id, name): a duplicate name violates it. */
export const MAPPING_TEMPLATE_NAME_KEY = 'mapping_templates_name_key';

export interface MappingTemplateValues {
  name: string;
  headerKey: string;
  headers: string[];
  mapping: Record<string, unknown>;
}

/** The company's templates, newest first. */
export async function listMappingTemplates(db: Database, companyId: string): Promise<MappingTemplateRow[]> {
  return db
    .select()
    .from(mappingTemplates)
    .where(eq(mappingTemplates.companyId, companyId))
    .orderBy(desc(mappingTemplates.createdAt), desc(mappingTemplates.id));
}

/** One template; `lock` holds it (FOR UPDATE) until the transaction ends. */
export async function findMappingTemplate(
  db: Database,
  companyId: string,
  templateId: string,
  options: { lock?: boolean } = {},
): Promise<MappingTemplateRow | undefined> {
  const query = db
    .select()
    .from(mappingTemplates)
    .where(and(eq(mappingTemplates.companyId, companyId), eq(mappingTemplates.id, templateId)));
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0];
}

/** The newest template whose header key is exactly `headerKey`. */
export async function findMappingTemplateByHeaderKey(
  db: Database,
  companyId: string,
  headerKey: string,
): Promise<MappingTemplateRow | undefined> {
  const rows = await db
    .select()
    .from(mappingTemplates)
    .where(and(eq(mappingTemplates.companyId, companyId), eq(mappingTemplates.headerKey, headerKey)))
    .orderBy(desc(mappingTemplates.createdAt), desc(mappingTemplates.id))
    .limit(1);
  return rows[0];
}

export async function insertMappingTemplate(
  db: Database,
  companyId: string,
  values: MappingTemplateValues & { createdBy: string | null },
): Promise<MappingTemplateRow> {
  const [row] = await db
    .insert(mappingTemplates)
    .values({ companyId, ...values })
    .returning();
  if (!row) throw new Error('insert into mapping_templates returned nothing');
  return row;
}

export async function updateMappingTemplate(
  db: Database,
  companyId: string,
  templateId: string,
  patch: Partial<MappingTemplateValues>,
): Promise<MappingTemplateRow | undefined> {
  const rows = await db
    .update(mappingTemplates)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(mappingTemplates.companyId, companyId), eq(mappingTemplates.id, templateId)))
    .returning();
  return rows[0];
}

export async function deleteMappingTemplate(
  db: Database,
  companyId: string,
  templateId: string,
): Promise<MappingTemplateRow | undefined> {
  const rows = await db
    .delete(mappingTemplates)
    .where(and(eq(mappingTemplates.companyId, companyId), eq(mappingTemplates.id, templateId)))
    .returning();
  return rows[0];
}
