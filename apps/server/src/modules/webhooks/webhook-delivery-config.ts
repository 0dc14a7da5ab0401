import { type DisableReason, gaveUpReason, tooManyFailuresReason } from './webhook-disable';
import { DEFAULT_WEBHOOK_URL_POLICY, type WebhookUrlPolicy } from './webhook-url';

/** How deliveries are sent and retried; tests inject a schedule in milliseconds. */
export interface DeliveryConfig {
  urlPolicy: WebhookUrlPolicy;
  /** Wait before each retry: entry n follows failed attempt n+1; past the end the delivery gives up. */
  retryDelaysMs: readonly number[];
  /** No retry is scheduled later than this after the first attempt. */
  giveUpAfterMs: number;
  /** Consecutive failed attempts (any delivery of the webhook) that disable it. */
  maxConsecutiveFailures: number;
  timeoutMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 8 h: ten attempts within 24 hours. */
export const DEFAULT_RETRY_DELAYS_MS = [
  30_000,
  2 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  4 * HOUR,
  8 * HOUR,
  8 * HOUR,
] as const;

export const DEFAULT_DELIVERY_CONFIG: DeliveryConfig = {
  urlPolicy: DEFAULT_WEBHOOK_URL_POLICY,
  retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
  giveUpAfterMs: 24 * HOUR,
  maxConsecutiveFailures: 20,
  timeoutMs: 10_000,
};

export interface FailureDecision {
  /** Undefined: the delivery gives up. */
  retryInMs: number | undefined;
  /** Why the webhook must be disabled after this failure, or undefined. */
  disableReason(eventType: string, consecutiveFailures: number): DisableReason | undefined;
}

export function decideAfterFailure(
  config: DeliveryConfig,
  attempt: number,
  firstAttemptAt: number,
  now: number,
): FailureDecision {
  const delay = config.retryDelaysMs[attempt - 1];
  const retryInMs =
    delay !== undefined && now + delay - firstAttemptAt <= config.giveUpAfterMs ? delay : undefined;
  return {
    retryInMs,
    disableReason(eventType, failures) {
      if (failures >= config.maxConsecutiveFailures) return tooManyFailuresReason(failures);
      if (retryInMs === undefined) return gaveUpReason(eventType);
      return undefined;
    },
  };
}
