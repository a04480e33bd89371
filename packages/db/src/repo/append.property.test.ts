import { type Command, decide, fold, type Viewer } from '@rygforlob/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { drivers, queryRows, resetDatabase, useDatabase } from '../testing/databases.ts';
import {
  consentTo,
  hospitalContent,
  openedPathway,
  party,
  rehabPlanReferral,
  T0,
  triageInput,
  VIEWERS,
} from '../testing/fixtures.ts';
import { projectionsOf, rebuiltOf } from '../testing/projections.ts';
import { appendEvents, loadPathway, rebuildProjections } from './events.repo.ts';

/**
 * The projections an append upserts (repo/append.statement.ts) equal, after ANY sequence of
 * appends, the rows `buildProjections` gives from all the events: random command sequences from
 * every sector (seeded, so a failure names its seed and replays), checked after every append.
 */

/** mulberry32: a small seeded generator, so every sequence can be replayed from its seed. */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const ORGS = Object.values(VIEWERS);
const day = (i: number) => new Date(Date.parse(T0) + i * 86_400_000).toISOString();

/** What moves a projection: inboxes, answers, clocks, consent (what a slice shows), closing. */
type Ids = { referrals: { referralId: string; to: Viewer }[]; consents: string[] };
const STEPS: ((i: number, ids: Ids) => [Viewer, Command])[] = [
  (i) => [VIEWERS.gp, consentTo(ORGS[i % ORGS.length] as Viewer, `c-${i}`)],
  (i, ids) => [
    VIEWERS.gp,
    { type: 'consentWithdrawn', consentId: ids.consents[i % ids.consents.length] ?? 'x' },
  ],
  (i) => [VIEWERS.gp, { type: 'triaged', input: triageInput({ previousCancer: i % 3 === 0 }) }],
  (i) => [
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: `h-${i}`,
      kind: 'hospital',
      to: party(VIEWERS.hospital),
      content: hospitalContent(),
    },
  ],
  (i) => [VIEWERS.hospital, rehabPlanReferral(`r-${i}`)],
  (i, ids) => {
    // Answered by its recipient, mostly; now and then by someone it was not sent to (refused).
    const referral = ids.referrals[i % ids.referrals.length];
    const by = referral && i % 5 ? referral.to : (ORGS[i % ORGS.length] as Viewer);
    const referralId = referral?.referralId ?? 'x';
    const answer: Command =
      i % 2
        ? { type: 'referralAccepted', referralId }
        : { type: 'referralDeclined', referralId, reason: 'Ikke relevant' };
    return [by, answer];
  },
  (i) => [
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: `lae165-${i}`,
      kind: 'jobcentre-lae165',
      to: party(VIEWERS.jobcentre),
      content: { proposal: 'Sagsbehandling', workSituation: 'Pædagog', healthInformation: 'Lændesmerter' },
      recordConsent: 'employment',
    },
  ],
  (i) => [
    ORGS[i % ORGS.length] as Viewer,
    {
      type: 'noteSent',
      noteId: `n-${i}`,
      kind: 'information',
      to: [party(ORGS[(i + 1) % ORGS.length] as Viewer)],
      content: { text: `Note ${i}` },
    },
  ],
  (i) => [
    VIEWERS.gp,
    {
      type: 'medicationPrescribed',
      prescriptionId: `rx-${i}`,
      drug: 'Ibuprofen',
      painCourse: 'episodic',
      discontinuationPlan: 'Stop',
    },
  ],
  (i) => [
    VIEWERS.jobcentre,
    {
      type: 'certificateRequested',
      certificateId: `lae-${i}`,
      certificate: 'LAE285',
      to: party(VIEWERS.gp),
      dueBy: day(i + 14).slice(0, 10),
    },
  ],
  () => [VIEWERS.gp, { type: 'pathwayClosed', reason: 'Forløb afsluttet' }],
];

describe.each(drivers())('appends keep the projections equal to a rebuild on $name', (driver) => {
  const database = useDatabase(driver);

  it('after every append of 12 random sequences of up to 30 commands, the stored rows equal buildProjections of all events', async () => {
    const { db } = database();
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      await resetDatabase(database());
      const next = generator(seed);
      const { pathway } = await openedPathway(db);
      const ids: Ids = { referrals: [], consents: [] };
      for (let step = 0; step < 30; step++) {
        const loaded = await loadPathway(db, pathway.id);
        if (!loaded || loaded.pathway.status === 'closed') break;
        // Closing is rare (1 in 60), so most sequences run long.
        const pick = next(60) === 0 ? STEPS.length - 1 : next(STEPS.length - 1);
        const [viewer, command] = (STEPS[pick] as (typeof STEPS)[number])(next(1000), ids);
        const decision = decide(fold(loaded.events), command, viewer, day(step * 3));
        if (!decision.ok) continue;
        // Half with the caller's events as `prior` (as the API does), half read by the store.
        await appendEvents(
          db,
          pathway.id,
          loaded.pathway.version,
          decision.events,
          next(2) ? { prior: loaded.events } : {},
        );
        for (const event of decision.events) {
          seen.add(event.type);
          if (event.type === 'referralSent') {
            const to = ORGS.find((o) => o.organisationId === event.to.organisationId) ?? viewer;
            ids.referrals.push({ referralId: event.referralId, to });
          }
          if (event.type === 'consentGiven') ids.consents.push(event.consentId);
        }
        expect(await projectionsOf(db, pathway.id), `seed ${seed}, step ${step} (${command.type})`).toEqual(
          await rebuiltOf(db, pathway.id),
        );
      }
      // A rebuild in the database finds nothing to change.
      const stored = await projectionsOf(db, pathway.id);
      await rebuildProjections(db, pathway.id);
      expect(await projectionsOf(db, pathway.id), `seed ${seed}: rebuild`).toEqual(stored);
    }
    // Guards the property against trivial input: the sequences did exercise what moves a projection.
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'certificateRequested',
        'consentGiven',
        'consentWithdrawn',
        'medicationPrescribed',
        'noteSent',
        'pathwayClosed',
        'referralAccepted',
        'referralSent',
      ]),
    );
  }, 120_000);

  it('writes only what an append changes: an unchanged clock keeps its row version (xmin)', async () => {
    const { db } = database();
    const { pathway } = await openedPathway(db);
    const prescribe: Command = {
      type: 'medicationPrescribed',
      prescriptionId: 'rx-1',
      drug: 'Ibuprofen',
      painCourse: 'episodic',
      discontinuationPlan: 'Stop',
    };
    const runAt = async (viewer: Viewer, command: Command) => {
      const loaded = await loadPathway(db, pathway.id);
      if (!loaded) throw new Error('pathway gone');
      const decision = decide(fold(loaded.events), command, viewer, T0);
      if (!decision.ok) throw new Error(JSON.stringify(decision.violations));
      await appendEvents(db, pathway.id, loaded.pathway.version, decision.events);
    };
    await runAt(VIEWERS.gp, prescribe);
    const versions = () =>
      queryRows<{ code: string; xmin: string }>(
        db,
        sql`select code, xmin::text as xmin from open_clocks where pathway_id = ${pathway.id} order by code, subject`,
      );
    const before = await versions();
    expect(before.length).toBeGreaterThan(0);
    await runAt(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-1'));
    expect(await versions()).toEqual(before);
  });
});
