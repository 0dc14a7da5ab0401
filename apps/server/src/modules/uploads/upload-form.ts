import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type MappingSpecInput, mappingSpecSchema, uploadModeSchema } from '@ayni/contracts';
import type { Multipart } from '@fastify/multipart';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';

export interface UploadForm {
  filename: string;
  size: number;
  mapping: MappingSpecInput | null;
  templateId: string | null;
  mode: 'append' | 'replace';
  location: string | null;
  sheet: string | null;
}

const fieldsSchema = z.object({
  mapping: z.string().max(200_000).optional(),
  template_id: z.uuid().optional(),
  mode: uploadModeSchema.default('append'),
  location: z.string().trim().min(1).max(120).optional(),
  sheet: z.string().trim().min(1).max(120).optional(),
});

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export function tooLarge(limit: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The file is larger than the ${mb(limit)} limit`, {
    messageEs: `El archivo supera el límite de ${mb(limit)}`,
  });
}

function invalid(field: string, message: string, messageEs: string): AppError {
  return new AppError('VALIDATION_ERROR', message, { messageEs, details: [{ field, message }] });
}

/**
 * Reads a multipart upload form: the `file` part is streamed to `store` as it arrives (never
 * held in memory), the other fields are validated after. Fields may come before or after the
 * file. On any error the stored file is removed by `discard`.
 */
export async function readUploadForm(
  parts: AsyncIterableIterator<Multipart>,
  options: {
    limit: number;
    store: (file: Readable) => Promise<{ size: number }>;
    discard: () => Promise<void>;
  },
): Promise<UploadForm> {
  const fields: Record<string, string> = {};
  let file: { filename: string; size: number } | null = null;
  try {
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          part.file.resume();
          throw invalid(
            part.fieldname,
            'Send exactly one file, in the field "file"',
            'Envía un solo archivo, en el campo "file"',
          );
        }
        const { size } = await options.store(part.file);
        if (part.file.truncated) throw tooLarge(options.limit);
        file = { filename: part.filename || 'upload', size };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
    if (!file) throw invalid('file', 'The field "file" is required', 'Falta el archivo (campo "file")');
    if (file.size === 0) throw invalid('file', 'The file is empty', 'El archivo está vacío');
    return { ...file, ...parseFields(fields) };
  } catch (err) {
    await options.discard().catch(() => {});
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(options.limit);
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      throw invalid(
        'file',
        'Send the file as multipart/form-data',
        'Envía el archivo como multipart/form-data',
      );
    }
    throw err;
  }
}

function parseFields(raw: Record<string, string>): Omit<UploadForm, 'filename' | 'size'> {
  const parsed = fieldsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'form');
    throw invalid(field, `Invalid ${field}: ${issue?.message}`, `Valor inválido en ${field}`);
  }
  let mapping: MappingSpecInput | null = null;
  if (parsed.data.mapping) {
    let json: unknown;
    try {
      json = JSON.parse(parsed.data.mapping);
    } catch {
      throw invalid('mapping', 'mapping is not valid JSON', 'mapping no es un JSON válido');
    }
    const spec = mappingSpecSchema.safeParse(json);
    if (!spec.success) {
      throw invalid(
        'mapping',
        `Invalid mapping: ${spec.error.issues[0]?.message}`,
        'La asignación de columnas (mapping) no es válida',
      );
    }
    mapping = spec.data;
  }
  if (mapping && parsed.data.template_id) {
    throw invalid(
      'mapping',
      'Send mapping or template_id, not both',
      'Envía mapping o template_id, no ambos',
    );
  }
  return {
    mapping,
    templateId: parsed.data.template_id ?? null,
    mode: parsed.data.mode,
    location: parsed.data.location ?? null,
    sheet: parsed.data.sheet ?? null,
  };
}

export const newUploadId = () => randomUUID();
