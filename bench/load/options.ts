import { parseArgs } from 'node:util';

export interface LoadOptions {
  /** Seconds of load (default 60). */
  seconds: number;
  /** Lines of each generated upload (default 1,000,000). */
  lines: number;
  /** Uploads sent while the load runs (default 5). */
  uploads: number;
  /** Concurrent dashboard users (default 200). */
  connections: number;
  /** Worker processes (default 2). */
  workers: number;
  json: boolean;
}

export function parseLoadOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string', default: '60' },
      lines: { type: 'string', default: '1000000' },
      uploads: { type: 'string', default: '5' },
      connections: { type: 'string', default: '200' },
      workers: { type: 'string', default: '2' },
      json: { type: 'boolean', default: false },
    },
  });
  const int = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return n;
  };
  return {
    seconds: int('seconds', values.seconds, 1),
    lines: int('lines', values.lines, 100),
    uploads: int('uploads', values.uploads, 0),
    connections: int('connections', values.connections, 1),
    workers: int('workers', values.workers, 1),
    json: values.json,
  };
}
