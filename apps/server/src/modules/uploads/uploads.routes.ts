import {
  companyIdParamsSchema,
  envelope,
  listMetaSchema,
  periodChangeSchema,
  uploadAcceptedSchema,
  uploadFileParamsSchema,
  uploadFilesListSchema,
  uploadIdParamsSchema,
  uploadNoteSchema,
  uploadPreviewSchema,
  uploadSchema,
} from '@ayni/contracts';
import type { DbHandle } from '@ayni/db';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EventBus } from '../../events/event-bus';
import type { FileStorage } from '../../infra/storage/file-storage';
import type { JobQueue } from '../../jobs/job-queue';
import type { ServiceContext } from '../../lib/context';
import { meta, ok, okList } from '../../lib/envelope';
import { bearerAuth, companyRouteErrors, errorResponses } from '../../lib/route-schema';
import { deleteUpload } from './delete-upload';
import { listFiles, openFile } from './files/upload-files.service';
import { type IssuesCsvKind, issuesCsv } from './issues-csv';
import { listUploadNotes, listUploadRejections } from './upload-notes';
import { previewUpload } from './upload-preview';
import {
  cancelUpload,
  createUpload,
  getUploadView,
  listUploadChanges,
  listUploadViews,
} from './uploads.service';

const tags = ['uploads'];
const ctx = (request: { ctx: ServiceContext | null }) => request.ctx as ServiceContext;
const multipartBody = {
  description:
    'multipart/form-data: `file` (CSV/TSV/TXT, XLSX or gzip of either), optional `mapping` (JSON), `template_id`, `mode` (append|replace), `location`, `sheet`',
};
const uploadListSchema = z.object({
  data: z.array(uploadSchema),
  meta: listMetaSchema.extend({ next_before: z.number().int().nullable() }),
});
const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional(),
});

export interface UploadRouteDeps {
  db: DbHandle;
  storage: FileStorage;
  queue: JobQueue;
  events: EventBus;
  uploadMaxBytes: number;
}

