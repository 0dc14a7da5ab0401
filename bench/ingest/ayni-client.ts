import type { AppEvent, DashboardSummary, Upload } from '@ayni/contracts';
import WebSocket from 'ws';
import { postMultipartFile } from './multipart-upload';

/** The few API calls the benchmark makes, as the web app would make them. */
export class AyniClient {
  private token = '';

  constructor(readonly baseUrl: string) {}

  get accessToken(): string {
    return this.token;
  }

  private async call<T>(method: string, url: string, body?: unknown, expected = 200): Promise<T> {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status !== expected) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { data: T }).data;
  }

  async login(email: string, password: string): Promise<void> {
    const data = await this.call<{ access_token?: string }>('POST', '/api/v1/auth/login', {
      email,
      password,
    });
    if (!data.access_token) throw new Error(`logging in as ${email} asked for more than a password`);
    this.token = data.access_token;
  }

  async createCompany(name: string, rut: string, branches: readonly string[]): Promise<string> {
    const company = await this.call<{ id: string }>(
      'POST',
      '/api/v1/companies',
      {
        name,
        rut,
        industry: 'retail',
        size: 'small',
        region: 'Región Metropolitana de Santiago',
        locations: branches.map((branch) => ({ name: branch })),
      },
      201,
    );
    return company.id;
  }

  /** Sends the file as the browser does (multipart field `file`), streamed from disk. */
  async upload(companyId: string, file: string): Promise<{ id: string; status: string }> {
    const res = await postMultipartFile(`${this.baseUrl}/api/v1/companies/${companyId}/uploads`, file, {
      authorization: `Bearer ${this.token}`,
    });
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${res.body}`);
    return (JSON.parse(res.body) as { data: { id: string; status: string } }).data;
  }

  /** Where the upload's level files stand (`meta.status` of its files list). */
  async filesStatus(uploadId: string): Promise<string> {
    const res = await fetch(`${this.baseUrl}/api/v1/uploads/${uploadId}/files`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (res.status !== 200) throw new Error(`GET files of ${uploadId}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { meta: { status: string } }).meta.status;
  }

  getUpload(uploadId: string): Promise<Upload> {
    return this.call<Upload>('GET', `/api/v1/uploads/${uploadId}`);
  }

  dashboardSummary(companyId: string): Promise<DashboardSummary> {
    return this.call<DashboardSummary>('GET', `/api/v1/companies/${companyId}/dashboard/summary`);
  }

  /** Opens the WebSocket; resolves once the server's hello arrived (subscriptions are then live). */
  async openEvents(): Promise<EventLog> {
    const url = `${this.baseUrl.replace(/^http/, 'ws')}/api/v1/ws?token=${encodeURIComponent(this.token)}`;
    const log = new EventLog(new WebSocket(url));
    await log.hello;
    return log;
  }
}

export interface ReceivedEvent {
  /** performance.now() when it arrived. */
  receivedAt: number;
  event: AppEvent;
}

const CONTROL_TYPES = new Set(['subscribed', 'error']);

/** Every event the socket delivers, with its arrival time, and a way to wait for one. */
export class EventLog {
  readonly received: ReceivedEvent[] = [];
  readonly hello: Promise<void>;
  /** Answers to our own messages (`subscribed`, `error`). */
  private readonly control: Array<{ type: string; company_id?: string }> = [];
  private waiters: Array<() => void> = [];
  private closedWith: string | null = null;

  constructor(private readonly socket: WebSocket) {
    this.hello = new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.on('message', (raw) => {
        const text = raw.toString();
        if (text === 'pong') return;
        const message = JSON.parse(text) as { type: string };
        if (message.type === 'hello') resolve();
        else if (CONTROL_TYPES.has(message.type)) this.control.push(message);
        else this.received.push({ receivedAt: performance.now(), event: message as AppEvent });
        for (const wake of this.waiters.splice(0)) wake();
      });
      socket.once('close', (code, reason) => {
        this.closedWith = `${code} ${reason.toString()}`;
        reject(new Error(`WebSocket closed: ${this.closedWith}`));
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
  }

  /**
   * Narrows the socket to one company and waits for the server's `subscribed`. A server that
   * predates subscriptions never answers; it sends every company of the user, which works too.
   */
  async subscribe(companyId: string): Promise<void> {
    this.socket.send(JSON.stringify({ type: 'subscribe', company_id: companyId }));
    const deadline = performance.now() + 2000;
    while (performance.now() < deadline) {
      const reply = this.control.find((m) => m.company_id === companyId);
      if (reply?.type === 'subscribed') return;
      if (reply) throw new Error(`subscribing to company ${companyId}: ${JSON.stringify(reply)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** The first event matching `test`, waiting for it up to `timeoutMs`. */
  async waitFor(test: (event: AppEvent) => boolean, timeoutMs: number): Promise<ReceivedEvent> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.received.find((r) => test(r.event));
      if (found) return found;
      if (this.closedWith) throw new Error(`WebSocket closed (${this.closedWith}) before the event arrived`);
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no matching event within ${Math.round(timeoutMs / 1000)} s`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}
