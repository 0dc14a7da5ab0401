import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZipFile } from './zip-reader';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ayni-zip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function zipFile(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

async function readEntry(file: string, name: string): Promise<string> {
  const archive = await openZipFile(file);
  try {
    const entry = archive.entries.get(name);
    if (!entry) throw new Error(`no ${name}`);
    const chunks: Buffer[] = [];
    for await (const chunk of await archive.open(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await archive.close();
  }
}

/** One stored entry written the zip64 way: sizes and offset in the extra field, zip64 end records. */
function zip64Stored(name: string, content: Buffer, crc: number): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const extra = Buffer.alloc(28);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(content.length), 4);
  extra.writeBigUInt64LE(BigInt(content.length), 12);
  extra.writeBigUInt64LE(0n, 20);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt32LE(0xffffffff, 42);
  const directoryOffset = local.length + nameBytes.length + content.length;
  const directory = Buffer.concat([central, nameBytes, extra]);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeBigUInt64LE(1n, 24);
  end64.writeBigUInt64LE(1n, 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([local, nameBytes, content, directory, end64, locator, end]);
}

describe('openZipFile', () => {
  it('reads deflated and stored entries in any order', async () => {
    const file = await zipFile(
      'plain.zip',
      zipSync({
        'b.xml': [strToU8('<b>'.repeat(10_000)), { level: 9 }],
        'a.txt': [strToU8('hola'), { level: 0 }],
        'empty.txt': strToU8(''),
      }),
    );
    expect(await readEntry(file, 'a.txt')).toBe('hola');
    expect(await readEntry(file, 'b.xml')).toBe('<b>'.repeat(10_000));
    expect(await readEntry(file, 'empty.txt')).toBe('');
  });

  it('reads zip64 records', async () => {
    const content = Buffer.from('zip64 content');
    const { crc32 } = await import('node:zlib');
    const file = await zipFile('z64.zip', zip64Stored('data.txt', content, crc32(content)));
    expect(await readEntry(file, 'data.txt')).toBe('zip64 content');
  });

  it('notices corrupted entry bytes through the CRC', async () => {
    const bytes = Buffer.from(zipSync({ 'a.txt': [strToU8('hola mundo'), { level: 0 }] }));
    bytes[bytes.indexOf('mundo')] = 'M'.charCodeAt(0);
    const file = await zipFile('crc.zip', bytes);
    await expect(readEntry(file, 'a.txt')).rejects.toThrow(/corrupt/);
  });

  it('refuses files without a central directory', async () => {
    const whole = Buffer.from(zipSync({ 'a.txt': strToU8('hola') }));
    await expect(openZipFile(await zipFile('cut.zip', whole.subarray(0, whole.length - 10)))).rejects.toThrow(
      /end-of-central-directory/,
    );
    await expect(openZipFile(await zipFile('text.zip', Buffer.from('fecha;total')))).rejects.toThrow(
      /end-of-central-directory/,
    );
  });
});