export async function uploadsRoutes(app: FastifyInstance, deps: UploadRouteDeps) {
  await app.register(multipart, {
    limits: { fileSize: deps.uploadMaxBytes, files: 1, fields: 10, fieldSize: 256 * 1024 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const company = '/api/v1/companies/:companyId/uploads';
  const one = '/api/v1/uploads/:uploadId';
  const parts = (request: FastifyRequest) => request.parts();

  r.post(
    company,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Upload a sales file; it is imported in the background (202)',
        security: bearerAuth,
        params: companyIdParamsSchema,
        consumes: ['multipart/form-data'],
        response: {
          202: envelope(uploadAcceptedSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'VALIDATION_ERROR', 'PAYLOAD_TOO_LARGE'),
        },
        description: multipartBody.description,
      },
    },
    async (request, reply) => {
      const upload = await createUpload(ctx(request), deps, parts(request));
      return reply
        .status(202)
        .send(
          ok(request, { id: upload.id, status: upload.status, status_url: `/api/v1/uploads/${upload.id}` }),
        );
    },
  );

  r.post(
    `${company}/preview`,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary: 'Detect formats and columns and parse the first 20 lines, without importing',
        security: bearerAuth,
        params: companyIdParamsSchema,
        consumes: ['multipart/form-data'],
        description: multipartBody.description,
        response: {
          200: envelope(uploadPreviewSchema),
          ...errorResponses(
            ...companyRouteErrors,
            'FORBIDDEN',
            'VALIDATION_ERROR',
            'PAYLOAD_TOO_LARGE',
            'UNPROCESSABLE',
          ),
        },
      },
    },
    async (request) =>
      ok(
        request,
        await previewUpload(
          ctx(request),
          { uploadMaxBytes: deps.uploadMaxBytes, clock: Date.now },
          parts(request),
        ),
      ),
  );

  r.get(
    company,
    {
      onRequest: app.companyScope,
      schema: {
        tags,
        summary:
          "The company's uploads, newest first; the next page is `?before=` the previous page's `meta.next_before`",
        security: bearerAuth,
        params: companyIdParamsSchema,
        querystring: listQuerySchema,
        response: { 200: uploadListSchema, ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request) => {
      const rows = await listUploadViews(ctx(request), request.query.limit, request.query.before);
      const list = okList(
        request,
        rows.map((r) => r.view),
        { page: 1, pageSize: request.query.limit, total: rows.length },
      );
      // A full page may have more behind it: `before` the last one's position asks for them.
      const last = rows.at(-1);
      const nextBefore = rows.length === request.query.limit && last ? last.seq : null;
      return { ...list, meta: { ...list.meta, next_before: nextBefore } };
    },
  );

  const oneSchema = (summary: string, extra: Record<string, unknown> = {}) => ({
    tags,
    summary,
    security: bearerAuth,
    params: uploadIdParamsSchema,
    ...extra,
  });

  r.get(
    one,
    {
      onRequest: app.uploadScope,
      schema: oneSchema('An upload: status, progress, line counts, what was detected', {
        response: { 200: envelope(uploadSchema), ...errorResponses(...companyRouteErrors) },
      }),
    },
    async (request) => ok(request, await getUploadView(ctx(request), request.params.uploadId)),
  );

  r.post(
    `${one}/cancel`,
    {
      onRequest: app.uploadScope,
      schema: oneSchema('Cancel an upload before its import commits', {
        response: {
          200: envelope(uploadSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      }),
    },
    async (request) => ok(request, await cancelUpload(ctx(request), request.params.uploadId)),
  );

  r.delete(
    one,
    {
      onRequest: app.uploadScope,
      schema: oneSchema("Remove the lines this upload wrote and recompute the company's figures", {
        response: {
          200: envelope(uploadSchema),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN', 'CONFLICT'),
        },
      }),
    },
    async (request) =>
      ok(
        request,
        await deleteUpload(
          ctx(request),
          {
            pool: deps.db.pool,
            events: deps.events,
            storage: deps.storage,
            analyticsCache: app.analyticsCache,
          },
          request.params.uploadId,
        ),
      ),
  );

  r.get(
    `${one}/changes`,
    {
      onRequest: app.uploadScope,
      schema: oneSchema('What the upload changed per day, ISO week, month, quarter and year', {
        response: {
          200: envelope(z.array(periodChangeSchema)),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      }),
    },
    async (request) => ok(request, await listUploadChanges(ctx(request), request.params.uploadId)),
  );

  r.get(
    `${one}/warnings`,
    {
      onRequest: app.uploadScope,
      schema: oneSchema('Why lines were warned (kept) or skipped, by reason code, with examples', {
        response: {
          200: envelope(z.array(uploadNoteSchema)),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      }),
    },
    async (request) => ok(request, await listUploadNotes(ctx(request), request.params.uploadId)),
  );

  r.get(
    `${one}/rejections`,
    {
      onRequest: app.uploadScope,
      schema: oneSchema('Why lines were rejected (not imported), by reason code, with examples', {
        response: {
          200: envelope(z.array(uploadNoteSchema)),
          ...errorResponses(...companyRouteErrors, 'FORBIDDEN'),
        },
      }),
    },
    async (request) => ok(request, await listUploadRejections(ctx(request), request.params.uploadId)),
  );

  const csvRoutes: [IssuesCsvKind, string, string][] = [
    ['rejections', 'rejections.csv', 'Rejected lines as CSV: line, column, code, messages, original text'],
    [
      'warnings',
      'warnings.csv',
      'Warned and skipped lines as CSV: line, kind, column, code, messages, original text (skipped lines)',
    ],
  ];
  for (const [kind, file, summary] of csvRoutes) {
    r.get(
      `${one}/${file}`,
      {
        onRequest: app.uploadScope,
        schema: oneSchema(summary, {
          produces: ['text/csv'],
          response: { 200: z.any(), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
        }),
      },
      async (request, reply) => {
        const csv = await issuesCsv(ctx(request), request.params.uploadId, kind);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${csv.filename}"`)
          .send(csv.body);
      },
    );
  }

  r.get(
    `${one}/files`,
    {
      onRequest: app.uploadScope,
      schema: oneSchema(
        "The files built from the company's data after this upload: each level as CSV and levels.xlsx; `meta.status` says whether more are coming",
        {
          response: { 200: uploadFilesListSchema, ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
        },
      ),
    },
    async (request) => {
      const list = await listFiles(ctx(request), request.params.uploadId);
      return { data: list.files, meta: { ...meta(request), status: list.status, expected: list.expected } };
    },
  );

  r.get(
    `${one}/files/:name`,
    {
      onRequest: app.uploadScope,
      schema: {
        tags,
        summary: "Download one of the upload's files (a level as CSV, or levels.xlsx) once it is ready",
        security: bearerAuth,
        params: uploadFileParamsSchema,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.any(), ...errorResponses(...companyRouteErrors, 'FORBIDDEN') },
      },
    },
    async (request, reply) => {
      const file = await openFile(ctx(request), deps.storage, request.params.uploadId, request.params.name);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.sizeBytes)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
}
