import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryArguments, environmentPrefix, PROCESS_ENVIRONMENT } from './node-flags';

const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');

describe('entrypoint flags', () => {
  it('are the ones the start scripts use', () => {
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    const prefix = environmentPrefix();
    expect(scripts.start).toMatch(new RegExp(`&& ${prefix} node ${entryArguments('main').join(' ')}$`));
    expect(scripts['start:api']).toBe(`${prefix} node ${entryArguments('api').join(' ')}`);
    expect(scripts['start:worker']).toBe(`${prefix} node ${entryArguments('worker').join(' ')}`);
  });

  it('are the ones the image and its deployments use', () => {
    const dockerfile = read('Dockerfile');
    // The runtime stage's ENV, which every command of the image (compose, k8s) inherits.
    const runtimeEnv = /^ENV ((?:.*\\\n)*.*)$/m.exec(dockerfile.slice(dockerfile.indexOf('AS runtime')))?.[1];
    for (const [name, value] of Object.entries(PROCESS_ENVIRONMENT))
      expect(runtimeEnv).toMatch(new RegExp(`\\b${name}=${value}\\b`));
    const command = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(command ?? 'null')).toEqual(['node', ...entryArguments('api')]);
    expect(dockerfile).toContain(`ayni node ${entryArguments('worker').join(' ')}`);
    for (const file of ['docker-compose.yml', 'deploy/k8s/api.yaml', 'deploy/k8s/worker.yaml']) {
      const commands = [...read(file).matchAll(/command: (\["node".*\])/g)].map((m) =>
        JSON.parse(m[1] as string),
      );
      expect(commands.length, file).toBeGreaterThan(0);
      for (const c of commands) {
        const entry = c.at(-1).includes('worker') ? 'worker' : 'api';
        expect(c, file).toEqual(['node', ...entryArguments(entry)]);
      }
    }
  });
});
