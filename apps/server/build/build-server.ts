/**
 * `npm run build:server`: bundles the three entrypoints (main, api, worker) with our packages
 * into `apps/server/dist`, so the server runs on plain `node`: no TypeScript loader thread at
 * run time (tsx costs every process ~35 MB and transpiles at each start). Third-party packages
 * stay in node_modules; dynamic imports stay separate chunks, loaded on first use (the PDF
 * report's charts, ExcelJS).
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { sourceRelativeUrls } from './source-relative-urls';

export const SERVER_DIST = fileURLToPath(new URL('../dist', import.meta.url));
const SOURCES = fileURLToPath(new URL('../src', import.meta.url));
export const ENTRYPOINTS = ['main', 'api', 'worker'] as const;

/** Our workspace packages are bundled (they export TypeScript); every other package is not. */
const thirdPartyExternal: esbuild.Plugin = {
  name: 'third-party-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@ayni/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Builds into a folder of its own, then swaps it in: a process started from the bundle never
 * sees a half-written one, and two builds at once (test setups) leave one whole bundle.
 */
export async function buildServer(outdir = SERVER_DIST): Promise<void> {
  const staging = `${outdir}.building-${process.pid}`;
  const previous = `${outdir}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await bundle(staging);
  await rename(outdir, previous).catch(ignoreMissing);
  try {
    await rename(staging, outdir);
  } catch (err) {
    // Another build put its bundle in place meanwhile: same sources, same bundle.
    if (!existsSync(outdir)) throw err;
  }
  await Promise.all([previous, staging].map((dir) => rm(dir, { recursive: true, force: true })));
}

const ignoreMissing = (err: NodeJS.ErrnoException) => {
  if (err.code !== 'ENOENT') throw err;
};

async function bundle(outdir: string): Promise<void> {
  await esbuild.build({
    entryPoints: ENTRYPOINTS.map((entry) => path.join(SOURCES, `${entry}.ts`)),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Function and class names stay readable in logs and stack traces.
    keepNames: true,
    logLevel: 'warning',
    // URLs are computed from where the bundle will lie, not from the staging folder.
    plugins: [thirdPartyExternal, sourceRelativeUrls(SERVER_DIST)],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
