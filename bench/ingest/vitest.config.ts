import { defineConfig } from 'vitest/config';

// The benchmark's own tests stay out of `npm test`: `npx vitest run -c bench/ingest/vitest.config.ts`.
export default defineConfig({
  test: { include: ['bench/ingest/**/*.test.ts'], root: new URL('../..', import.meta.url).pathname },
});
