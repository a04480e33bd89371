import { ageOn, dayOf } from '@rygforlob/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { open, plan, triage } from '../../apps/server/src/demo/commands.ts';
import { storePathway } from '../../apps/server/src/demo/seed.ts';
import { on, runStory, type Story } from '../../apps/server/src/demo/story.ts';
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
 * Journey 1 (issue 5): the GP refers a complicated non-specific citizen to §119 with consent in
 * the clinic app; Vejle's prevention team accepts in the rehab app, holds the clarifying
 * conversation, runs the offers and closes with the XDIS15 closing note; the GP reads it.
 */
let system: System;
let pathwayId = '';
let name = '';

/** A fictitious adult of Vejle, not in the demo: the GP has triaged and planned, nothing more. */
async function seedCitizen(now: Date): Promise<void> {
  const citizen = Array.from({ length: 50 }, (_, i) => syntheticCitizen(7000 + i, 'Vejle')).find(
    (c) => ageOn(c.birthDate, dayOf(now.toISOString())) >= 30,
  );
  if (!citizen) throw new Error('no adult synthetic citizen');
  const story: Story = {
    citizen: citizen.id,
    coordinator: 'laege.vejle',
    summary: 'e2e: kompliceret uspecifik, klar til § 119',
    steps: [
      on(21, '09:00', 'laege.vejle', open('laege.vejle')),
      on(
        21,
        '09:05',
        'laege.vejle',
        triage({ complicating: { psychosocial: true, significantFunctionalLimitation: true } }),
      ),
      on(
        21,
        '09:15',
        'laege.vejle',
        plan({
          goals: [{ goal: 'Kunne passe mit arbejde i børnehaven', subGoals: ['Sove en hel nat'] }],
          interventions: ['self-management', 'exercise', 'prevention-119'],
          agreements: 'Gåtur hver dag; øvelser fra pjecen',
        }),
      ),
    ],
  };
  const { events } = runStory(story, citizen, now);
  const row = await storePathway(system.database.db, citizen, story, events);
  pathwayId = row.id;
  name = citizen.name;
}

async function noSeriousProblems(page: Page, screen: string) {
  await screenshot(page, screen);
  expect(await seriousAccessibilityProblems(page), screen).toEqual([]);
}

beforeAll(async () => {
  const now = new Date();
  system = await startSystem({ now });
  await seedCitizen(now);
});
afterAll(async () => system?.close());

