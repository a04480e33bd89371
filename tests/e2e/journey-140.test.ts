import { dayOf } from '@rygforlob/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storePathway } from '../../apps/server/src/demo/seed.ts';
import { runStory, type Story } from '../../apps/server/src/demo/story.ts';
import {
  dateField,
  fieldNamed,
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  typeDate,
} from './harness.ts';
import { adultOfVejle, operatedAtBackCentre } from './stories.ts';

/**
 * Journey 2 (issue 5): Rygcenter Syddanmark discharges a citizen after surgery and sends the
 * §140 rehabilitation plan from the clinic app; Vejle's rehabilitation team sees the 7-day clock,
 * grades and starts the course, closes it, and the slutnotat reaches the hospital and the GP.
 */
let system: System;
let pathwayId = '';
let name = '';
const today = dayOf(new Date().toISOString());

/** A fictitious Vejle citizen operated at the back centre yesterday: ready for discharge. */
async function seedOperatedCitizen(now: Date): Promise<void> {
  const citizen = adultOfVejle(8100, today);
  const story: Story = {
    citizen: citizen.id,
    coordinator: 'laege.vejle',
    summary: 'e2e: diskusprolaps opereret i går, klar til udskrivelse med genoptræningsplan',
    steps: operatedAtBackCentre({ referral: 'henv-ryg-e2e', surgery: 'kir-e2e' }),
  };
  const { events } = runStory(story, citizen, now);
  pathwayId = (await storePathway(system.database.db, citizen, story, events)).id;
  name = citizen.name;
}

async function noSeriousProblems(page: Page, screen: string) {
  await screenshot(page, screen);
  expect(await seriousAccessibilityProblems(page), screen).toEqual([]);
}

beforeAll(async () => {
  const now = new Date();
  system = await startSystem({ now });
  await seedOperatedCitizen(now);
});
afterAll(async () => system?.close());

