import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TriageInputSchema } from '../index.ts';
import { COMMANDS_WITH_INPUT, SCHEMAS_DIR } from './commands/schema.ts';
import { cli } from './test-helpers.ts';

describe('schema', () => {
  it("schema <command> is the JSON Schema of the command's input (zod's input side)", async () => {
    const ran = await cli(['schema', 'triage']);
    const expected = z.toJSONSchema(TriageInputSchema, { io: 'input', unrepresentable: 'any' });
    expect(ran.json()).toEqual({ ...expected, title: 'Input of pnpm cli triage' });
    for (const command of COMMANDS_WITH_INPUT) {
      expect((await cli(['schema', command])).json()).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
      });
    }
  });

  it('schema score --instrument narrows to one instrument; schema rules is refused', async () => {
    expect((await cli(['schema', 'score', '--instrument', 'rmdq'])).json()).toMatchObject({
      type: 'array',
      items: { type: 'integer' },
    });
    const rules = await cli(['schema', 'rules']);
    expect(rules.code).toBe(2);
    expect(rules.violations()[0]).toMatchObject({
      field: 'command',
      params: { reason: 'no-input-schema', given: 'rules' },
    });
  });

  it('schemas --write --out writes <command>.schema.json for every command with input', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rygforlob-schemas-'));
    try {
      const ran = await cli(['schemas', '--write', '--out', out]);
      expect(ran.code).toBe(0);
      expect((await readdir(out)).sort()).toEqual(COMMANDS_WITH_INPUT.map((c) => `${c}.schema.json`).sort());
      for (const command of COMMANDS_WITH_INPUT) {
        expect(JSON.parse(await readFile(join(out, `${command}.schema.json`), 'utf8'))).toEqual(
          (await cli(['schema', command])).json(),
        );
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('the schemas in packages/domain/schemas are up to date (else: pnpm cli schemas --write)', async () => {
    for (const command of COMMANDS_WITH_INPUT) {
      const path = join(SCHEMAS_DIR, `${command}.schema.json`);
      expect(existsSync(path), `${path} is missing`).toBe(true);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual((await cli(['schema', command])).json());
    }
  });
});
