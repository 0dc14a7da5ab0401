/**
 * `npm run check:bundle`: builds the web app (production) into a temp folder and fails when the
 * dashboard route loads more than the budget of gzip JavaScript: the entry chunk, its static
 * imports, and the lazy chunks the dashboard needs for its first render, with theirs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DASHBOARD_BUDGET_KB = 300;

/** Lazy modules the dashboard's first render waits for (the page and the charts it draws). */
export const DASHBOARD_FIRST_RENDER = [
  'src/features/dashboards/routes/dashboards-page.tsx',
  'src/features/dashboards/lib/echarts.ts',
];

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Output files loaded for `roots`: each root's chunk and, recursively, its static imports. */
export function chunksFor(manifest: Manifest, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(`${key} is not in the Vite manifest (renamed? update scripts/check-bundle.ts)`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return [...seen].map((key) => (manifest[key] as ManifestChunk).file).filter((file) => file.endsWith('.js'));
}

export interface BundleReport {
  files: Array<{ file: string; gzipBytes: number }>;
  totalKb: number;
}

/** Gzip size of what the dashboard route loads, from a build with `build.manifest: true`. */
export function measureDashboard(outDir: string): BundleReport {
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const files = chunksFor(manifest, ['index.html', ...DASHBOARD_FIRST_RENDER])
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(path.join(outDir, file))).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { files, totalKb: Math.round((total / 1024) * 10) / 10 };
}

/**
 * Builds apps/web for production into a fresh temp folder (removed by the returned function).
 * Vite decides "production" from NODE_ENV, which is 'test' under Vitest: the build runs in a
 * child process started through env(1) with NODE_ENV=production, leaving ours untouched.
 */
export async function buildWeb(): Promise<{ outDir: string; remove: () => void }> {
  const root = fileURLToPath(new URL('../apps/web/', import.meta.url));
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const outDir = mkdtempSync(path.join(tmpdir(), 'ayni-web-bundle-'));
  await run(
    'env',
    [
      'NODE_ENV=production',
      process.execPath,
      vite,
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'error',
    ],
    root,
  );
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (err, _stdout, stderr) =>
      err ? reject(new Error(`vite build failed: ${stderr || err.message}`)) : resolve(),
    );
  });
}

async function main() {
  const { outDir, remove } = await buildWeb();
  try {
    const report = measureDashboard(outDir);
    for (const { file, gzipBytes } of report.files) {
      console.log(`${(gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${file}`);
    }
    const verdict = report.totalKb <= DASHBOARD_BUDGET_KB ? 'within' : 'OVER';
    console.log(
      `dashboard route: ${report.totalKb} KB gzip JS, ${verdict} the ${DASHBOARD_BUDGET_KB} KB budget`,
    );
    if (report.totalKb > DASHBOARD_BUDGET_KB) process.exitCode = 1;
  } finally {
    remove();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
