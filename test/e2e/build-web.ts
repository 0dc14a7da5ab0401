import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../apps/server/build/build-server';

/** Builds the web app and the server bundle once before the browser tests, exactly as `npm start` does. */
export default async function setup() {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error('building the web app failed');
  await buildServer();
}
