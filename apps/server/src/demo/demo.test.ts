import { clocksFor, createDatabase, type Database, loadPathway, schema } from '@rygforlob/db';
import { fold, hasModulus11, type PathwayState, REFERRAL_KINDS, TARGET_GROUPS } from '@rygforlob/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { SESSION_COOKIE } from '../session.ts';
import { loadSettings } from '../settings.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './organisations.ts';
import { countOrganisations, seedDemo } from './seed.ts';
import { DEMO_STORIES } from './stories.ts';

const NOW = new Date();
let database: Database;
let states: PathwayState[];

beforeAll(async () => {
  database = await createDatabase({ driver: 'pglite' });
  await seedDemo(database, { now: NOW, password: DEMO_PASSWORD });
  const rows = await database.db.select({ id: schema.pathways.id }).from(schema.pathways);
  states = await Promise.all(
    rows.map(async (row) => fold((await loadPathway(database.db, row.id))?.events ?? [])),
  );
});
afterAll(() => database.close());

describe('the demo data', () => {
  it('has a pathway per story, for about twenty citizens from TEST_CITIZENS', async () => {
    expect(states).toHaveLength(DEMO_STORIES.length);
    expect(DEMO_STORIES.length).toBeGreaterThanOrEqual(18);
    expect(await countOrganisations(database.db)).toBe(DEMO_ORGANISATIONS.length);
    const citizens = await database.db.select().from(schema.citizens);
    for (const citizen of citizens) {
      expect(hasModulus11(citizen.cpr)).toBe(false);
      expect(citizen.birthDate < '2007-01-01').toBe(true);
    }
  });

  it('COORDINATOR-LISTING: every citizen is listed with the GP practice that coordinates their pathway', async () => {
    const pathways = await database.db.select().from(schema.pathways);
    const citizens = new Map((await database.db.select().from(schema.citizens)).map((c) => [c.id, c]));
    for (const pathway of pathways) {
      expect(citizens.get(pathway.citizenId)?.listedWith).toBe(pathway.coordinatorOrgId);
    }
  });

  it('CONSENT-BY: no organisation in the demo recorded a consent for itself, and the jobcentre holds employment consents only', () => {
    for (const state of states) {
      for (const consent of Object.values(state.consents)) {
        expect(consent.void).toBeUndefined();
        if (consent.recipient.actor === 'jobcentre') expect(consent.purpose).toBe('employment');
      }
    }
    // the chiropractor's self-referral brought no consent with it
    expect(
      states.some((s) => Object.values(s.referrals).some((r) => r.selfReferral && r.kind === 'chiro')),
    ).toBe(true);
  });

  it('covers every target group', () => {
    const groups = new Set(states.map((s) => s.triage?.result?.targetGroup));
    for (const group of TARGET_GROUPS) expect(groups, group).toContain(group);
  });

  it('covers every referral kind of the program', () => {
    const kinds = new Set(states.flatMap((s) => Object.values(s.referrals).map((r) => r.kind)));
    for (const kind of REFERRAL_KINDS) expect(kinds, kind).toContain(kind);
  });

  it('has referrals answered every way, open and closed pathways, and a withdrawn consent', () => {
    const statuses = new Set(states.flatMap((s) => Object.values(s.referrals).map((r) => r.status)));
    expect([...statuses].sort()).toEqual(['accepted', 'declined', 'sent']);
    expect(new Set(states.map((s) => s.status))).toEqual(new Set(['open', 'closed']));
    expect(states.some((s) => Object.values(s.consents).some((c) => c.withdrawnAt))).toBe(true);
  });

  it('has clocks due and clocks overdue today, as the worklists show them', async () => {
    const clocks = (
      await Promise.all(
        DEMO_ORGANISATIONS.map((o) =>
          clocksFor(database.db, o.id, { now: NOW.toISOString(), states: ['due', 'overdue'] }),
        ),
      )
    ).flat();
    const due = new Set(clocks.filter((c) => c.state === 'due').map((c) => c.code));
    const overdue = new Set(clocks.filter((c) => c.state === 'overdue').map((c) => c.code));
    expect(due.size).toBeGreaterThanOrEqual(4);
    expect(overdue.size).toBeGreaterThanOrEqual(3);
    expect(overdue).toContain('CLK-R140-START');
    expect(due).toContain('CLK-R140-START');
  });

  it('every organisation in the demo directory has a phone number for Min plan, fictitious (no Danish number begins with 00) and distinct', async () => {
    const rows = await database.db
      .select({ id: schema.organisations.id, phone: schema.organisations.phone })
      .from(schema.organisations);
    const phones = new Map(rows.map((row) => [row.id, row.phone]));
    for (const o of DEMO_ORGANISATIONS) {
      expect(phones.get(o.id), o.id).toBe(o.phone);
      expect(o.phone, o.id).toMatch(/^00 \d\d \d\d \d\d$/);
    }
    expect(new Set(DEMO_ORGANISATIONS.map((o) => o.phone)).size).toBe(DEMO_ORGANISATIONS.length);
  });

  it('every demo user can sign in with the demo password', async () => {
    const app = await buildApp({
      database,
      settings: loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    });
    try {
      for (const o of DEMO_ORGANISATIONS) {
        const res = await app.inject({
          method: 'POST',
          url: '/trpc/auth.login',
          payload: { username: o.user.username, password: DEMO_PASSWORD },
        });
        expect(res.statusCode, o.user.username).toBe(200);
        expect(res.json().result.data.me).toMatchObject({
          organisationId: o.id,
          actor: o.actor,
          organisationName: o.name,
        });
        expect(res.cookies.some((c) => c.name === SESSION_COOKIE)).toBe(true);
      }
    } finally {
      await app.close();
    }
  });
});
