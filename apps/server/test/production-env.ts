/** Production-path suites run only when CI (or a developer) points them at a real server. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

/** A key prefix of its own per test, so parallel runs never share queues or channels. */
export const uniquePrefix = (name: string) => `ayni-test-${name}-${process.pid}-${Date.now().toString(36)}`;
