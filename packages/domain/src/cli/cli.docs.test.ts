import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../index.ts';
import { headingSlug, sectionAnchors } from './catalogue.ts';
import { cli, repoRoot } from './test-helpers.ts';

const ROOT = repoRoot();
const CATALOGUE = join(ROOT, 'docs/program/rules.md');
const SPEC = join(ROOT, 'docs/program/rsd-2023.md');

describe('the program in the repository (docs/program)', () => {
  it('the committed rule catalogue is what pnpm cli rules --markdown prints (else: regenerate it, then pnpm format)', async () => {
    const ran = await cli(['rules', '--markdown']);
    expect(ran.code).toBe(0);
    // Compared as biome lays Markdown out (pnpm format pads the table): cell padding aside.
    const plain = (text: string) => text.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');
    expect(plain(readFileSync(CATALOGUE, 'utf8'))).toBe(plain(ran.stdout));
  });

  it('every rule of the catalogue links to a section of the program copy that exists, and the regional ones to the publication', () => {
    const catalogue = readFileSync(CATALOGUE, 'utf8');
    const anchors = new Set(sectionAnchors(readFileSync(SPEC, 'utf8')).values());
    for (const rule of RULES) {
      const row = catalogue
        .split('\n')
        .find((line) => new RegExp(`^\\|\\s*\`${rule.code}\`\\s*\\|`).test(line));
      expect(row, rule.code).toBeDefined();
      const anchor = /\(rsd-2023\.md#([^)]+)\)/.exec(row ?? '')?.[1];
      if (rule.section !== '-') expect(anchors, rule.code).toContain(anchor);
      expect((row ?? '').includes('regionsyddanmark.dk'), rule.code).toBe(rule.page !== '-');
    }
  });

  it('INPUT-INVALID: --markdown and --format do not go together', async () => {
    const ran = await cli(['rules', '--markdown', '--format', 'table']);
    expect(ran.code).toBe(2);
    expect(ran.violations()).toEqual([
      { rule: 'INPUT-INVALID', field: '--markdown', params: { reason: 'not-with', option: '--format' } },
    ]);
  });

  it('heading anchors follow GitHub: "### 3.2 Target groups (chapter 6, p.29–30)"', () => {
    expect(headingSlug('3.2 Target groups (chapter 6, p.29–30)')).toBe('32-target-groups-chapter-6-p2930');
  });

  it('no tracked file points outside the repository (the shared folder beside it, the seeds, absolute work paths)', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      // Scripts without an extension (.ci/run) too; ../shared.tsx is a sibling module, not outside.
      .filter((file) => /\.(ts|tsx|md|mjs|json|yaml|sh)$|(^|\/)[^./]+$/.test(file))
      .filter((file) => !file.endsWith('pnpm-lock.yaml'));
    const outside = /\.\.\/shared(?![\w.-])|\.\.\/seeds\/|\/work\/(shared|main)\b/;
    const offenders = tracked.filter((file) => {
      if (file === 'packages/domain/src/cli/cli.docs.test.ts') return false;
      return outside.test(readFileSync(join(ROOT, file), 'utf8'));
    });
    expect(offenders).toEqual([]);
  });
});

describe('decide and scope on the command line', () => {
  it('INPUT-INVALID: decide needs --now as a timestamp with offset, as the API stamps events', async () => {
    const input = JSON.stringify({
      command: { type: 'pathwayClosed', reason: 'x' },
      viewer: { actor: 'gp', organisationId: 'org-gp-vejle' },
    });
    const missing = await cli(['decide'], input);
    expect(missing.code).toBe(2);
    expect(missing.violations()).toEqual([
      { rule: 'INPUT-INVALID', field: '--now', params: { reason: 'missing' } },
    ]);
    const day = await cli(['decide', '--now', '2026-09-01'], input);
    expect(day.code).toBe(2);
    expect(day.violations()[0]).toMatchObject({ rule: 'INPUT-INVALID', field: '--now' });
  });

  it('PATHWAY-STATE: decide answers a command on an empty pathway as the API would (exit 0)', async () => {
    const input = JSON.stringify({
      command: { type: 'pathwayClosed', reason: 'x' },
      viewer: { actor: 'gp', organisationId: 'org-gp-vejle' },
    });
    const ran = await cli(['decide', '--now', '2026-09-01T10:00:00+02:00'], input);
    expect(ran.code).toBe(0);
    expect(ran.json()).toEqual({
      ok: false,
      violations: [{ rule: 'PATHWAY-STATE', params: { reason: 'not-open' } }],
      warnings: [],
    });
  });

  it('INPUT-INVALID: scope names a field it does not know', async () => {
    const ran = await cli(
      ['scope', '--now', '2026-09-01'],
      JSON.stringify({
        citizen: { birthDate: '1994-07-08', municipality: 'Vejle' },
        complaint: { painRegions: ['lumbar'], affectsDailyLife: true, neck: true },
      }),
    );
    expect(ran.code).toBe(2);
    expect(ran.violations()[0]).toMatchObject({ rule: 'INPUT-INVALID', field: 'complaint.neck' });
  });

  it('INPUT-INVALID: scope given both a CPR number and a birth date says to give one of them', async () => {
    const ran = await cli(
      ['scope', '--now', '2026-09-01'],
      JSON.stringify({
        citizen: { cpr: '150606-4170', birthDate: '2006-06-15', municipality: 'Vejle' },
        complaint: { painRegions: ['lumbar'], affectsDailyLife: true },
      }),
    );
    expect(ran.code).toBe(2);
    expect(ran.violations()).toEqual([
      {
        rule: 'INPUT-INVALID',
        field: 'citizen',
        params: {
          reason: 'invalid_union',
          message: 'Give the citizen as { cpr, municipality } or { birthDate, municipality }, not both',
        },
      },
    ]);
  });
});
