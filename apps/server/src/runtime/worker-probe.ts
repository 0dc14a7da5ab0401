import http from 'node:http';
import type { Runtime } from './runtime';

/**
 * A worker has no API; this small listener lets Prometheus scrape its job metrics (`/metrics`)
 * and an orchestrator probe it (`/health`: 200 while the database and queue answer).
 */
export async function startWorkerProbe(runtime: Runtime, port: number, host: string): Promise<http.Server> {
  runtime.metrics.sources.queueDepth = () => runtime.queue.depth();
  runtime.metrics.sources.dbPool = () => ({
    total: runtime.db.pool.totalCount,
    idle: runtime.db.pool.idleCount,
    waiting: runtime.db.pool.waitingCount,
  });
  const server = http.createServer(async (req, res) => {
    try {
      if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': runtime.metrics.registry.contentType });
        res.end(await runtime.metrics.registry.metrics());
        return;
      }
      if (req.url === '/health') {
        const [database, queue] = await Promise.all([
          runtime.db.pool.query('select 1').then(
            () => true,
            () => false,
          ),
          runtime.queue.healthy(),
        ]);
        res.writeHead(database && queue ? 200 : 503, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ status: database && queue ? 'ok' : 'degraded', checks: { database, queue } }),
        );
        return;
      }
      res.writeHead(404).end();
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
