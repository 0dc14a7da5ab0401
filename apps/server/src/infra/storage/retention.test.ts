import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { FileStorage } from './file-storage';
import { purgeExpiredRawFiles } from './retention';

/** In-memory storage whose delete fails for one chosen key. */
function memoryStorage(keys: string[], failingKey: string): FileStorage & { keys: Set<string> } {
  const stored = new Set(keys);
  return {
    keys: stored,
    async put(key: string) {
      stored.add(key);
      return { size: 0 };
    },
    async get() {
      return Readable.from([]);
    },
    async delete(key: string) {
      if (key === failingKey) throw new Error('disk on fire');
      stored.delete(key);
    },
    async exists(key: string) {
      return stored.has(key);
    },
    async close() {},
  };
}

describe('purgeExpiredRawFiles', () => {
  it('deletes and marks each file, tolerates gone ones and continues past a failing delete', async () => {
    const storage = memoryStorage(['c/1', 'c/2', 'c/4'], 'c/2');
    const marked: string[] = [];
    const result = await purgeExpiredRawFiles({
      storage,
      listExpired: async () => [
        { id: '1', key: 'c/1' },
        { id: '2', key: 'c/2' },
        { id: '3', key: 'c/3' },
        { id: '4', key: 'c/4' },
      ],
      markPurged: async (id) => {
        marked.push(id);
      },
    });
    expect(result).toMatchObject({ purged: 2, alreadyGone: 1, failed: 1 });
    expect(result.failures.map((f) => [f.id, f.key, (f.error as Error).message])).toEqual([
      ['2', 'c/2', 'disk on fire'],
    ]);
    expect(marked).toEqual(['1', '3', '4']);
    expect([...storage.keys]).toEqual(['c/2']);
  });

  it('counts a failing mark as a failure and goes on', async () => {
    const storage = memoryStorage(['c/1', 'c/2'], '');
    const result = await purgeExpiredRawFiles({
      storage,
      listExpired: async () => [
        { id: '1', key: 'c/1' },
        { id: '2', key: 'c/2' },
      ],
      markPurged: async (id) => {
        if (id === '1') throw new Error('database down');
      },
    });
    expect(result).toMatchObject({ purged: 1, alreadyGone: 0, failed: 1 });
  });
});
