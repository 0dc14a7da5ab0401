import type { Readable } from 'node:stream';
import { type Database, inCompany, type UploadRow } from '@ayni/db';
import type { MappingSpec } from '@ayni/engine';
import { findTemplateForHeaders, getTemplate } from '../../mapping-templates/mapping-templates.service';
import { IngestError } from './ingest-error';
import { profileFile } from './profile-file';

export interface ResolvedMapping {
  spec: MappingSpec | null;
  template: { id: string; name: string } | null;
}

/**
 * The mapping an import uses: the one sent with the upload, else the named template, else a
 * saved template whose headers match the file's (found from the first rows), else none
 * (detection decides everything).
 */
export async function resolveMapping(
  db: Database,
  upload: Pick<UploadRow, 'companyId' | 'mapping' | 'templateId' | 'sheet'>,
  open: () => Promise<Readable>,
): Promise<ResolvedMapping> {
  const { companyId } = upload;
  if (upload.mapping) return { spec: upload.mapping as MappingSpec, template: null };
  if (upload.templateId) {
    const templateId = upload.templateId;
    const template = await inCompany(db, companyId, (tx) => getTemplate(tx, companyId, templateId));
    if (!template) {
      throw new IngestError(
        'TEMPLATE_NOT_FOUND',
        'La plantilla de columnas indicada ya no existe.',
        'The given mapping template no longer exists.',
      );
    }
    return { spec: template.mapping as MappingSpec, template: { id: template.id, name: template.name } };
  }
  const sample = await profileFile({ open, sheet: upload.sheet, maxRecords: 200 });
  const headers = sample.detection.columns.map((c) => c.name);
  const found = await inCompany(db, companyId, (tx) => findTemplateForHeaders(tx, companyId, headers));
  if (!found) return { spec: null, template: null };
  return { spec: found.mapping as MappingSpec, template: { id: found.id, name: found.name } };
}
