import { triageInput } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  EVERYONE,
  type InsiderWorld,
  insiderWorld,
  ORGS,
  party,
  type Who,
} from './insider.harness.ts';

/**
 * Issue 8, as an insider would try it on a real server: every route the API offers to gain or
 * widen access to a citizen's clinical pathway, by every actor. Each attempt is refused with a
 * rule code (or told NOT_FOUND, learning nothing), audited as refused, and gains nothing clinical.
 * The reproductions of the issue are named `reproduction: …`.
 */

let world: InsiderWorld;
let citizenId: string;
let pathwayId: string;
const SECRET = 'Mistanke om diskusprolaps L5/S1';
/** Facts about consent and coordination hold no health information; everything else of others does. */
const NOT_HEALTH = new Set(['consentGiven', 'consentWithdrawn', 'coordinatorChanged']);

const q = <T = unknown>(who: Who, path: string, input?: unknown) => world.call<T>(who, 'query', path, input);
const m = <T = unknown>(who: Who, path: string, input: unknown) =>
  world.call<T>(who, 'mutation', path, input);
const health = async (who: Who, id = pathwayId) =>
  (await world.othersFacts(who, id)).filter((e) => !NOT_HEALTH.has(e.type)).map((e) => e.type);

/** Refused with one of these rule codes (BAD_REQUEST), or NOT_FOUND for a stranger. */
function expectRefused(answer: Answer, expected: { rule?: string; notFound?: boolean }) {
  expect(answer.data).toBeUndefined();
  if (expected.notFound) expect(answer.code).toBe('NOT_FOUND');
  if (expected.rule) expect(answer.rules).toContain(expected.rule);
}

/** The refusal is in the citizen's access log as refused, with the rule code where one was given. */
async function expectAuditedRefusal(who: Who, action: string, rule?: string) {
  const rows = (await world.auditOf(citizenId, who, action)).filter((r) => r.outcome !== 'ok');
  expect(rows.length, `${who} ${action} audited as refused`).toBeGreaterThan(0);
  const last = rows.at(-1);
  expect(last?.outcome).toBe('denied');
  if (rule) expect(JSON.stringify(last?.detail)).toContain(rule);
}

async function open(): Promise<string> {
  const opened = await m<{ pathwayId: string }>('gp', 'pathway.open', {
    citizenId,
    scope: { painRegions: ['lumbar'], affectsDailyLife: true },
    consentToCoordinator: true,
  });
  if (!opened.data) throw new Error(`open: ${opened.code} ${opened.rules}`);
  return opened.data.pathwayId;
}

beforeAll(async () => {
  world = await insiderWorld();
  const registered = await m<{ citizen: { id: string } }>('gp', 'citizen.register', {
    cpr: '140580-1233',
    name: 'Insa Indefra',
    municipality: 'Vejle',
  });
  citizenId = registered.data?.citizen.id ?? '';
  pathwayId = await open();
  const on = { pathwayId };
  const steps: [string, unknown][] = [
    ['triage.record', { ...on, input: triageInput() }],
    ['assessment.recordIcf', { ...on, icf: { bodyFunctions: { painIntensity: 7, painLocation: SECRET } } }],
    [
      'plan.update',
      {
        ...on,
        approach: 'stepped',
        goals: [{ goal: SECRET, subGoals: [] }],
        interventions: ['self-management', 'exercise'],
        selfManagementAgreements: SECRET,
      },
    ],
    ['plan.startIntervention', { ...on, interventionId: 'i-1', intervention: 'self-management' }],
    ['plan.recordSession', { ...on, interventionId: 'i-1', response: 'improved', note: SECRET }],
    [
      'referral.send',
      {
        ...on,
        referralId: 'ref-physio',
        kind: 'physio',
        to: party('physio'),
        content: { reason: SECRET, clinicalInformation: SECRET },
        recordConsent: 'treatment',
      },
    ],
  ];
  for (const [path, input] of steps) {
    const answer = await m('gp', path, input);
    if (!answer.data) throw new Error(`${path}: ${answer.code} ${answer.rules}`);
  }
}, 120_000);
afterAll(() => world?.close());

