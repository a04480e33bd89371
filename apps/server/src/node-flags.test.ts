import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './node-flags.ts';

describe('the V8 flags the server runs with (issue 11)', () => {
  it('the start script passes every one of them to node', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const start = pkg.scripts.start?.split(/\s+/) ?? [];
    for (const flag of SERVER_NODE_FLAGS) expect(start).toContain(flag);
    // Before the script: after it they would be the script's arguments, not node's.
    const script = start.indexOf('src/main.ts');
    expect(script).toBeGreaterThan(0);
    for (const flag of SERVER_NODE_FLAGS) expect(start.indexOf(flag)).toBeLessThan(script);
  });
});
