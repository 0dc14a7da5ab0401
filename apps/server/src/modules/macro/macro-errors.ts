/**
 * Why a source could not give a series. `transient` failures (network, timeout, 5xx, 429) are
 * retried; the others (garbage, 4xx, refused credentials) are not, but all count for the breaker.
 */
export class MacroSourceError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'MacroSourceError';
  }
}

/** The source's circuit breaker is open: no call was made. */
export class BreakerOpenError extends MacroSourceError {
  constructor(source: string) {
    super(`${source}: circuit open`, false);
    this.name = 'BreakerOpenError';
  }
}
