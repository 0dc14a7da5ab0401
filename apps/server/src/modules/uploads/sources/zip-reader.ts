import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { SourceError } from './source-error';
import { expandsTooMuch, MAX_COMPRESSION_RATIO, MAX_ZIP_ENTRIES } from './source-limits';

/**
 * Reads a ZIP file through its central directory (the authoritative index at the end), so
 * entries can be opened in any order and sizes never have to be guessed from the data, which
 * streaming readers must do for entries written with data descriptors. Zip64 is understood.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  /** Inflated bytes of one entry; the stream fails if they do not match the recorded size and CRC. */
  open(entry: ZipEntry): Promise<Readable>;
  close(): Promise<void>;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

export async function openZipFile(path: string): Promise<ZipArchive> {
  const file = await open(path, 'r');
  try {
    const entries = await readCentralDirectory(file);
    return {
      entries,
      open: (entry) => openEntry(file, path, entry),
      close: () => file.close(),
    };
  } catch (err) {
    await file.close();
    throw err;
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new Error('ZIP structure points past the end of the file');
  return buffer;
}

async function readCentralDirectory(file: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await file.stat();
  const tailLength = Math.min(size, 22 + MAX_COMMENT + 20);
  const tail = await readAt(file, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error('no ZIP end-of-central-directory record (not a zip, or truncated)');
  let count = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if (eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const record = await readAt(file, Number(tail.readBigUInt64LE(eocd - 12)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD)
      throw new Error('broken zip64 end-of-central-directory record');
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
  }
  if (directorySize > MAX_DIRECTORY_BYTES || count > MAX_ZIP_ENTRIES) throw tooLarge({ entries: count });
  const directory = await readAt(file, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (directory.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('broken ZIP central directory');
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
      encrypted: (flags & 1) === 1,
    };
    applyZip64Extra(entry, directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** 32-bit fields set to 0xFFFFFFFF live in the zip64 extra field (id 1), in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = () => {
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

async function openEntry(file: FileHandle, path: string, entry: ZipEntry): Promise<Readable> {
  if (entry.encrypted) throw new Error(`ZIP entry ${entry.name} is password-protected`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new Error(`ZIP entry ${entry.name} uses unsupported compression method ${entry.method}`);
  }
  // Checked before inflating anything: the recorded size is enforced by integrityCheck.
  if (expandsTooMuch(entry.size, entry.compressedSize))
    throw tooLarge({ entry: entry.name, size: entry.size });
  const local = await readAt(file, entry.localHeaderOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`broken ZIP local header for ${entry.name}`);
  const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const raw =
    entry.compressedSize === 0
      ? Readable.from([])
      : createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  const check = integrityCheck(entry);
  return entry.method === 8
    ? pipeline(raw, createInflateRaw(), check, () => {})
    : pipeline(raw, check, () => {});
}

/** An entry bomb (thousands of entries) or a part that inflates like a decompression bomb. */
function tooLarge(details: Record<string, unknown>): SourceError {
  return new SourceError(
    'XLSX_TOO_LARGE',
    `The workbook has too many parts or expands too much when unpacked (more than ${MAX_ZIP_ENTRIES} parts or ${MAX_COMPRESSION_RATIO} times its size); it is not a sales export.`,
    `El libro tiene demasiadas partes o se expande demasiado al descomprimirlo (más de ${MAX_ZIP_ENTRIES} partes o ${MAX_COMPRESSION_RATIO} veces su tamaño); no es una exportación de ventas.`,
    details,
  );
}

function integrityCheck(entry: ZipEntry): Transform {
  let crc = 0;
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (size > entry.size) callback(new Error(`ZIP entry ${entry.name} is larger than recorded`));
      else callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      if (size !== entry.size || crc !== entry.crc) callback(new Error(`ZIP entry ${entry.name} is corrupt`));
      else callback();
    },
  });
}
