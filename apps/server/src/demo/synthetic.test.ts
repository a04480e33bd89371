import { createDatabase, schema } from '@rygforlob/db';
import { hasModulus11, parseCpr } from '@rygforlob/domain';
import { describe, expect, it } from 'vitest';
import { Progress } from './progress.ts';
import { seedSynthetic, syntheticPathway } from './synthetic.ts';
import { syntheticCitizen } from './synthetic-citizens.ts';

describe('synthetic citizens', () => {
  it('are fictitious: born 1940–2006, never on 1 January, serials failing modulus 11, all distinct', () => {
    const cprs = new Set<string>();
    for (let n = 0; n < 3000; n++) {
      const citizen = syntheticCitizen(n * 17, 'Vejle');
      const parsed = parseCpr(citizen.cpr);
      expect(parsed.ok && parsed.value.birthDate).toBe(citizen.birthDate);
      expect(citizen.birthDate < '2007-01-01' && citizen.birthDate >= '1940-01-01').toBe(true);
      expect(citizen.birthDate.endsWith('-01-01')).toBe(false);
      expect(hasModulus11(citizen.cpr)).toBe(false);
      cprs.add(citizen.cpr);
    }
    expect(cprs.size).toBe(3000);
  });

  it('are deterministic', () => {
    expect(syntheticCitizen(42, 'Odense')).toEqual(syntheticCitizen(42, 'Odense'));
    const now = new Date('2026-11-23T12:00:00Z');
    expect(syntheticPathway(7, now).events).toEqual(syntheticPathway(7, now).events);
  });

  it('every mix passes decide for many citizens', () => {
    const now = new Date();
    const mixes = new Set<string>();
    for (let n = 0; n < 400; n++) mixes.add(syntheticPathway(n, now).mix);
    expect(mixes.size).toBe(8);
  });
});

describe('seedSynthetic', () => {
  it('writes N pathways in batches and is idempotent', async () => {
    const database = await createDatabase({ driver: 'pglite' });
    try {
      const progress: number[] = [];
      const first = await seedSynthetic(database, {
        pathways: 25,
        batch: 10,
        onProgress: (done) => progress.push(done),
      });
      expect(first).toEqual({ created: 25, skipped: 0 });
      expect(progress).toEqual([10, 20, 25]);
      expect(await seedSynthetic(database, { pathways: 30, batch: 10 })).toEqual({ created: 5, skipped: 25 });
      expect(await database.db.$count(schema.pathways)).toBe(30);
    } finally {
      await database.close();
    }
  });
});

describe('Progress', () => {
  it('shows count, percent, rate and ETA', () => {
    const line = new Progress(200, 'x').line(50, Date.now() + 10_000);
    expect(line).toMatch(/50\/200 +25% [\d.]+\/s ETA \dm\d\ds/);
  });
});
