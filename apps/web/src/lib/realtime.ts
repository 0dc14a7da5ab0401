import type { AppEvent } from '@ayni/contracts';

export interface RealtimeOptions {
  url: string;
  onEvent: (event: AppEvent) => void;
  /** First reconnect delay; doubles per failed attempt up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Told true when the socket opens and false when it drops (e.g. to poll meanwhile). */
  onStatus?: (connected: boolean) => void;
}

const EVENT_TYPES: ReadonlySet<string> = new Set([
  'job.completed',
  'job.failed',
  'upload.started',
  'upload.progress',
  'upload.completed',
  'upload.failed',
  'upload.cancelled',
  'analytics.updated',
]);

/** Parses one socket message, ignoring anything that is not a known event. */
export function parseAppEvent(raw: unknown): AppEvent | null {
  if (typeof raw !== 'string') return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { type, company_id } = value as { type?: unknown; company_id?: unknown };
    if (typeof type !== 'string' || !EVENT_TYPES.has(type) || typeof company_id !== 'string') return null;
    return value as AppEvent;
  } catch {
    return null;
  }
}

/**
 * Keeps a WebSocket open, reconnecting with exponential backoff (plus jitter) whenever it drops.
 * Returns a function that closes it for good.
 */
export function connectRealtime({
  url,
  onEvent,
  minDelayMs = 1_000,
  maxDelayMs = 30_000,
  onStatus,
}: RealtimeOptions): () => void {
  let socket: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;

  const scheduleReconnect = () => {
    const base = Math.min(maxDelayMs, minDelayMs * 2 ** attempt);
    attempt += 1;
    timer = setTimeout(open, base / 2 + (Math.random() * base) / 2);
  };

  function open() {
    if (stopped) return;
    const current = new WebSocket(url);
    socket = current;
    current.addEventListener('open', () => {
      attempt = 0;
      if (!stopped) onStatus?.(true);
    });
    current.addEventListener('message', (message) => {
      if (stopped) return;
      const event = parseAppEvent(message.data);
      if (event) onEvent(event);
    });
    current.addEventListener('close', () => {
      if (socket === current) socket = null;
      if (!stopped) {
        onStatus?.(false);
        scheduleReconnect();
      }
    });
  }

  open();

  return () => {
    stopped = true;
    clearTimeout(timer);
    const current = socket;
    socket = null;
    if (!current) return;
    // Closing mid-handshake makes browsers log an error; let it open, then close it.
    if (current.readyState === WebSocket.CONNECTING) current.addEventListener('open', () => current.close());
    else current.close();
  };
}