describe('journey 2: §140 from the hospital to the municipality and back (R140-*, CLK-R140-START)', () => {
  test('R140-PLAN-CONTENT R140-SAME-DAY: the hospital sends the rehabilitation plan on the day of discharge', async () => {
    const page = await signIn(system, 'clinic', 'rygcenter');
    await page.goto(`${system.address}/clinic/pathway/${pathwayId}?tab=referral`);
    await page.locator('select[name="kind"]').selectOption('rehab-140');
    await page.locator('select[name="to.organisationId"]').selectOption('org-vejle-genoptraening');
    const fill = (field: string, text: string) => page.locator(`[name="content.${field}"]`).fill(text);
    await typeDate(
      fieldNamed(page, 'content.admissionDate'),
      dayOf(new Date(Date.now() - 86_400_000).toISOString()),
    );
    await typeDate(fieldNamed(page, 'content.dischargeDate'), today);
    await fill('diagnosis', 'Tilstand efter mikrodiskektomi L5/S1 højre');
    await page.locator('input[name="content.afterSurgery"]').check({ force: true });
    await fill('healthAndFunctionSummary', 'Selvhjulpen; går uden hjælpemidler');
    await fill('functionalLossIcf', 'Nedsat gangdistance og løftefunktion (d450, d4300)');
    await fill('citizenGoals', 'Kunne gå min postrute på 8 km igen');
    await fill('suggestions', 'Progressiv træning af ryg og ben; gangtræning; løfteteknik');
    await fill('prognosis', 'God; drøftet med borgeren');
    await fill('rehabilitationNeed', 'Avanceret genoptræning med fokus på tilbagevenden til arbejde');
    await page.locator('input[name="content.level"][value="advanced"]').check({ force: true });
    await fill('citizenInformed', 'Informeret om genoptræning i kommunen og frit valg');
    await fill('followUpAtHospital', 'Telefonisk kontrol om 3 måneder');
    await fill('contact', 'Rygcenter Syddanmark, tlf. 63 48 00 00');
    const consent = page.locator('input[name="consent"]');
    if (await consent.count()) await consent.check({ force: true });
    await page.getByRole('button', { name: /^Send / }).click();
    await page.getByRole('status').getByText(/sendt/i).first().waitFor();
    await page.context().close();
  });

  test('CLK-R140-START: the inbox shows the 7-day clock, overdue plans first, and only Vejle citizens', async () => {
    const page = await signIn(system, 'rehab', 'genoptraen.vejle');
    const rows = page.getByRole('row');
    const fresh = rows.filter({ hasText: name });
    await fresh.getByText(/7 dage tilbage/).waitFor();
    // Erik (demo): plan received 9 days ago and not started, so overdue, so first.
    await expect.poll(() => rows.nth(1).textContent()).toMatch(/Overskredet/);
    // Karen (demo) lives in Odense: her plan went to Odense, never to Vejle.
    expect(await page.getByRole('link', { name: 'Karen Skabelongaard' }).count()).toBe(0);
    await noSeriousProblems(page, 'rehab-inbox-140');
    await page.context().close();
  });

  test('R140-BINDING R140-GRADE: receive the plan, grade it advanced and start within the clock', async () => {
    const page = await signIn(system, 'rehab', 'genoptraen.vejle');
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name: /Genoptræningsplan/ }).waitFor();
    await page.getByText('Kunne gå min postrute på 8 km igen').waitFor();
    expect(await page.getByRole('button', { name: /Afvis/ }).count()).toBe(0);
    await noSeriousProblems(page, 'rehab-140-plan');

    await page.getByRole('button', { name: 'Modtag genoptræningsplanen' }).click();
    await page.getByRole('heading', { name: 'Visitation' }).waitFor();
    await page.getByRole('radio', { name: /Avanceret genoptræning/ }).check({ force: true });
    await page.getByRole('button', { name: 'Gem visitation' }).click();
    await page.getByText('Visitationen er gemt.').waitFor();
    await page
      .getByText(/7 dage tilbage/)
      .first()
      .waitFor();
    await noSeriousProblems(page, 'rehab-140-grade');

    // The start asks for its day (no default) and a confirmation before it is recorded.
    const startForm = page.getByRole('form', { name: 'Start genoptræningen' });
    await typeDate(dateField(startForm, 'Genoptræningen startede den'), today);
    await startForm.getByRole('button', { name: 'Start genoptræningen' }).click();
    await startForm.getByRole('alertdialog').getByRole('button', { name: 'Ja, registrér starten' }).click();
    await page.getByText(/Genoptræningen er startet \d\d\.\d\d\.\d{4}/).waitFor();
  });

  test('R140-CLOSE: attendance, end, and the slutnotat to the hospital and the GP', async () => {
    const page = await signIn(system, 'rehab', 'genoptraen.vejle');
    await page.getByRole('link', { name }).click();
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Genoptræning (§ 140)' }) });
    // A missed session is recorded as such: no progress to state, and it counts as no treatment.
    await card.getByRole('radio', { name: 'Udeblevet' }).check({ force: true });
    await expect.poll(() => card.getByRole('radio', { name: 'Bedre' }).count()).toBe(0);
    await card.locator('[name="note"]').fill('Meldte afbud om morgenen');
    // Attendance has a date: empty, not today, until the therapist gives it (issue 14).
    const heldOn = dateField(card, 'Dato for gangen');
    const empty = ['dd', 'mm', 'åååå'];
    expect(await heldOn.getByRole('spinbutton').allTextContents()).toEqual(empty);
    await card.getByRole('button', { name: 'Registrér gangen' }).click();
    await card.getByText('Skriv en dato (dd.mm.åååå).').waitFor();
    const today = dayOf(new Date().toISOString());
    const dmy = today.split('-').reverse().join('.');
    await typeDate(heldOn, today);
    // The message goes once the field holds a whole day and the therapist moves on.
    await page.keyboard.press('Tab');
    await expect.poll(() => card.getByText('Skriv en dato (dd.mm.åååå).').count()).toBe(0);
    await card.getByRole('button', { name: 'Registrér gangen' }).click();
    await card.getByText(`${dmy} · Udeblevet · Meldte afbud om morgenen`).waitFor();
    // Recorded, the field is empty again for the next session.
    await expect.poll(() => heldOn.getByRole('spinbutton').allTextContents()).toEqual(empty);

    await card.getByRole('radio', { name: 'Mødt' }).check({ force: true });
    await card.getByRole('radio', { name: 'Bedre' }).check({ force: true });
    await card.locator('[name="note"]').fill('Går 2 km; løfter 10 kg med god teknik');
    await typeDate(heldOn, today);
    await page.keyboard.press('Tab');
    await card.getByRole('button', { name: 'Registrér gangen' }).click();
    await card.getByText('Går 2 km; løfter 10 kg med god teknik').waitFor();
    await card
      .locator('[name="outcome"]')
      .fill('Går postruten på 8 km; løfter 15 kg; tilbage på arbejde på nedsat tid');
    await card.getByRole('button', { name: /Afslut indsatsen/ }).click();
    // Ending cannot be undone: the app asks first (issue 14).
    await card.getByRole('alertdialog').getByRole('button', { name: 'Ja, afslut indsatsen' }).click();
    await card.getByText(/Afsluttet/).waitFor();
    // The course's Resultat is what its help text promises: prefilled in the slutnotat's summary.
    expect(await page.locator('textarea[name="content.summary"]').inputValue()).toContain(
      'Går postruten på 8 km; løfter 15 kg; tilbage på arbejde på nedsat tid',
    );

    await page
      .locator('[name="content.agreements"]')
      .fill('Fortsætter selv træning i fitnesscenter to gange om ugen');
    await page.getByRole('button', { name: 'Send Slutnotat (§ 140)' }).click();
    await page.getByText(/Sendt .* til Rygcenter Syddanmark.*Lægerne Kirkegade, Vejle/).waitFor();
    await noSeriousProblems(page, 'rehab-140-closed');
    await page.context().close();
  });

  test('R140-CLOSE: the hospital department and the GP both read the slutnotat', async () => {
    for (const user of ['rygcenter', 'laege.vejle']) {
      const page = await signIn(system, 'clinic', user);
      await page.goto(`${system.address}/clinic/pathway/${pathwayId}`);
      const timeline = page.getByRole('region', { name: 'Tidslinje' });
      // The slutnotat itself (addressed to them), and the course's outcome it reports.
      await timeline.getByText(/Årsag til afslutning: Planlagt afslutning/).waitFor();
      await timeline
        .getByText(/Går postruten på 8 km/)
        .first()
        .waitFor();
      await page.context().close();
    }
  });

  test('R140-7-DAYS: for the overdue plan the citizen’s free choice of a private provider is recorded', async () => {
    const page = await signIn(system, 'rehab', 'genoptraen.vejle');
    // The inbox's red banner leads to the late plan's free choice, its field ready (issue 14).
    await page.locator('.ry-alert').getByRole('link', { name: 'Erik Opdigtgaard' }).click();
    await page
      .getByText(/Overskredet med/)
      .first()
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('provider');
    await page.locator('[name="provider"]').fill('Fysioterapeuterne Vestergade, Vejle (KL-aftalen)');
    await page.getByRole('button', { name: 'Registrér borgerens valg' }).click();
    await page.getByText('Borgeren har valgt: Fysioterapeuterne Vestergade, Vejle (KL-aftalen)').waitFor();
    await noSeriousProblems(page, 'rehab-140-free-choice');
    await page.context().close();
  });
});
