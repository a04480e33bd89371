import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRuleCode, RULES, ruleInfo } from './rules.ts';

const SRC = dirname(dirname(fileURLToPath(import.meta.url)));
/** The repository's own copy of the program's rules (docs/program/). */
const SPEC = join(SRC, '../../../docs/program/rsd-2023.md');

/** Rule codes as the spec writes them: SCOPE-ADULT, TG-CAUDA, CLK-R140-START, MANUAL-4-5, S56 … */
function specCodes(): string[] {
  const text = readFileSync(SPEC, 'utf8');
  const codes = new Set<string>();
  for (const m of text.matchAll(/\b(?:RULE\s+)?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|S56)\b/g))
    codes.add(m[1] as string);
  // Words of the spec that look like codes but are messages, forms or instruments, not rules.
  for (const notARule of [
    'LÆ',
    'FHIR',
    'ICF',
    'XREF15',
    'XDIS15',
    'REF01',
    'REF06',
    'DK-core',
    'GLA',
    'KL',
    'NEW-ONSET',
  ])
    codes.delete(notARule);
  return [...codes].filter((c) => !/^(FSIII|R4|MR|CT|FAM|DNHF|GP|SOR|EAN|RMDQ|ODI|PSQI)$/.test(c));
}

function testNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testNames(path);
    if (!entry.name.endsWith('.test.ts')) return [];
    return [
      ...readFileSync(path, 'utf8').matchAll(
        /\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*(['"`])(.+?)\1/g,
      ),
    ].map((m) => m[2] as string);
  });
}

describe('the rule catalogue', () => {
  it('names every rule code of the spec, each with a page', () => {
    const missing = specCodes().filter((code) => !isRuleCode(code));
    expect(missing).toEqual([]);
    for (const code of specCodes()) if (isRuleCode(code)) expect(ruleInfo(code).page).not.toBe('');
  });

  it('has unique codes, and every spec rule has a test whose name carries its code', () => {
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
    const names = testNames(SRC).join('\n');
    const untested = RULES.map((r) => r.code).filter(
      (code) => !new RegExp(`(^|[^A-Z0-9-])${code}(?![A-Z0-9-])`, 'm').test(names),
    );
    expect(untested).toEqual([]);
  });
});