describe('insider: routes to gain access to a pathway one has no relation to', () => {
  it('reproduction: jobcentre.vejle refers the citizen to itself as a self-referral with an employment consent (SELF-REFERRAL)', async () => {
    for (const kind of ['jobcentre-contact', 'physio'] as const) {
      const answer = await m('jobcentre', 'referral.send', {
        pathwayId,
        referralId: `job-self-${kind}`,
        kind,
        to: party('jobcentre'),
        content: { reason: 'Kontakt', clinicalInformation: 'Ingen' },
        selfReferral: true,
        recordConsent: 'employment',
      });
      expectRefused(answer, { rule: 'SELF-REFERRAL' });
    }
    await expectAuditedRefusal('jobcentre', 'referral.send', 'SELF-REFERRAL');
    expect((await q('jobcentre', 'pathway.get', { pathwayId })).code).toBe('NOT_FOUND');
  });

  it('reproduction: a physiotherapy practice in another town self-refers with a treatment consent (CONSENT-BY); without it, it gains its own facts only', async () => {
    const referral = {
      pathwayId,
      referralId: 'odense-self',
      kind: 'physio',
      to: party('physioOdense'),
      content: { reason: 'Selvhenvendelse', clinicalInformation: 'Lændesmerter' },
      selfReferral: true,
    };
    expectRefused(await m('physioOdense', 'referral.send', { ...referral, recordConsent: 'treatment' }), {
      rule: 'CONSENT-BY',
    });
    await expectAuditedRefusal('physioOdense', 'referral.send', 'CONSENT-BY');
    // The citizen may come to any physiotherapist (Table 3): a relation, and nothing of the earlier pathway.
    expect((await m('physioOdense', 'referral.send', referral)).data).toBeDefined();
    expect(await health('physioOdense')).toEqual([]);
    // its worklist row carries nothing clinical either (the projection follows the same matrix)
    const rows = await q<{ rows: { pathwayId: string; targetGroup: string | null }[] }>(
      'physioOdense',
      'worklist.mine',
      {},
    );
    const row = rows.data?.rows.find((r) => r.pathwayId === pathwayId);
    expect(row).toBeDefined();
    expect(row?.targetGroup).toBeNull();
    expect(JSON.stringify(rows.data)).not.toContain(SECRET);
    const view = await q<{ consented: boolean }>('physioOdense', 'pathway.get', { pathwayId });
    expect(view.data?.consented).toBe(false);
    expect(JSON.stringify(view.data)).not.toContain(SECRET);
    expect(JSON.stringify(view.data)).not.toContain('lumbar');
  });

  it('SELF-REFERRAL: never to a hospital, a specialist or the jobcentre, by anyone', async () => {
    for (const [who, kind] of [
      ['hospital', 'hospital'],
      ['specialist', 'specialist'],
      ['jobcentreOdense', 'jobcentre-contact'],
      ['painCentre', 'pain-centre'],
    ] as const) {
      const answer = await m(who, 'referral.send', {
        pathwayId,
        referralId: `self-${who}`,
        kind,
        to: party(who),
        content: {},
        selfReferral: true,
      });
      expect(answer.data, who).toBeUndefined();
      expect(answer.rules.length > 0 || answer.code === 'NOT_FOUND', who).toBe(true);
      expect(await health(who), who).toEqual([]);
    }
  });

  it('every stranger: consent to itself, opening, coordinator change, certificate with consent, note, clinical write → NOT_FOUND, audited, nothing gained', async () => {
    const strangers: Who[] = [
      'otherGp',
      'chiro',
      'specialist',
      'hospital',
      'painCentre',
      'prevention',
      'otherPrevention',
      'rehab',
      'jobcentre',
      'jobcentreOdense',
    ];
    for (const who of strangers) {
      const attempts: [string, unknown][] = [
        [
          'consent.give',
          { pathwayId, consentId: `self-${who}`, recipient: party(who), purpose: 'treatment' },
        ],
        [
          'consent.give',
          { pathwayId, consentId: `self-e-${who}`, recipient: party(who), purpose: 'employment' },
        ],
        [
          'pathway.changeCoordinator',
          { pathwayId, coordinator: { actor: 'gp', organisationId: ORGS[who].id } },
        ],
        [
          'jobcentre.requestCertificate',
          {
            pathwayId,
            certificateId: `c-${who}`,
            certificate: 'LAE285',
            to: party('gp'),
            dueBy: '2026-10-20',
            recordConsent: 'employment',
          },
        ],
        [
          'note.send',
          { pathwayId, noteId: `n-${who}`, kind: 'information', to: [party('gp')], content: { text: 'Hej' } },
        ],
        ['assessment.recordIcf', { pathwayId, icf: { bodyFunctions: { painIntensity: 3 } } }],
      ];
      for (const [path, input] of attempts) {
        const answer = await m(who, path, input);
        expect(answer.data, `${who} ${path}`).toBeUndefined();
        expect(answer.code === 'NOT_FOUND' || answer.rules.length > 0, `${who} ${path}: ${answer.code}`).toBe(
          true,
        );
      }
      await expectAuditedRefusal(who, 'consent.give');
      await expectAuditedRefusal(who, 'pathway.coordinator-changed');
      expect((await q(who, 'pathway.get', { pathwayId })).code, who).toBe('NOT_FOUND');
      expectRefused(
        await q(who, 'referral.check', { pathwayId, kind: 'physio', to: party('physio'), content: {} }),
        {
          notFound: true,
        },
      );
    }
  });
});

