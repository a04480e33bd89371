import { describe, expect, it } from 'vitest';
import type { Db } from '../client.ts';
import { drivers, useDatabase } from '../testing/databases.ts';
import {
  consentTo,
  party,
  plannedPathway,
  rehabPlanReferral,
  run,
  T0,
  TEST_CITIZENS,
  VIEWERS,
} from '../testing/fixtures.ts';
import { clocksFor, type WorklistQuery, worklistPage } from './worklist.repo.ts';

/** The first page's rows (the worklist is only ever read a page at a time). */
const worklistFor = async (db: Db, organisationId: string, query: WorklistQuery) =>
  (await worklistPage(db, organisationId, query)).rows;

const day = (d: string) => `${d}T10:00:00+02:00`;
const rehabOrg = VIEWERS.rehab.organisationId;
const gpOrg = VIEWERS.gp.organisationId;

/** A planned pathway in which the hospital sends a §140 rehabilitation plan to the municipality. */
async function referredToRehab(db: Db, citizenIndex = 2) {
  const opened = await plannedPathway(db, citizenIndex);
  const id = opened.pathway.id;
  await run(db, id, VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
  await run(db, id, VIEWERS.hospital, rehabPlanReferral(), T0);
  return opened;
}

describe.each(drivers())('worklist on $name', (driver) => {
  const database = useDatabase(driver);

  it("shows a new referral in the recipient's inbox and its due clock to the owner", async () => {
    const { db } = database();
    const { citizen, pathway } = await referredToRehab(db);

    const inbox = await worklistFor(db, rehabOrg, { filter: 'inbox', now: T0 });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      pathwayId: pathway.id,
      relation: 'participant',
      citizenId: citizen.id,
      citizenName: citizen.name,
      inboxCount: 1,
      dueClocks: 1,
      overdueClocks: 0,
    });
    expect(inbox[0]?.inbox).toMatchObject([
      { type: 'referralSent', id: 'r-1', kind: 'rehab-140', from: party(VIEWERS.hospital), withheld: false },
    ]);

    const due = await clocksFor(db, rehabOrg, { now: T0, states: ['due'] });
    expect(due).toEqual([
      expect.objectContaining({
        pathwayId: pathway.id,
        code: 'CLK-R140-START',
        subject: 'r-1',
        state: 'due',
        dueBy: '2026-09-08',
        daysLeft: 7,
        citizenName: citizen.name,
      }),
    ]);
    expect(await worklistFor(db, rehabOrg, { filter: 'due', now: T0 })).toHaveLength(1);

    // The GP coordinates but was not sent the referral, and owns no clock on it.
    const gp = await worklistFor(db, gpOrg, { now: T0 });
    expect(gp).toMatchObject([
      { pathwayId: pathway.id, relation: 'coordinator', inboxCount: 0, dueClocks: 0 },
    ]);
    expect(await worklistFor(db, gpOrg, { filter: 'inbox', now: T0 })).toEqual([]);
    expect(await clocksFor(db, gpOrg, { now: T0 })).toEqual([]);
    // An organisation with no relation sees nothing.
    expect(await worklistFor(db, VIEWERS.otherGp.organisationId, { now: T0 })).toEqual([]);
  });

  it('judges clocks on the day asked: overdue after due_by, in the overdue filter, first in the list', async () => {
    const { db } = database();
    const first = await referredToRehab(db, 2);
    await referredToRehab(db, 3);
    await run(
      db,
      first.pathway.id,
      VIEWERS.rehab,
      { type: 'referralAccepted', referralId: 'r-1' },
      day('2026-09-02'),
    );

    const late = day('2026-09-09');
    expect(
      (await clocksFor(db, rehabOrg, { now: late, states: ['overdue'] })).map((c) => [c.state, c.daysLeft]),
    ).toEqual([
      ['overdue', -1],
      ['overdue', -1],
    ]);
    const overdue = await worklistFor(db, rehabOrg, { filter: 'overdue', now: late });
    expect(overdue).toHaveLength(2);
    // The accepted referral left the inbox; the other is still there.
    const inbox = await worklistFor(db, rehabOrg, { filter: 'inbox', now: late });
    expect(inbox.map((w) => w.pathwayId)).not.toContain(first.pathway.id);
    expect(inbox).toHaveLength(1);

    // Starting the course meets the clock.
    await run(
      db,
      first.pathway.id,
      VIEWERS.rehab,
      { type: 'interventionStarted', interventionId: 'g-1', intervention: 'rehab-140', referralId: 'r-1' },
      late,
    );
    expect(await worklistFor(db, rehabOrg, { filter: 'overdue', now: late })).toHaveLength(1);
    // The overdue pathway comes first, though the other one moved last.
    const all = await worklistFor(db, rehabOrg, { now: late });
    expect(all.map((w) => [w.pathwayId === first.pathway.id, w.overdueClocks])).toEqual([
      [false, 1],
      [true, 0],
    ]);
    expect(await clocksFor(db, rehabOrg, { now: late, states: [] })).toEqual([]);
  });

  it('searches by name and by the start of the CPR number', async () => {
    const { db } = database();
    await referredToRehab(db, 2);
    await referredToRehab(db, 3);
    const ida = TEST_CITIZENS[2];
    const william = TEST_CITIZENS[3];
    if (!ida || !william) throw new Error('fixtures');
    const names = async (search: string) =>
      (await worklistFor(db, rehabOrg, { search, now: T0 })).map((w) => w.citizenName).sort();

    expect(await names('')).toEqual([ida.name, william.name].sort());
    expect(await names(ida.name.split(' ')[0]?.toLowerCase() ?? '')).toEqual([ida.name]);
    expect(await names(william.cpr.slice(0, 6))).toEqual([william.name]);
    expect(await names(william.cpr)).toEqual([william.name]);
    expect(await names('%')).toEqual([]);
    expect(await names('Ingen Sådan')).toEqual([]);
  });
});
