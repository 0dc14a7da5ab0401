import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run check:bundle`: a production build in a temp folder, measured from its Vite manifest. */
describe('bundle budget', () => {
  it('keeps the gzip JavaScript the dashboard route loads within 300 KB', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-bundle.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toMatch(/dashboard route: [\d.]+ KB gzip JS, within the 300 KB budget/);
    expect(run.status).toBe(0);
  }, 60_000);
});
