import { describe, expect, it } from 'vitest';
import { ClusterSettingsError, clusterPlan, databaseOnThisMachine } from './cluster.ts';

const PG = 'postgres://app@db.example/rygforlob';
const BROKER = { CITIZEN_OIDC_ISSUER: 'https://broker.example' };

describe('clusterPlan (WORKERS, DATABASE_POOL_SIZE)', () => {
  it('defaults to one worker per core on PostgreSQL and one on PGlite', () => {
    expect(clusterPlan({ DATABASE_URL: PG, ...BROKER }, 4)).toMatchObject({ workers: 4, poolPerWorker: 5 });
    expect(clusterPlan({ DATABASE_URL: PG, NODE_ENV: 'production' }, 4)).toMatchObject({ workers: 4 });
    expect(clusterPlan({ ...BROKER }, 4)).toMatchObject({ workers: 1, poolPerWorker: 20 });
  });

  it('leaves a core to PostgreSQL when it runs on this machine (a Unix socket or loopback)', () => {
    for (const local of [
      'postgres://app@127.0.0.1:5432/rygforlob',
      'postgres://app@localhost/rygforlob',
      'postgres://app@[::1]:5432/rygforlob',
      'postgres://app@%2Fvar%2Frun%2Fpostgresql/rygforlob',
      'postgresql:///rygforlob?host=/var/run/postgresql',
    ]) {
      expect(databaseOnThisMachine(local), local).toBe(true);
      expect(clusterPlan({ DATABASE_URL: local, ...BROKER }, 4).workers, local).toBe(3);
      expect(clusterPlan({ DATABASE_URL: local, ...BROKER }, 2).workers, local).toBe(1);
      expect(clusterPlan({ DATABASE_URL: local, ...BROKER }, 1).workers, local).toBe(1);
    }
    for (const remote of [
      PG,
      'postgres://app@10.0.0.5/rygforlob',
      'postgres://app@db.local?host=db2.example',
    ]) {
      expect(databaseOnThisMachine(remote), remote).toBe(false);
    }
    expect(
      clusterPlan({ DATABASE_URL: 'postgres://app@127.0.0.1/r', WORKERS: '2', ...BROKER }, 2).workers,
    ).toBe(2);
    // A few connections per core beside it (the backends take turns on the same cores), unless set.
    expect(clusterPlan({ DATABASE_URL: 'postgres://app@127.0.0.1/r', ...BROKER }, 2)).toMatchObject({
      workers: 1,
      poolPerWorker: 8,
    });
    expect(
      clusterPlan({ DATABASE_URL: 'postgres://app@127.0.0.1/r', DATABASE_POOL_SIZE: '20' }, 2),
    ).toMatchObject({
      poolPerWorker: 20,
    });
    expect(clusterPlan({ DATABASE_URL: PG, ...BROKER }, 2)).toMatchObject({ workers: 2, poolPerWorker: 10 });
    // Many workers asked for: at least one connection each, as before.
    expect(clusterPlan({ DATABASE_URL: 'postgres://app@127.0.0.1/r', WORKERS: '10' }, 2)).toMatchObject({
      workers: 10,
      poolPerWorker: 1,
    });
    expect(databaseOnThisMachine('postgresql://app@LOCALHOST/r')).toBe(true);
    expect(databaseOnThisMachine('postgres://u@%zz/db')).toBe(false);
  });

  it("defaults to one worker while Min side's test IdP (state in memory) is in use", () => {
    expect(clusterPlan({ DATABASE_URL: PG }, 4)).toMatchObject({ workers: 1, testIdp: true });
    expect(clusterPlan({ DATABASE_URL: PG, WORKERS: '3' }, 4)).toMatchObject({ workers: 3, testIdp: true });
  });

  it('shares one connection budget between the workers', () => {
    expect(clusterPlan({ DATABASE_URL: PG, WORKERS: '3', DATABASE_POOL_SIZE: '31' }, 2)).toMatchObject({
      workers: 3,
      poolPerWorker: 10,
    });
    expect(() => clusterPlan({ DATABASE_URL: PG, WORKERS: '8', DATABASE_POOL_SIZE: '4' }, 2)).toThrow(
      /DATABASE_POOL_SIZE/,
    );
  });

  it('refuses several workers on PGlite and a WORKERS that is not a whole number, naming the setting', () => {
    expect(() => clusterPlan({ WORKERS: '2' }, 2)).toThrow(ClusterSettingsError);
    expect(() => clusterPlan({ WORKERS: '2' }, 2)).toThrow(/^WORKERS: .*DATABASE_URL/);
    for (const bad of ['0', '1.5', 'many', '-1']) {
      expect(() => clusterPlan({ DATABASE_URL: PG, WORKERS: bad }, 2)).toThrow(
        /^WORKERS: must be a whole number/,
      );
    }
    expect(clusterPlan({ WORKERS: '1' }, 2).workers).toBe(1);
  });
});
