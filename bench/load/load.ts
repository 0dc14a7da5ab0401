import autocannon from 'autocannon';

export interface EndpointResult {
  name: string;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface Target {
  name: string;
  /** Path with query, the same on every API process. */
  path: string;
  connections: number;
}

/**
 * Runs every target against every API process at once for `seconds` (one autocannon instance per
 * target and process, connections split evenly, as a round-robin load balancer would), and
 * merges the figures per target. Errors count non-2xx answers, socket errors and timeouts.
 */
export async function runLoad(
  apiUrls: string[],
  targets: Target[],
  token: string,
  seconds: number,
): Promise<EndpointResult[]> {
  const runs = targets.flatMap((target) =>
    apiUrls.map((base) =>
      autocannon({
        url: `${base}${target.path}`,
        connections: Math.max(1, Math.round(target.connections / apiUrls.length)),
        duration: seconds,
        timeout: 10,
        headers: { authorization: `Bearer ${token}` },
      }).then((result) => ({ target, result })),
    ),
  );
  const done = await Promise.all(runs);
  return targets.map((target) => {
    const mine = done.filter((d) => d.target === target).map((d) => d.result);
    const requests = mine.reduce((sum, r) => sum + r.requests.total, 0);
    // Percentiles of the whole target: the worst process's value is the honest upper bound.
    return {
      name: target.name,
      connections: target.connections,
      requests,
      reqPerSec: Math.round(requests / seconds),
      p50Ms: Math.max(...mine.map((r) => r.latency.p50)),
      p99Ms: Math.max(...mine.map((r) => r.latency.p99)),
      errors: mine.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
    };
  });
}
