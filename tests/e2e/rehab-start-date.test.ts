import { addDays, dayOf } from '@rygforlob/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accept, end, refer, start } from '../../apps/server/src/demo/commands.ts';
import { rehabPlan } from '../../apps/server/src/demo/content.ts';
import { storePathway } from '../../apps/server/src/demo/seed.ts';
import { on, runStory, type Story } from '../../apps/server/src/demo/story.ts';
import {
  dateField,
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  typeDate,
  VIEWPORTS,
} from './harness.ts';
import { adultOfVejle, operatedAtBackCentre } from './stories.ts';

/**
 * Issue 14 review, §140: "Start genoptræningen" was one click that stamped today, after which a
 * session on an earlier day was refused. Now the start asks for its day (empty, not after today,
 * not before the plan), then asks before it records; CLK-R140-START is judged on that day and a
 * session on it is accepted although the start was recorded days later.
 */
let system: System;
let pathwayId = '';
const today = dayOf(new Date().toISOString());
const dmy = (iso: string) => iso.split('-').reverse().join('.');

beforeAll(async () => {
  const now = new Date();
  system = await startSystem({ now });
  // The plan was sent and received 5 days ago; the course began 3 days ago and is recorded today.
  const person = adultOfVejle(8700, today);
  const story: Story = {
    citizen: person.id,
    coordinator: 'laege.vejle',
    summary: 'e2e: genoptræningsplan modtaget for 5 dage siden, start ikke registreret',
    steps: [
      // The prelude's surgery (yesterday, discharged today) moved a week back.
      ...operatedAtBackCentre({ referral: 'henv-ryg-start', surgery: 'kir-start' }).slice(0, -2),
      on(6, '07:30', 'rygcenter', start('kir-start', 'back-surgery')),
      on(5, '07:00', 'rygcenter', end('kir-start', 'Mikrodiskektomi L5/S1 højre uden komplikationer')),
      on(
        5,
        '08:00',
        'rygcenter',
        refer(
          'gtp-start',
          'rehab-140',
          'genoptraen.vejle',
          rehabPlan({
            admittedDaysBefore: 1,
            diagnosis: 'Tilstand efter mikrodiskektomi',
            summary: 'Selvhjulpen',
            loss: 'Nedsat gangdistance (d450)',
            goals: 'Cykle til arbejde igen',
            wishes: 'Træning om eftermiddagen',
            level: 'basic',
          }),
        ),
      ),
      on(5, '10:00', 'genoptraen.vejle', accept('gtp-start')),
    ],
  };
  const { events } = runStory(story, person, now);
  pathwayId = (await storePathway(system.database.db, person, story, events)).id;
});
afterAll(async () => system?.close());

describe('the start of a §140 course asks for its day and a confirmation (CLK-R140-START, p.55)', () => {
  test('CLK-R140-START: no default day, a confirmation, the clock met on the given day, a session on it accepted', async () => {
    const page = await signIn(system, 'rehab', 'genoptraen.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    // The inbox's late-start banner counts citizens, not a numbered step (issue 14 review).
    await page
      .getByText(
        /^\d+ borgere?: genoptræningen er ikke startet inden fristen\. Tilbyd frit valg af leverandør\.$/,
      )
      .waitFor();
    await page.goto(`${system.address}/rehab/pathway/${pathwayId}`);
    const form = page.getByRole('form', { name: 'Start genoptræningen' });
    await form.waitFor();
    const day = dateField(form, 'Genoptræningen startede den');
    expect(await day.getByRole('spinbutton').allTextContents()).toEqual(['dd', 'mm', 'åååå']);

    // Without a day nothing is recorded and nothing is asked.
    await form.getByRole('button', { name: 'Start genoptræningen' }).click();
    expect(await form.getByRole('alertdialog').count()).toBe(0);
    expect(await page.getByText(/Genoptræningen er startet/).count()).toBe(0);

    // A day after today is refused by the field, in Danish.
    await typeDate(day, addDays(today, 1));
    await form.getByRole('button', { name: 'Start genoptræningen' }).click();
    await form
      .getByText(/senest|efter/i)
      .first()
      .waitFor();
    expect(await form.getByRole('alertdialog').count()).toBe(0);

    // Three days ago: asked, then cancelled (nothing recorded), then confirmed.
    const started = addDays(today, -3);
    await typeDate(day, started);
    await form.getByRole('button', { name: 'Start genoptræningen' }).click();
    const question = form.getByRole('alertdialog');
    await question.getByText(dmy(started)).waitFor();
    await screenshot(page, 'rehab-start-01-confirm');
    await question.getByRole('button', { name: 'Fortryd' }).click();
    expect(await page.getByText(/Genoptræningen er startet/).count()).toBe(0);
    await form.getByRole('button', { name: 'Start genoptræningen' }).click();
    await form.getByRole('alertdialog').getByRole('button', { name: 'Ja, registrér starten' }).click();
    await page.getByText(`Genoptræningen er startet ${dmy(started)}.`).waitFor();
    // Met on the day it began (within 7 days of receipt): no late-start banner or overdue card.
    expect(await page.getByText(/ikke startet inden fristen/).count()).toBe(0);

    // A session held on the start day, recorded today, is accepted.
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /§ 140/ }) });
    await typeDate(dateField(card, 'Dato for gangen'), started);
    await card.getByRole('radio', { name: 'Bedre' }).check({ force: true });
    await card.getByRole('button', { name: 'Registrér gangen' }).click();
    await card.getByText('Gangen er registreret.').waitFor();
    // One start day everywhere (issue 14 review): the course card and the timeline show the day it
    // began, not the day it was recorded; the timeline entry's time stays the recording.
    await card.getByText(`Startet ${dmy(started)} · registrerede gange: 1`).waitFor();
    const timeline = page.getByRole('region', { name: 'Tidslinje' });
    await timeline.getByText(`Indsats startet ${dmy(started)}`).waitFor();
    expect(await page.getByText(`Startet ${dmy(today)}`).count()).toBe(0);
    expect(await timeline.getByText(`Indsats startet ${dmy(today)}`).count()).toBe(0);
    await screenshot(page, 'rehab-start-02-started');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });
});
