import nodeConsole from 'node:console';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadCatalog } from '../src/lib/i18n/catalogs';
// Every page's copy, as the app has it once a lazy page loaded (components are tested directly).
import '../src/lib/i18n/page-messages';
import { tokenStorage } from '../src/lib/token-storage';

// happy-dom logs every aborted fetch (React Query cancels in-flight queries when a page unmounts)
// as a "socket hang up" error. Browsers stay quiet about it, so drop exactly that noise.
// (It logs through Node's own console, handed to the window before Vitest wraps `console`.)
const consoleError = nodeConsole.error.bind(nodeConsole);
nodeConsole.error = (...args: unknown[]) => {
  const [first] = args;
  // Duck-typed: the error comes from Node's realm, not the window's.
  const code = typeof first === 'object' && first !== null ? (first as { code?: unknown }).code : undefined;
  if (code === 'ECONNRESET') return;
  consoleError(...args);
};

// The whole suite runs its projects in parallel on a small machine: a page behind a real local
// HTTP server and lazy chunks may take longer than Testing Library's default 1 s to appear.
configure({ asyncUtilTimeout: 5000 });

// English is a lazy chunk in the app; tests have it at hand, as after a first switch.
beforeAll(() => loadCatalog('en'));

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  tokenStorage.clear();
  window.sessionStorage.clear();
  window.localStorage.clear();
});
