/**
 * Node/V8 flags (and environment) each entrypoint runs with: the `start` scripts in
 * package.json, the Dockerfile, the tests and the benchmarks that spawn entrypoints all use
 * these (a test keeps them equal).
 * Entrypoints run from the bundle `npm run build:server` writes (apps/server/dist).
 *
 * Processes that import files keep V8's young generation small: a parse allocates short-lived
 * strings at a high rate, and with the default semi-spaces (16 MB, three of them in use) the
 * worker's resident memory sat ~50 MB higher with no measurable gain in speed. The API keeps
 * the default: its allocations are small and its latency matters more than its memory.
 */
export const NODE_FLAGS = {
  main: ['--max-semi-space-size=4'],
  api: [],
  worker: ['--max-semi-space-size=4'],
} as const satisfies Record<string, readonly string[]>;

export type Entry = keyof typeof NODE_FLAGS;

/**
 * Environment every entrypoint starts with, read by glibc's allocator (not by our code): the
 * start scripts prefix it, the image sets it, the tests and benchmarks pass it.
 *
 * Node's helper threads (garbage collector, libuv pool) each got a malloc arena of their own,
 * and memory freed in them stayed resident: a worker importing 2M lines peaked ~40 MB higher
 * than at 1M although its heap and typed arrays were the same size. Two arenas keep the peak
 * nearly flat with no measurable loss of speed (see docs/operations.md).
 */
export const PROCESS_ENVIRONMENT = { MALLOC_ARENA_MAX: '2' } as const;

/** `PROCESS_ENVIRONMENT` as a shell command prefix: `MALLOC_ARENA_MAX=2`. */
export const environmentPrefix = (): string =>
  Object.entries(PROCESS_ENVIRONMENT)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');

/** `node` arguments that run `entry` from the bundle (`file`: a path from the repository root by default). */
export const entryArguments = (entry: Entry, file = `apps/server/dist/${entry}.js`): string[] => [
  ...NODE_FLAGS[entry],
  file,
];
