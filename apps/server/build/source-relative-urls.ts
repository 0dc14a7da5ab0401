import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as esbuild from 'esbuild';

/**
 * Sources find files beside them through `new URL('…', import.meta.url)` (migrations, the web
 * app's dist, docs, the macro snapshot, package.json). In a bundle every module shares the
 * bundle's URL, so each `import.meta.url` becomes the URL its source file had, computed from
 * where the bundle lies: the bundle works wherever the repository is. `import.meta.dirname`
 * and `import.meta.filename` have no such rewrite and fail the build.
 */
export function sourceRelativeUrls(outdir: string): esbuild.Plugin {
  return {
    name: 'source-relative-urls',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.')) return undefined;
        if (/import\.meta\.(dirname|filename)/.test(source)) {
          return {
            errors: [
              { text: 'use new URL(…, import.meta.url): import.meta.dirname/filename break in the bundle' },
            ],
          };
        }
        const fromBundle = path.relative(outdir, args.path).split(path.sep).join('/');
        return {
          contents: source.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
          ),
          loader: 'ts',
        };
      });
    },
  };
}
