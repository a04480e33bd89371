import { addDays, ageOn, dayOf } from '@rygforlob/domain';
import type { TestCitizen } from '@rygforlob/domain/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { open, plan, triage } from '../../apps/server/src/demo/commands.ts';
import { storePathway } from '../../apps/server/src/demo/seed.ts';
import { on, runStory } from '../../apps/server/src/demo/story.ts';
import { syntheticCitizen } from '../../apps/server/src/demo/synthetic-citizens.ts';
import {
  dateField,
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  typeDate,
} from './harness.ts';

/**
 * Journey 3 (issue 5): the GP sends LÆ 165 with the citizen's consent in the clinic app; Jobcenter
 * Vejle's caseworker takes the case in the employment app, registers sick leave over 8 weeks,
 * fast track and the meeting within 14 days, gets LÆ 285 from the GP; the citizen withdraws
 * consent and the health details vanish from the caseworker's view; the GP's access log shows
 * every access. Jobcenter Odense never sees the Vejle citizen.
 */
let system: System;
const HEALTH = 'Bevægelsesangst efter løfteskade; træner hos fysioterapeut';
const ABILITY = 'Kan varetage lettere kontoropgaver 4 timer dagligt';
const cases: Record<'lae165' | 'own', { pathwayId: string; citizen: TestCitizen }> = {} as never;

/** Fictitious working-age citizens of Vejle, not in the demo: the GP has opened and triaged. */
async function seed(now: Date): Promise<void> {
  const today = dayOf(now.toISOString());
  const adults = Array.from({ length: 80 }, (_, i) => syntheticCitizen(7700 + i, 'Vejle')).filter((c) => {
    const age = ageOn(c.birthDate, today);
    return age >= 25 && age <= 60;
  });
  for (const [key, citizen] of [
    ['lae165', adults[0]],
    ['own', adults[1]],
  ] as const) {
    if (!citizen) throw new Error('no working-age synthetic citizen');
    const story = {
      citizen: citizen.id,
      coordinator: 'laege.vejle' as const,
      summary: 'e2e: sygemeldt lagermedarbejder',
      steps: [
        on(20, '09:00', 'laege.vejle', open('laege.vejle')),
        on(20, '09:05', 'laege.vejle', triage({ complicating: { psychosocial: true } })),
        on(
          20,
          '09:15',
          'laege.vejle',
          plan({
            goals: [{ goal: 'Tilbage på lageret på fuld tid', subGoals: ['Løfte 10 kg'] }],
            interventions: ['self-management', 'exercise', 'work'],
            agreements: 'Gåtur hver dag; øvelser fra pjecen',
          }),
        ),
      ],
    };
    const { events } = runStory(story, citizen, now);
    const row = await storePathway(system.database.db, citizen, story, events);
    cases[key] = { pathwayId: row.id, citizen };
  }
}

beforeAll(async () => {
  const now = new Date();
  system = await startSystem({ now });
  await seed(now);
});
afterAll(async () => system?.close());

/** A main screen: photographed for a human to look at, and free of serious axe findings. */
async function mainScreen(page: Page, name: string) {
  await screenshot(page, `employment-${name}`);
  expect(await seriousAccessibilityProblems(page), name).toEqual([]);
}
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name, exact: true });
const today = () => dayOf(new Date().toISOString());
const caseUrl = (key: 'lae165' | 'own') => `${system.address}/employment/case/${cases[key].pathwayId}`;

