import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('embedded PostgreSQL module', () => {
  it('leaves a process its exit code (async-exit-hook would turn every natural exit into 0)', async () => {
    const module = path.resolve(import.meta.dirname, 'embedded-postgres.ts');
    const script = `await import(${JSON.stringify(module)}); process.exitCode = 3;`;
    const exit = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]).then(
      () => 0,
      (err: { code: number }) => err.code,
    );
    expect(exit).toBe(3);
  });
});