describe('insider: consent given or taken by the wrong party', () => {
  it('CONSENT-BY: a forged givenBy "citizen" is refused, also from the coordinator', async () => {
    const answer = await m('gp', 'consent.give', {
      pathwayId,
      consentId: 'forged-citizen',
      recipient: party('chiro'),
      purpose: 'treatment',
      givenBy: 'citizen',
    });
    expectRefused(answer, { rule: 'CONSENT-BY' });
    await expectAuditedRefusal('gp', 'consent.give', 'CONSENT-BY');
  });

  it('reproduction: a practice whose consent the citizen withdrew gives it back to itself (CONSENT-BY)', async () => {
    expect(await health('physio')).toEqual(
      expect.arrayContaining(['triaged', 'planUpdated', 'referralSent']),
    );
    const view = await q<{
      entries: {
        visibility: string;
        event?: { type: string; consentId?: string; recipient?: { organisationId: string } };
      }[];
    }>('gp', 'pathway.get', { pathwayId });
    const consentId = view.data?.entries.find(
      (e) => e.event?.type === 'consentGiven' && e.event.recipient?.organisationId === ORGS.physio.id,
    )?.event?.consentId;
    expect((await m('gp', 'consent.withdraw', { pathwayId, consentId })).data).toBeDefined();
    expect(await health('physio')).toEqual([]);
    for (const purpose of ['treatment', 'employment']) {
      expectRefused(
        await m('physio', 'consent.give', {
          pathwayId,
          consentId: `back-${purpose}`,
          recipient: party('physio'),
          purpose,
        }),
        { rule: purpose === 'treatment' ? 'CONSENT-BY' : 'CONSENT-PURPOSE' },
      );
    }
    await expectAuditedRefusal('physio', 'consent.give', 'CONSENT-BY');
    // nor through a referral to itself, nor by recording it for a colleague it has sent nothing to
    expectRefused(
      await m('physio', 'referral.send', {
        pathwayId,
        referralId: 'physio-to-self',
        kind: 'physio',
        to: party('physio'),
        content: { reason: 'x', clinicalInformation: 'y' },
        recordConsent: 'treatment',
      }),
      { rule: 'REFERRAL-ROUTE' },
    );
    expectRefused(
      await m('physio', 'consent.give', {
        pathwayId,
        consentId: 'for-chiro',
        recipient: party('chiro'),
        purpose: 'treatment',
      }),
      { rule: 'CONSENT-BY' },
    );
    expect(await health('physio')).toEqual([]);
  });

  it('reproduction: consent for the purpose employment shows the jobcentre nothing clinical (CONSENT-PURPOSE)', async () => {
    const sent = await m('gp', 'referral.send', {
      pathwayId,
      referralId: 'lae165',
      kind: 'jobcentre-lae165',
      to: party('jobcentre'),
      content: {
        proposal: 'Socialmedicinsk sagsbehandling',
        workSituation: 'Lagerarbejder',
        healthInformation: 'Lændesmerter',
      },
      recordConsent: 'employment',
    });
    expect(sent.data).toBeDefined();
    expect(await health('jobcentre')).toEqual(['referralSent']);
    const view = await q('jobcentre', 'pathway.get', { pathwayId });
    expect(JSON.stringify(view.data)).not.toContain(SECRET);
    // a treatment consent for the jobcentre is refused, from anyone
    expectRefused(
      await m('gp', 'consent.give', {
        pathwayId,
        consentId: 'job-treat',
        recipient: party('jobcentre'),
        purpose: 'treatment',
      }),
      { rule: 'CONSENT-PURPOSE' },
    );
    // and the jobcentre records no consent for itself, except the citizen's signed one with its LÆ 285
    expectRefused(
      await m('jobcentre', 'consent.give', {
        pathwayId,
        consentId: 'job-self',
        recipient: party('jobcentre'),
        purpose: 'employment',
      }),
      { rule: 'CONSENT-BY' },
    );
    await expectAuditedRefusal('jobcentre', 'consent.give', 'CONSENT-BY');
    const request = await m('jobcentre', 'jobcentre.requestCertificate', {
      pathwayId,
      certificateId: 'lae285',
      certificate: 'LAE285',
      to: party('gp'),
      dueBy: '2026-10-20',
      recordConsent: 'employment',
    });
    expect(request.data).toBeDefined();
    expect(await health('jobcentre')).toEqual(['referralSent']);
  });

  it('reproduction: a related party (the jobcentre) withdraws another organisation’s consent (CONSENT-BY)', async () => {
    expectRefused(await m('jobcentre', 'consent.withdraw', { pathwayId, consentId: 'consent-2' }), {
      rule: 'CONSENT-BY',
    });
    await expectAuditedRefusal('jobcentre', 'consent.withdraw', 'CONSENT-BY');
    // the coordinator's own consent still stands
    expect((await q<{ consented: boolean }>('gp', 'pathway.get', { pathwayId })).data?.consented).toBe(true);
  });
});

