import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** The access token's sessionStorage key in the web app (apps/web/src/lib/token-storage.ts). */
const TOKEN_KEY = 'ayni.access_token';
/**
 * The dashboard's first real figure: the revenue KPI card carries its value in `data-value`
 * (empty while the value is missing), and appears only once the dashboard data has arrived.
 */
export const KPI_READY = '[data-testid="kpi-revenue"]:not([data-value=""])';
/** The first chart drawn (ECharts paints into a canvas inside the chart's `role="img"`). */
const CHART_DRAWN = '[role="img"] canvas';

export interface Navigation {
  /** Navigation start to the KPI cards showing numbers, ms (one animation frame's precision). */
  dashboardMs: number;
  /** First contentful paint (the app shell or a skeleton), ms. */
  fcpMs: number | null;
  /** Navigation start to the first chart drawn, ms. */
  chartMs: number;
  /** When the last JavaScript file loaded before the KPIs had arrived, ms. */
  scriptsDoneMs: number;
  /** The slowest API call before the KPIs, from its request to its last byte, ms. */
  slowestApiMs: number;
  apiCalls: number;
  /** JavaScript loaded before the KPIs showed: files, raw bytes, and bytes once gzipped. */
  jsFiles: number;
  jsBytes: number;
  jsGzipBytes: number;
  /** Gzip bytes of all the JavaScript loaded until the first chart was drawn (ECharts too). */
  jsGzipBytesWithCharts: number;
}

interface Timings {
  readyAt: number;
  chartAt: number;
  fcp: number | null;
  resources: Array<{ name: string; start: number; end: number }>;
}

/**
 * One cold visit of the dashboard: a fresh browser context (empty HTTP cache, no service
 * worker), signed in as a reload of a signed-in tab is (the access token in sessionStorage),
 * opening `/c/{companyId}`. JavaScript sizes are read from the served build in `webDist`.
 */
export async function coldDashboardVisit(
  browser: Browser,
  options: { base: string; companyId: string; token: string; webDist: string; timeoutMs: number },
): Promise<Navigation> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-CL' });
  try {
    await context.addInitScript(
      ([key, token]) => window.sessionStorage.setItem(key as string, token as string),
      [TOKEN_KEY, options.token],
    );
    const page = await context.newPage();
    await page.goto(`${options.base}/c/${options.companyId}`, { waitUntil: 'commit' });
    // Checked on every animation frame, timed in the page: performance.now() counts from navigation start.
    const shownAt = async (selector: string) => {
      const handle = await page.waitForFunction(
        (wanted) => (document.querySelector(wanted) ? performance.now() : false),
        selector,
        { polling: 'raf', timeout: options.timeoutMs },
      );
      return (await handle.jsonValue()) as number;
    };
    const readyAt = await shownAt(KPI_READY);
    const chartAt = await shownAt(CHART_DRAWN);
    const timings: Timings = await page.evaluate(
      ([ready, chart]) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= (chart as number))
          .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.responseEnd }));
        return {
          readyAt: ready as number,
          chartAt: chart as number,
          fcp: fcp ? fcp.startTime : null,
          resources,
        };
      },
      [readyAt, chartAt],
    );
    return summarize(timings, options.webDist);
  } finally {
    await context.close();
  }
}

function summarize(timings: Timings, webDist: string): Navigation {
  const byPath = timings.resources.map((entry) => ({ ...entry, path: new URL(entry.name).pathname }));
  const allScripts = [
    ...new Map(byPath.filter((e) => e.path.endsWith('.js')).map((e) => [e.path, e])).values(),
  ].map((entry) => {
    const body = readFileSync(path.join(webDist, entry.path));
    return { ...entry, bytes: body.length, gzipBytes: gzipSync(body).length };
  });
  const scripts = allScripts.filter((entry) => entry.end <= timings.readyAt);
  const api = byPath.filter((entry) => entry.path.startsWith('/api/') && entry.end <= timings.readyAt);
  const sum = (list: typeof allScripts, field: 'bytes' | 'gzipBytes') =>
    list.reduce((total, entry) => total + entry[field], 0);
  return {
    dashboardMs: timings.readyAt,
    fcpMs: timings.fcp,
    chartMs: timings.chartAt,
    scriptsDoneMs: Math.max(0, ...scripts.map((entry) => entry.end)),
    slowestApiMs: Math.max(0, ...api.map((entry) => entry.end - entry.start)),
    apiCalls: api.length,
    jsFiles: scripts.length,
    jsBytes: sum(scripts, 'bytes'),
    jsGzipBytes: sum(scripts, 'gzipBytes'),
    jsGzipBytesWithCharts: sum(allScripts, 'gzipBytes'),
  };
}
