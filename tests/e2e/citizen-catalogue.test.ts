import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCitizenMessages, citizenMessage } from '../../packages/ui/src/i18n/citizen-catalogue.ts';
import { CLINIC_CARE_MESSAGES } from '../../packages/ui/src/i18n/messages/clinic-care.ts';

/**
 * Min side loads its own small catalogue (issue 12: the first screen under 150 KB gzip), not every
 * app's words. A key it lacks would show raw on the citizen's phone, so every key Min side's code
 * (and the shared plan sections it shows) asks for must be in it: literal keys exactly, keys built
 * from a template (`clinic.care.sb.${item}`) by their fixed prefix.
 */
const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')
        ? [join(dir, entry.name)]
        : [],
  );
const SOURCES = [...files('apps/citizen/src'), 'packages/ui/src/myplan/plan-sections.tsx'];
/** The screens that add the questionnaires' words when they load (AnswerForm and what it imports). */
const QUESTIONNAIRE_SCREENS = [
  'apps/citizen/src/screens/AnswerForm.tsx',
  'apps/citizen/src/screens/PsqiAnswers.tsx',
];

function keysIn(source: string): { literal: string[]; prefixes: string[] } {
  const literal = [...source.matchAll(/\bt\(\s*'([a-zA-Z0-9.]+)'/g)].map((m) => m[1] ?? '');
  const prefixes = [...source.matchAll(/\bt\(\s*`([a-zA-Z0-9.]+)\$\{/g)].map((m) => m[1] ?? '');
  return { literal, prefixes };
}

const known = (key: string, extra: Record<string, unknown>) =>
  citizenMessage(key) !== undefined || key in extra;
const someWithPrefix = (prefix: string, extra: Record<string, unknown>) =>
  Object.keys(extra).some((k) => k.startsWith(prefix)) ||
  ['minside.', 'clinic.comm.myplan.', 'app.'].some((p) => prefix.startsWith(p));

describe("Min side's own catalogue", () => {
  it('has every key the signed-in screens and the plan sections use (the questionnaire screens add theirs)', () => {
    const missing: string[] = [];
    for (const file of SOURCES) {
      const extra = QUESTIONNAIRE_SCREENS.includes(file) ? CLINIC_CARE_MESSAGES : {};
      const { literal, prefixes } = keysIn(readFileSync(join(ROOT, file), 'utf8'));
      for (const key of literal) if (!known(key, extra)) missing.push(`${file}: ${key}`);
      for (const prefix of prefixes) if (!someWithPrefix(prefix, extra)) missing.push(`${file}: ${prefix}…`);
    }
    expect(missing).toEqual([]);
    // The scan found what it is meant to find (it cannot pass by reading nothing).
    expect(SOURCES.length).toBeGreaterThan(10);
    expect(
      keysIn(readFileSync(join(ROOT, 'apps/citizen/src/screens/PlanScreen.tsx'), 'utf8')).literal,
    ).toContain('minside.plan.contact.phone');
  });

  it("holds no clinic, jobcentre or rehab words until a screen adds them, and the questionnaire screen adds the clinic's item wording", () => {
    expect(citizenMessage('minside.plan.contact.phone')?.da).toBe('telefon');
    expect(citizenMessage('clinic.comm.myplan.title')?.da).toBe('Min plan');
    expect(citizenMessage('app.signOut')?.da).toBe('Log ud');
    expect(citizenMessage('clinic.comm.cancel')).toBeUndefined();
    const item = Object.keys(CLINIC_CARE_MESSAGES).find((k) => k.startsWith('clinic.care.sb.'));
    if (!item) throw new Error('no STarT Back wording in the clinic catalogue');
    expect(citizenMessage(item)).toBeUndefined();
    expect(readFileSync(join(ROOT, QUESTIONNAIRE_SCREENS[0] ?? ''), 'utf8')).toContain(
      'addCitizenMessages(CLINIC_CARE_MESSAGES)',
    );
    addCitizenMessages(CLINIC_CARE_MESSAGES);
    expect(citizenMessage(item)).toBeDefined();
  });
});