describe('journey 1: §119 from the GP to the municipality and back (XREF15, P119-CLOSE)', () => {
  test('P119-CONTENT CONSENT: the GP refers to a clarifying conversation with consent in the clinic app', async () => {
    const gp = await signIn(system, 'clinic', 'laege.vejle');
    await gp.goto(`${system.address}/clinic/pathway/${pathwayId}?tab=referral`);
    await gp.locator('select[name="kind"]').selectOption('prevention-119');
    await gp.locator('select[name="to.organisationId"]').selectOption('org-vejle-forebyggelse');
    const fill = (field: string, text: string) => gp.locator(`[name="content.${field}"]`).fill(text);
    await fill('referralDiagnosis', 'Uspecifikke lænderygsmerter (DM54.5), kompliceret');
    await fill('purpose', 'Afklarende samtale om mestring af smerter, søvn og fysisk aktivitet');
    await fill('clinicalInformation', 'Smerter i 3 måneder; bekymring og dårlig søvn; ingen røde flag');
    await fill('history', 'Forsøgt træning hos fysioterapeut med delvis effekt');
    await fill('practicalCircumstances', 'Arbejder i børnehave; kan komme om eftermiddagen');
    for (const criterion of ['practiceCourseTried', 'aimPreventWorsening', 'courseJudgedHelpful'])
      await gp.locator(`input[name="content.criteria.${criterion}"]`).check({ force: true });
    await gp.locator('input[name="consent"]').check({ force: true });
    await gp.getByRole('button', { name: /^Send / }).click();
    await gp.getByRole('status').getByText(/sendt/i).first().waitFor();
    await gp.context().close();
  });

  test('XREF15: the referral waits in the prevention inbox of Vejle, not of Odense', async () => {
    const odense = await signIn(system, 'rehab', 'forebyg.odense');
    await odense.getByRole('heading', { name: /§ 119/ }).waitFor();
    await odense.getByRole('table').waitFor();
    expect(await odense.getByRole('link', { name }).count()).toBe(0);
    await odense.context().close();

    const vejle = await signIn(system, 'rehab', 'forebyg.vejle');
    const row = vejle.getByRole('row').filter({ hasText: name });
    await row.getByText('Ny').waitFor();
    await noSeriousProblems(vejle, 'rehab-inbox-119');
    await vejle.context().close();
  });

  test('P119-CLOSE ICF-ASSESSMENT: accept, clarifying conversation, offers, attendance, closing note', async () => {
    const page = await signIn(system, 'rehab', 'forebyg.vejle');
    await page.getByRole('link', { name }).click();
    await page
      .getByRole('heading', { name: /^Henvisning/ })
      .first()
      .waitFor();
    await page.getByText('Afklarende samtale om mestring af smerter').waitFor();
    await noSeriousProblems(page, 'rehab-119-referral');

    await page.getByRole('button', { name: 'Acceptér og indkald til samtale' }).click();
    await page.getByRole('heading', { name: 'Afklarende samtale (ICF)' }).waitFor();
    await page
      .locator('[name="icf.bodyFunctions.ownUnderstanding"]')
      .fill('Tror ryggen er slidt; er bange for at løfte');
    await page.locator('[name="icf.bodyFunctions.sleep"]').fill('Vågner flere gange hver nat af smerter');
    await page.locator('[name="icf.activities.description"]').fill('Svært at sidde på hug med børnene');
    await page
      .locator('[name="icf.environmentalFactors.otherMunicipalEfforts"]')
      .fill('Ingen andre kommunale indsatser');
    await page.getByRole('radio', { name: 'Nogen' }).check({ force: true });
    await page.getByRole('button', { name: 'Gem samtalen' }).click();
    await page.getByText('Samtalen er gemt og kan læses af egen læge.').waitFor();

    await page.getByRole('checkbox', { name: 'Lær at tackle kroniske smerter' }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Bedre søvn' }).check({ force: true });
    await noSeriousProblems(page, 'rehab-119-conversation');
    await page.getByRole('button', { name: 'Start valgte tilbud (2)' }).click();
    await page.getByRole('heading', { name: 'Indsatser, fremmøde og fremskridt' }).waitFor();
    await page.getByRole('heading', { name: 'Søvnkvalitet (PSQI)' }).waitFor();

    for (const offer of ['Lær at tackle kroniske smerter', 'Bedre søvn']) {
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: offer }) });
      await card.getByRole('radio', { name: 'Bedre' }).check({ force: true });
      // Attendance has a date, empty until given (issue 14).
      await typeDate(dateField(card, 'Dato for gangen'), dayOf(new Date().toISOString()));
      await page.keyboard.press('Tab');
      await card.locator('[name="note"]').fill('Deltog aktivt');
      await card.getByRole('button', { name: 'Registrér gangen' }).click();
      await card.getByText('Deltog aktivt').waitFor();
      await card.locator('[name="outcome"]').fill(`${offer}: gennemført, bruger redskaberne i hverdagen`);
      await card.getByRole('button', { name: /Afslut indsatsen/ }).click();
      // Ending cannot be undone: the app asks first (issue 14).
      await card.getByRole('alertdialog').getByRole('button', { name: 'Ja, afslut indsatsen' }).click();
      await card.getByText(/Afsluttet/).waitFor();
    }
    await noSeriousProblems(page, 'rehab-119-courses');

    await page
      .locator('[name="content.agreements"]')
      .fill('Fortsætter gåture; kontakter egen læge ved forværring');
    await page.getByRole('button', { name: 'Send Afslutningsnotat (§ 119)' }).click();
    await page.getByText(/Sendt .* til Lægerne Kirkegade, Vejle/).waitFor();
    await noSeriousProblems(page, 'rehab-119-closed');
    await page.context().close();
  });

  test('P119-CLOSE: the GP sees the closing note on the timeline', async () => {
    const gp = await signIn(system, 'clinic', 'laege.vejle');
    await gp.goto(`${system.address}/clinic/pathway/${pathwayId}`);
    const timeline = gp.getByRole('region', { name: 'Tidslinje' });
    await timeline.getByText(/Årsag til afslutning: Planlagt afslutning/).waitFor();
    await gp.context().close();
  });

  test('REFERRAL-ROUTE SELF-REFERRAL: a citizen’s own contact to §119 is registered by CPR, without a consent the team records for itself (Table 3, p.51)', async () => {
    const page = await signIn(system, 'rehab', 'forebyg.vejle');
    await page.getByRole('link', { name: 'Egen henvendelse' }).click();
    await page.getByLabel('CPR-nummer').fill('130543-0171');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('heading', { name: 'Registrér egen henvendelse: Erik Opdigtgaard' }).waitFor();
    const fill = (field: string, text: string) => page.locator(`[name="content.${field}"]`).fill(text);
    await fill('referralDiagnosis', 'Lændesmerter efter operation; vil gerne lære at håndtere dem');
    await fill('purpose', 'Tilbud om mestring og bedre søvn');
    await fill('clinicalInformation', 'Opereret for spinalstenose; sover dårligt');
    await fill('history', 'Genoptræning i kommunen efter operationen');
    await fill('practicalCircumstances', 'Pensionist; konen kører');
    // SELF-REFERRAL, CONSENT-BY (issue 8): the team records no consent for itself; it is told why.
    await page
      .getByText(/En egen henvendelse giver kommunen adgang til det, kommunen selv registrerer/)
      .waitFor();
    expect(await page.getByRole('checkbox', { name: /samtykker/ }).count()).toBe(0);
    await noSeriousProblems(page, 'rehab-119-self-referral');
    await page.getByRole('button', { name: 'Registrér henvendelsen' }).click();
    await page.getByText(/borgerens egen henvendelse/).waitFor();
    await page.getByRole('button', { name: 'Acceptér og indkald til samtale' }).waitFor();
    await page.context().close();
  });
});