describe('insider: parties from the directory', () => {
  it('reproduction: a GP sends a physio referral to a jobcentre of another municipality named as a physiotherapist (RECIPIENT-ACTOR)', async () => {
    const answer = await m('gp', 'referral.send', {
      pathwayId,
      referralId: 'forged-actor',
      kind: 'physio',
      to: { actor: 'physio', organisationId: ORGS.jobcentreOdense.id },
      content: { reason: SECRET, clinicalInformation: SECRET },
      recordConsent: 'treatment',
    });
    expectRefused(answer, { rule: 'RECIPIENT-ACTOR' });
    await expectAuditedRefusal('gp', 'referral.send', 'RECIPIENT-ACTOR');
    expect((await q('jobcentreOdense', 'pathway.get', { pathwayId })).code).toBe('NOT_FOUND');
  });

  it('RECIPIENT-ACTOR: a note or a certificate request to an organisation named in a role it does not have is refused', async () => {
    expectRefused(
      await m('gp', 'note.send', {
        pathwayId,
        noteId: 'forged-note',
        kind: 'information',
        to: [{ actor: 'gp', organisationId: ORGS.jobcentreOdense.id }],
        content: { text: SECRET },
      }),
      { rule: 'RECIPIENT-ACTOR' },
    );
    expect((await q('jobcentreOdense', 'pathway.get', { pathwayId })).code).toBe('NOT_FOUND');
  });

  it('HOME-MUNICIPALITY: a jobcentre of another municipality is not reached through a referral, nor a consent', async () => {
    expectRefused(
      await m('gp', 'referral.send', {
        pathwayId,
        referralId: 'lae165-odense',
        kind: 'jobcentre-lae165',
        to: party('jobcentreOdense'),
        content: { proposal: 'x', workSituation: 'y', healthInformation: 'z' },
        recordConsent: 'employment',
      }),
      { rule: 'HOME-MUNICIPALITY' },
    );
    expectRefused(
      await m('gp', 'consent.give', {
        pathwayId,
        consentId: 'odense-job',
        recipient: party('jobcentreOdense'),
        purpose: 'employment',
      }),
      { rule: 'HOME-MUNICIPALITY' },
    );
    expect((await q('jobcentreOdense', 'pathway.get', { pathwayId })).code).toBe('NOT_FOUND');
  });

  it('RECIPIENT-ACTOR: a consent or a coordinator naming an organisation in a role the directory does not give it is refused', async () => {
    expectRefused(
      await m('gp', 'consent.give', {
        pathwayId,
        consentId: 'as-physio',
        recipient: { actor: 'physio', organisationId: ORGS.jobcentre.id },
        purpose: 'treatment',
      }),
      { rule: 'RECIPIENT-ACTOR' },
    );
    expectRefused(
      await m('gp', 'pathway.changeCoordinator', {
        pathwayId,
        coordinator: { actor: 'gp', organisationId: ORGS.physio.id },
      }),
      { rule: 'RECIPIENT-ACTOR' },
    );
    // and only a GP practice records a change of coordinator at all
    expectRefused(
      await m('physio', 'pathway.changeCoordinator', {
        pathwayId,
        coordinator: { actor: 'gp', organisationId: ORGS.physio.id },
      }),
      { rule: 'ACTOR-PERMISSION' },
    );
    expect(await health('jobcentre')).toEqual(['referralSent']);
  });
});

