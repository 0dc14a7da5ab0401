import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Outage = '500' | '503' | 'hang' | 'garbage' | 'html-error';

/**
 * A local HTTP server that speaks mindicador.cl's API (`/api`, `/api/{tipo}`, `/api/{tipo}/{yyyy}`,
 * `/api/{tipo}/{dd-mm-yyyy}`) with its quirks: JSON served as `text/html`, `serie` newest
 * first, `fecha` as the UTC instant of Chilean midnight, `serie: []` for a day without value,
 * and (per series) duplicated dates. `outages` are played one per request before normal answers.
 */
export class FakeMindicador {
  readonly requests: string[] = [];
  readonly outages: Outage[] = [];
  /** When set, every request gets this (a source that is down for good). */
  down: Outage | null = null;
  /** Series whose answers repeat their newest date with this other value (first listed wins). */
  readonly duplicateNewest = new Map<string, number>();
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();

  constructor(readonly series: Record<string, Record<string, number>>) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server as Server).address() && ((this.server as Server).address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.answer(req.url ?? '/', res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private answer(url: string, res: ServerResponse) {
    this.requests.push(url);
    const outage = this.down ?? this.outages.shift();
    if (outage === 'hang') {
      this.hanging.add(res);
      return;
    }
    if (outage === '500' || outage === '503' || outage === 'html-error') {
      res.writeHead(outage === '503' ? 503 : 500, { 'content-type': 'text/html' });
      res.end('<html><body>Internal Server Error</body></html>');
      return;
    }
    if (outage === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><body>Mantención programada</body></html>');
      return;
    }
    const match = /^\/api(?:\/([a-z_]+)(?:\/([0-9-]+))?)?\/?$/.exec(url);
    const code = match?.[1];
    if (!match || (code && !this.series[code])) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('Not found');
      return;
    }
    // mindicador's real header: JSON labelled as HTML.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (!code) {
      const all: Record<string, unknown> = {
        version: '1.7.0',
        autor: 'mindicador.cl',
        fecha: new Date().toISOString(),
      };
      for (const name of Object.keys(this.series)) {
        const newest = this.serie(name, () => true)[0];
        all[name] = {
          codigo: name,
          nombre: name,
          unidad_medida: 'Pesos',
          fecha: newest?.fecha,
          valor: newest?.valor,
        };
      }
      res.end(JSON.stringify(all));
      return;
    }
    const filter = match[2];
    const keep = !filter
      ? () => true
      : /^\d{4}$/.test(filter)
        ? (date: string) => date.startsWith(filter)
        : (date: string) => date === filter.split('-').reverse().join('-');
    let serie = this.serie(code, keep);
    if (!filter) serie = serie.slice(0, 30);
    res.end(
      JSON.stringify({
        version: '1.7.0',
        autor: 'mindicador.cl',
        codigo: code,
        nombre: code,
        unidad_medida: 'Pesos',
        serie,
      }),
    );
  }

  private serie(code: string, keep: (date: string) => boolean) {
    const points = Object.entries(this.series[code] ?? {})
      .filter(([date]) => keep(date))
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .map(([date, valor]) => ({ fecha: santiagoMidnightUtc(date), valor }));
    const duplicate = this.duplicateNewest.get(code);
    if (duplicate !== undefined && points[0])
      points.splice(1, 0, { fecha: points[0].fecha, valor: duplicate });
    return points;
  }
}

/** The UTC instant of 00:00 in Santiago on `date` (03:00Z in summer time, 04:00Z in winter). */
export function santiagoMidnightUtc(date: string): string {
  for (const hour of ['03', '04', '05']) {
    const instant = `${date}T${hour}:00:00.000Z`;
    const local = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Santiago',
      hour: '2-digit',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(Date.parse(instant));
    if (local.startsWith(date) && local.endsWith('00')) return instant;
  }
  return `${date}T04:00:00.000Z`;
}