describe('journey 3: sick leave at the jobcentre (FAST-TRACK, LAE285, JOB-CONSENT)', () => {
  let gp: Page;
  let caseworker: Page;

  test('LAE165-CONTENT JOB-CONSENT: the GP sends LÆ 165 with the citizen’s consent from the clinic app', async () => {
    gp = await signIn(system, 'clinic', 'laege.vejle');
    await gp.goto(`${system.address}/clinic/pathway/${cases.lae165.pathwayId}?tab=referral`);
    await gp.locator('select[name="kind"]').selectOption('jobcentre-lae165');
    await gp.locator('select[name="to.organisationId"]').selectOption('org-jobcenter-vejle');
    const fill = (field: string, text: string) => gp.locator(`[name="content.${field}"]`).fill(text);
    await fill('proposal', 'Tidlig dialog med arbejdspladsen om lettere opgaver');
    await fill('workSituation', 'Lagermedarbejder på fuld tid; sygemeldt i to uger');
    await fill('healthInformation', HEALTH);
    await gp.locator('input[name="consent"]').check({ force: true });
    await gp.getByRole('button', { name: /^Send / }).click();
    await gp.getByRole('status').getByText(/sendt/i).first().waitFor();
  });

  test('the caseworker’s caseload holds the citizen with the new LÆ 165; the case shows the health information', async () => {
    caseworker = await signIn(system, 'employment', 'jobcenter.vejle');
    await caseworker.getByRole('heading', { level: 1, name: 'Sagsliste' }).waitFor();
    const row = caseworker.getByRole('row').filter({ hasText: cases.lae165.citizen.name });
    await row.getByText('LÆ 165 til jobcenter').waitFor();
    await mainScreen(caseworker, '01-caseload');

    await row.getByRole('link', { name: cases.lae165.citizen.name }).click();
    await caseworker.getByRole('heading', { name: 'Nye henvendelser' }).waitFor();
    await mainScreen(caseworker, '02-case-inbox');
    await caseworker.getByRole('button', { name: 'Acceptér henvendelsen' }).click();
    await caseworker.getByRole('heading', { name: 'Nye henvendelser' }).waitFor({ state: 'detached' });
    const health = caseworker.getByRole('region', { name: /Helbredsoplysninger/ });
    await health.getByText(HEALTH).waitFor();
    await health.getByText('Samtykke givet').waitFor();
    // JOB-CONSENT, CONSENT-PURPOSE (issue 8): what was sent to the jobcentre, never the plan or triage, and it says so
    await health.getByText(/Triage, vurderinger, planer, indsatser og medicin vises aldrig/).waitFor();
    expect(await caseworker.locator('body').textContent()).not.toContain('Tilbage på lageret på fuld tid');
    // JOB-CONSENT: the slice never holds the triage, so the header has no triage chip at all,
    // not "Ikke triageret" for a pathway the GP triaged (issue 14 review).
    const header = caseworker.getByRole('region', { name: cases.lae165.citizen.name });
    await header.waitFor();
    expect(await header.getByText(/Ikke triageret|Vises ikke uden samtykke/).count()).toBe(0);
    await mainScreen(caseworker, '02-case-overview-consented');
  });

  test('PARTIAL-LEAVE FAST-TRACK: partial leave under 4 hours is refused; full leave over 8 weeks prompts fast track', async () => {
    await tab(caseworker, 'Sygemelding');
    const leave = panel(caseworker, 'Sygemelding');
    await typeDate(dateField(leave, 'Første sygedag'), addDays(today(), -14));
    await leave.getByRole('radio', { name: 'Delvis' }).check({ force: true });
    await leave.getByLabel('Fravær, timer om ugen').fill('2');
    await leave.getByLabel('Forventet varighed i uger').fill('12');
    await leave.getByLabel('Forventet varighed i uger').press('Tab');
    await leave.getByRole('button', { name: 'Registrér sygemelding' }).click();
    // The rule in words; its code and page sit behind "Hvorfor?" (issue 14).
    await leave.locator('.ry-alert__title', { hasText: 'Delvis sygemelding' }).first().waitFor();
    expect(await leave.getByText(/s\. 42 \(PARTIAL-LEAVE\)/).count()).toBeGreaterThan(0);

    await leave.getByRole('radio', { name: 'Fuld' }).check({ force: true });
    await leave.getByRole('button', { name: 'Registrér sygemelding' }).click();
    await leave.getByRole('status').getByText('Gemt.').first().waitFor();
    const advice = caseworker.getByRole('region', { name: 'Beslutningsstøtte' });
    await advice.locator('.ry-alert__title', { hasText: 'Sygemelding over 8 uger' }).first().waitFor();
    // FAST-TRACK in words, inside the CLK-SICK-8W card (its code behind "Hvorfor?").
    await expect.poll(() => advice.textContent()).toMatch(/samtale senest 2 uger efter anmodningen/);
    expect(await advice.getByText(/\(FAST-TRACK\)\.$/).count()).toBeGreaterThan(0);

    await leave.getByRole('radio', { name: 'Borgeren (lønmodtager)' }).check({ force: true });
    await typeDate(dateField(leave, 'Anmodet den'), today()); // no default date (issue 14)
    await leave.getByRole('button', { name: 'Registrér anmodning om fast track' }).click();
    await leave.getByText(`Indkald borgeren til samtale senest`).waitFor();
    await typeDate(dateField(leave, 'Revurderes den'), addDays(today(), 20));
    await leave.getByRole('button', { name: 'Fastsæt revurdering' }).click();
    await advice.getByText('Revurdering af sygedagpenge').first().waitFor();
    await mainScreen(caseworker, '03-sick-leave');
  });

  test('CLK-FASTTRACK FAST-TRACK: the fast-track meeting within 14 days, its questions, and the return-to-work plan', async () => {
    await tab(caseworker, 'Samtaler');
    const meetings = panel(caseworker, 'Samtaler');
    await meetings.getByRole('radio', { name: 'Fast track-samtale' }).check({ force: true });
    await typeDate(dateField(meetings, 'Dato'), addDays(today(), 10));
    await meetings.getByRole('button', { name: 'Indkald' }).click();
    await meetings.getByText('Planlagt').waitFor();
    expect(await meetings.getByText(/\(FAST-TRACK\)\.$/).count()).toBe(1); // the rule note, no warning
    await meetings.getByText('Hvordan vurderer borgeren selv sin arbejdsevne').waitFor();
    await mainScreen(caseworker, '04-meetings');
    await meetings
      .getByLabel('Referat')
      .fill('Borgeren vil gerne tilbage; arbejdsgiver tilbyder lettere opgaver');
    await meetings
      .getByLabel('Plan for tilbagevenden til arbejde')
      .fill('4 timer dagligt i 3 uger, derefter 6');
    await meetings.getByRole('button', { name: 'Gem referat' }).click();
    await meetings.getByText(/^Holdt /).waitFor();
    await meetings.getByText('4 timer dagligt i 3 uger, derefter 6').waitFor();
  });

  test('LAE285: the caseworker requests LÆ 285 before week 8; the GP answers in the clinic app; it lands on the case', async () => {
    await tab(caseworker, 'Attester');
    const certs = panel(caseworker, 'Attester');
    await certs.getByText('Sendes til borgerens egen læge: Lægerne Kirkegade, Vejle').waitFor();
    await certs.getByRole('button', { name: 'Send anmodning' }).click();
    await certs.getByText(/Afventer svar/).waitFor();
    await mainScreen(caseworker, '05-certificates');

    await gp.goto(`${system.address}/clinic/pathway/${cases.lae165.pathwayId}?tab=notes`);
    await gp.getByLabel('Arbejdsevne').fill(ABILITY);
    await gp.getByLabel('Skånehensyn').fill('Ingen løft over 10 kg i 6 uger');
    await gp.getByRole('button', { name: 'Send svar til jobcentret' }).click();
    await gp.getByRole('heading', { name: 'Attester til besvarelse' }).waitFor({ state: 'detached' });

    await caseworker.reload();
    await certs.getByText(/^Besvaret /).waitFor();
    await tab(caseworker, 'Overblik');
    await caseworker
      .getByRole('region', { name: /Helbredsoplysninger/ })
      .getByText(ABILITY)
      .waitFor();
  });

  test('JOB-CONSENT: the citizen withdraws consent; the health details vanish from the caseworker’s view at once', async () => {
    await tab(caseworker, 'Samtykke');
    const consent = panel(caseworker, 'Samtykke');
    await consent.getByRole('button', { name: 'Borgeren trækker samtykket tilbage' }).click();
    await consent.getByRole('button', { name: 'Ja, træk tilbage' }).click();
    await consent.getByText('Der er intet aktivt samtykke').waitFor();
    await mainScreen(caseworker, '06-consent-withdrawn');

    await tab(caseworker, 'Overblik');
    const health = caseworker.getByRole('region', { name: /Helbredsoplysninger/ });
    await health.getByText(/Sagen har \d+ oplysninger? fra sundhedsvæsenet/).waitFor();
    const visible = async () => (await caseworker.locator('body').textContent()) ?? '';
    for (const text of [HEALTH, ABILITY, 'Tilbage på lageret på fuld tid'])
      expect(await visible()).not.toContain(text);
    // the employment facts are the jobcentre's own and stay
    expect(await visible()).toContain('Fuld sygemelding');
    await mainScreen(caseworker, '07-health-withheld');
    await caseworker.reload();
    await health.getByText('Vises ikke uden samtykke').waitFor();
    for (const text of [HEALTH, ABILITY]) expect(await visible()).not.toContain(text);
  });

  test('a citizen’s own contact: found by CPR in Vejle; the jobcentre cannot attach itself to the health pathway (SELF-REFERRAL, CONSENT-BY)', async () => {
    await caseworker.getByRole('navigation').getByRole('link', { name: 'Find borger' }).click();
    await caseworker.getByLabel('CPR-nummer').fill(cases.own.citizen.cpr);
    await caseworker.getByRole('button', { name: 'Find', exact: true }).click();
    await caseworker.getByText(/Jobcentret kan ikke selv tilknytte sig forløbet/).waitFor();
    await mainScreen(caseworker, '08-find-citizen');
    expect(await caseworker.getByRole('button', { name: 'Registrér henvendelsen' }).count()).toBe(0);
    expect(await caseworker.locator('input[name="consent"]').count()).toBe(0);
    expect(caseworker.url()).not.toBe(caseUrl('own'));
  });

  test('a viewer of one municipality never sees another municipality’s citizens: Jobcenter Odense cannot open the Vejle citizen', async () => {
    const odense = await signIn(system, 'employment', 'jobcenter.odense');
    await odense.getByRole('heading', { level: 1, name: 'Sagsliste' }).waitFor();
    await odense.getByRole('table').waitFor();
    expect(await odense.getByText(cases.lae165.citizen.name).count()).toBe(0);
    await odense.goto(caseUrl('lae165'));
    await odense.getByText('Forløbet findes ikke, eller du har ikke adgang til det.').waitFor();
    expect(await odense.locator('body').textContent()).not.toContain(cases.lae165.citizen.name);
    await odense.getByRole('navigation').getByRole('link', { name: 'Find borger' }).click();
    await odense.getByLabel('CPR-nummer').fill(cases.lae165.citizen.cpr);
    await odense.getByRole('button', { name: 'Find', exact: true }).click();
    await odense.getByText('Ingen borger med dette CPR-nummer i jobcentrets kommune.').waitFor();
    expect(await odense.locator('body').textContent()).not.toContain(cases.lae165.citizen.name);
    await mainScreen(odense, '09-other-municipality');
    await odense.context().close();
  });

  test('the access log, shown to the GP (audit.forCitizen), holds every access, including the refused ones', async () => {
    const call = async (path: string, input: unknown) =>
      gp.evaluate(
        async ([p, i]) => {
          const res = await fetch(`/trpc/${p}?input=${encodeURIComponent(JSON.stringify(i))}`);
          return (await res.json()) as { result?: { data: unknown } };
        },
        [path, input] as const,
      );
    const view = (await call('pathway.get', { pathwayId: cases.lae165.pathwayId })).result?.data as {
      citizen: { id: string };
    };
    const log = (await call('audit.forCitizen', { citizenId: view.citizen.id })).result?.data as {
      organisationId: string;
      action: string;
      outcome: string;
    }[];
    const by = (org: string) =>
      new Set(log.filter((r) => r.organisationId === org).map((r) => `${r.action}:${r.outcome}`));
    const vejle = by('org-jobcenter-vejle');
    for (const action of [
      'pathway.get',
      'referral.accept',
      'jobcentre.sick-leave',
      'jobcentre.fast-track',
      'jobcentre.benefit-review',
      'jobcentre.meeting.schedule',
      'jobcentre.meeting.held',
      'jobcentre.certificate.request',
      'consent.withdraw',
    ])
      expect([...vejle], action).toContain(`${action}:ok`);
    expect([...vejle]).toContain('jobcentre.sick-leave:denied'); // the refused partial leave
    expect([...by('org-gp-vejle')]).toEqual(
      expect.arrayContaining(['referral.send:ok', 'jobcentre.certificate.answer:ok']),
    );
    // The GP reads the rows of the pathway it coordinates (AUDIT-ACCESS); the refused CPR lookup
    // names no pathway and is in the citizen's own log.
    expect([...by('org-jobcenter-odense')]).toEqual(expect.arrayContaining(['pathway.get:denied']));
    await gp.context().close();
    await caseworker.context().close();
  });
});
