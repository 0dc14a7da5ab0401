import { EventEmitter } from 'node:events';
import { type AppEvent, appEventSchema } from '@ayni/contracts';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { withTimeout } from '../lib/with-timeout';

export type EventListener = (event: AppEvent) => void;

/** Fans events out to every API process's WebSocket clients (in-process, or across processes via Redis). */
export interface EventBus {
  publish(event: AppEvent): Promise<void>;
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(event: AppEvent) {
    this.emitter.emit('event', event);
  }

  subscribe(listener: EventListener) {
    this.emitter.on('event', listener);
    return () => {
      this.emitter.off('event', listener);
    };
  }

  async close() {
    this.emitter.removeAllListeners();
  }
}

/** How long a publish may wait for Redis before the event is dropped. */
const PUBLISH_TIMEOUT_MS = 2000;

/**
 * Redis pub/sub: a worker publishes, every API process hears it and forwards to its sockets.
 * Events are notifications (the state itself is in PostgreSQL), so while Redis is unreachable
 * they are dropped rather than failing or stalling the import that publishes them; the
 * subscriber reconnects and subscribes again by itself (ioredis `autoResubscribe`).
 */
export class RedisEventBus implements EventBus {
  private readonly local = new InProcessEventBus();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly channel: string;
  private ready: Promise<unknown>;
  private dropping = false;

  constructor(
    redisUrl: string,
    prefix: string,
    private readonly log: Logger,
  ) {
    this.channel = `${prefix}:events`;
    // One retry, not ioredis's 20: a publish during an outage fails fast instead of queueing.
    this.pub = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
    this.sub = new Redis(redisUrl, { lazyConnect: false });
    this.pub.on('error', (err) => log.error({ err }, 'event bus publisher error'));
    this.sub.on('error', (err) => log.error({ err }, 'event bus subscriber error'));
    this.ready = this.sub.subscribe(this.channel);
    this.sub.on('message', (_channel, message) => {
      let json: unknown;
      try {
        json = JSON.parse(message);
      } catch {
        json = undefined;
      }
      const parsed = appEventSchema.safeParse(json);
      if (parsed.success) void this.local.publish(parsed.data);
      else log.warn({ message }, 'ignored malformed event');
    });
  }

  /** Resolves once the subscription is live (tests wait on it before publishing). */
  whenReady() {
    return this.ready;
  }

  async publish(event: AppEvent) {
    try {
      await withTimeout(this.pub.publish(this.channel, JSON.stringify(event)), PUBLISH_TIMEOUT_MS, 'publish');
      if (this.dropping) this.log.info('event bus reachable again');
      this.dropping = false;
    } catch (err) {
      // Once per outage: an import publishes its progress every half second.
      if (!this.dropping)
        this.log.warn({ err }, 'event bus unreachable; dropping events until Redis is back');
      this.dropping = true;
    }
  }

  subscribe(listener: EventListener) {
    return this.local.subscribe(listener);
  }

  async close() {
    await this.local.close();
    this.sub.disconnect();
    this.pub.disconnect();
  }
}