describe('insider: coordination and the access log', () => {
  it('reproduction: another GP reads the citizen’s access log (AUDIT-ACCESS); so do no participant and no stranger', async () => {
    for (const who of EVERYONE.filter((w) => w !== 'gp')) {
      expectRefused(await q(who, 'audit.forCitizen', { citizenId }), { notFound: true });
      await expectAuditedRefusal(who, 'audit.citizen', 'AUDIT-ACCESS');
    }
    const log = await q<{ action: string }[]>('gp', 'audit.forCitizen', { citizenId });
    expect(log.data?.length).toBeGreaterThan(0);
  });

  it('COORDINATOR-LISTING: one open pathway per citizen; a stranger is not told its id', async () => {
    const again = await m('otherGp', 'pathway.open', {
      citizenId,
      scope: { painRegions: ['lumbar'], affectsDailyLife: true },
      consentToCoordinator: true,
    });
    expectRefused(again, { rule: 'PATHWAY-STATE' });
    expect(JSON.stringify(again)).not.toContain(pathwayId);
    await expectAuditedRefusal('otherGp', 'pathway.open', 'PATHWAY-STATE');
  });

  it('reproduction: another GP opens a new pathway for a citizen whose closed pathway was coordinated elsewhere, and becomes its coordinator (COORDINATOR-LISTING)', async () => {
    expect((await m('gp', 'plan.close', { pathwayId, reason: 'Afsluttet efter forløb' })).data).toBeDefined();
    for (const coordinatorOrganisationId of [ORGS.otherGp.id, undefined]) {
      const answer = await m('otherGp', 'pathway.open', {
        citizenId,
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: true,
        ...(coordinatorOrganisationId ? { coordinatorOrganisationId } : {}),
      });
      expectRefused(answer, { rule: 'COORDINATOR-LISTING' });
      await expectAuditedRefusal('otherGp', 'pathway.open', 'COORDINATOR-LISTING');
    }
    // a physiotherapist may open one (direct access), but only naming the listed GP as coordinator
    expectRefused(
      await m('physioOdense', 'pathway.open', {
        citizenId,
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: false,
        coordinatorOrganisationId: ORGS.otherGp.id,
      }),
      { rule: 'COORDINATOR-LISTING' },
    );
    // registering the citizen again, listed with itself, does not change the register
    const again = await m<{ created: boolean }>('otherGp', 'citizen.register', {
      cpr: '140580-1233',
      name: 'Insa Indefra',
      municipality: 'Vejle',
      listedWith: ORGS.otherGp.id,
    });
    expect(again.data?.created).toBe(false);
    expectRefused(
      await m('otherGp', 'pathway.open', {
        citizenId,
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: true,
      }),
      { rule: 'COORDINATOR-LISTING' },
    );
    expectRefused(await q('otherGp', 'audit.forCitizen', { citizenId }), { notFound: true });
    expect((await q('otherGp', 'pathway.get', { pathwayId })).code).toBe('NOT_FOUND');
    // the physiotherapist's new pathway is coordinated by the listed GP and shows it nothing of the old one
    const fresh = await m<{ pathwayId: string; coordinatorOrganisationId: string }>(
      'physioOdense',
      'pathway.open',
      {
        citizenId,
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: false,
      },
    );
    expect(fresh.data?.coordinatorOrganisationId).toBe(ORGS.gp.id);
    expect(await health('physioOdense')).toEqual([]);
  });

  it('CONSENT-BY: withdrawal stays possible after closing, by the coordinator; nobody else gained anything', async () => {
    const view = await q<{
      entries: { event?: { type: string; consentId?: string; recipient?: { organisationId: string } } }[];
    }>('gp', 'pathway.get', { pathwayId });
    const jobConsents = (view.data?.entries ?? []).flatMap((e) =>
      e.event?.type === 'consentGiven' && e.event.recipient?.organisationId === ORGS.jobcentre.id
        ? [e.event.consentId]
        : [],
    );
    expect(jobConsents).toHaveLength(2); // with the LÆ 165, and the citizen's signed one with the LÆ 285
    for (const consentId of jobConsents) {
      expect((await m('gp', 'consent.withdraw', { pathwayId, consentId })).data).toBeDefined();
    }
    expect(await health('jobcentre')).toEqual([]);
    for (const who of EVERYONE.filter((w) => w !== 'gp')) expect(await health(who), who).toEqual([]);
  });
});
