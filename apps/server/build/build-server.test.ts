import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../../packages/db/src/migrate';
import { DEFAULT_DOCS_DIR } from '../src/modules/ask/help/help-index';
import { SNAPSHOT_DIR } from '../src/modules/macro/snapshot-file';
import { DEFAULT_WEB_DIST } from '../src/runtime/runtime';
import { VERSION } from '../src/runtime/version';
import { sourceRelativeUrls } from './source-relative-urls';

// A bundle lying beside the real one (same depth): what the sources find through
// import.meta.url must be what they find when run from source.
const outdir = fileURLToPath(new URL(`../dist-test-${process.pid}`, import.meta.url));
const entry = fileURLToPath(new URL(`../dist-test-${process.pid}.entry.ts`, import.meta.url));

describe('the server bundle', () => {
  afterAll(() => Promise.all([rm(outdir, { recursive: true, force: true }), rm(entry, { force: true })]));

  it('finds the files its sources find beside them (migrations, web app, docs, snapshot, package.json)', async () => {
    await writeFile(
      entry,
      `export { MIGRATIONS_FOLDER } from '@ayni/db';
       export { DEFAULT_DOCS_DIR } from './src/modules/ask/help/help-index';
       export { SNAPSHOT_DIR } from './src/modules/macro/snapshot-file';
       export { DEFAULT_WEB_DIST } from './src/runtime/runtime';
       export { VERSION } from './src/runtime/version';`,
    );
    await esbuild.build({
      entryPoints: [entry],
      outdir,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
      plugins: [
        {
          name: 'external',
          setup: (build) =>
            build.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith('@ayni/') ? undefined : { path: args.path, external: true },
            ),
        },
        sourceRelativeUrls(outdir),
      ],
    });
    const bundled = await import(pathToFileURL(`${outdir}/dist-test-${process.pid}.entry.js`).href);
    expect(bundled).toMatchObject({
      MIGRATIONS_FOLDER,
      DEFAULT_DOCS_DIR,
      SNAPSHOT_DIR,
      DEFAULT_WEB_DIST,
      VERSION,
    });
    expect(MIGRATIONS_FOLDER).toMatch(/packages\/db\/migrations$/);
  });

  it('refuses import.meta.dirname, which no bundle can keep', async () => {
    const source = fileURLToPath(new URL(`../dist-test-${process.pid}.dirname.ts`, import.meta.url));
    await writeFile(source, 'export const here = import.meta.dirname;');
    try {
      await expect(
        esbuild.build({
          entryPoints: [source],
          write: false,
          bundle: true,
          logLevel: 'silent',
          plugins: [sourceRelativeUrls(outdir)],
        }),
      ).rejects.toThrow(/import\.meta\.url/);
    } finally {
      await rm(source, { force: true });
    }
  });
});
