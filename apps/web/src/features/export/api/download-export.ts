import { apiDownload, type Download } from '../../../lib/api-client';

/** The company's full data export (ZIP of CSV + JSON), fetched with the Bearer token. */
export function downloadExport(companyId: string): Promise<Download> {
  return apiDownload(`/api/v1/companies/${encodeURIComponent(companyId)}/export`, 'application/zip');
}
