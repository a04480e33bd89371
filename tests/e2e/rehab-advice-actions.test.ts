import { dayOf } from '@rygforlob/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refer } from '../../apps/server/src/demo/commands.ts';
import { rehabPlan } from '../../apps/server/src/demo/content.ts';
import { storePathway } from '../../apps/server/src/demo/seed.ts';
import { on, runStory, type Story } from '../../apps/server/src/demo/story.ts';
import {
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  VIEWPORTS,
} from './harness.ts';
import { adultOfVejle, operatedAtBackCentre, preventionWithCourses } from './stories.ts';

/**
 * Issue 14 in the rehab app: each advice card the municipality sees carries the action that
 * answers it, a button that opens the case page's section if folded, scrolls it into view and
 * focuses its first field (R140-GRADE, CLK-R140-START, R140-7-DAYS, PLAN-REVIEW, P119-CLOSE).
 */
let system: System;
const names = { r140: '', p119: '' };
const ids = { r140: '', p119: '' };

async function seed(now: Date): Promise<void> {
  const today = dayOf(now.toISOString());
  // §140: operated at the back centre, the rehabilitation plan sent today, not yet received.
  const operated = adultOfVejle(8300, today);
  const r140: Story = {
    citizen: operated.id,
    coordinator: 'laege.vejle',
    summary: 'e2e: genoptræningsplan sendt i dag',
    steps: [
      ...operatedAtBackCentre({ referral: 'henv-ryg-adv', surgery: 'kir-adv' }),
      on(
        0,
        '08:00',
        'rygcenter',
        refer(
          'gtp-adv',
          'rehab-140',
          'genoptraen.vejle',
          rehabPlan({
            admittedDaysBefore: 1,
            diagnosis: 'Tilstand efter mikrodiskektomi',
            summary: 'Selvhjulpen',
            loss: 'Nedsat gangdistance (d450)',
            goals: 'Gå min hund en time igen',
            wishes: 'Træning om morgenen',
            level: 'advanced',
          }),
        ),
      ),
    ],
  };
  // §119: two courses, one with three sessions without progress, one ended without a closing note.
  const prevention = adultOfVejle(8400, today);
  const p119: Story = {
    citizen: prevention.id,
    coordinator: 'laege.vejle',
    summary: 'e2e: § 119 med forløb uden fremgang',
    steps: preventionWithCourses(),
  };
  for (const [key, story, person] of [
    ['r140', r140, operated],
    ['p119', p119, prevention],
  ] as const) {
    const { events } = runStory(story, person, now);
    ids[key] = (await storePathway(system.database.db, person, story, events)).id;
    names[key] = person.name;
  }
}

beforeAll(async () => {
  const now = new Date();
  system = await startSystem({ now });
  await seed(now);
});
afterAll(async () => system?.close());

const advicePanel = (page: Page) => page.getByRole('region', { name: 'Beslutningsstøtte' });

/** What has focus: its role-ish tag, accessible label text and the section it lies in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelled = el?.getAttribute('aria-labelledby')?.split(' ')[0];
    return {
      tag: el?.tagName.toLowerCase(),
      type: el?.getAttribute('type') ?? el?.getAttribute('role') ?? '',
      name: el?.getAttribute('name') ?? '',
      text: (el?.textContent ?? '').trim(),
      label: labelled ? (document.getElementById(labelled)?.textContent ?? '') : '',
      section: el?.closest('[id^="case-"]')?.id ?? '',
    };
  });

/** The focused element lies inside the window. */
const focusInView = (page: Page) =>
  page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight);
  });

async function follow(page: Page, label: string) {
  await advicePanel(page).getByRole('button', { name: label }).click();
  await expect.poll(() => focusInView(page)).toBe(true);
}

describe('rehab advice cards lead to the section that answers them (issue 14)', () => {
  test('R140-GRADE CLK-R140-START: receive the plan, grade it, then go to the start', async () => {
    const page = await signIn(system, 'rehab', 'genoptraen.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    await page.goto(`${system.address}/rehab/pathway/${ids.r140}`);
    await page.getByText('Gå min hund en time igen').waitFor();
    await screenshot(page, 'rehab-advice-01-plan-received');
    // Not yet received: the grading and the start both begin with receiving the plan, offered once.
    expect(await advicePanel(page).getByRole('button', { name: 'Modtag planen' }).count()).toBe(1);
    await advicePanel(page).getByRole('button', { name: 'Modtag planen' }).first().click();
    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'button', text: 'Modtag genoptræningsplanen' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Visitation' }).waitFor();

    // R140-GRADE: fold the grading away, then the card's button opens it at its first choice.
    await page.locator('#case-grade > summary').click();
    expect(await page.locator('#case-grade').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await follow(page, 'Visitér planen');
    expect(await page.locator('#case-grade').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await focused(page)).toMatchObject({ tag: 'input', type: 'radio', section: 'case-grade' });
    await page.getByRole('radio', { name: /Avanceret genoptræning/ }).check({ force: true });
    await page.getByRole('button', { name: 'Gem visitation' }).click();
    await page.getByText('Visitationen er gemt.').waitFor();
    await expect
      .poll(() => advicePanel(page).getByRole('button', { name: 'Visitér planen' }).count())
      .toBe(0);

    // CLK-R140-START: the start of the course, its one action focused.
    await page.mouse.wheel(0, -2000);
    await follow(page, 'Gå til opstarten');
    // The start asks for its day first (issue 14 review): focus is on that date field.
    expect(await focused(page)).toMatchObject({ type: 'spinbutton', section: 'case-start' });
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('.ry-field')?.querySelector('[name]')?.getAttribute('name'),
      ),
    ).toBe('startedOn');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  test('R140-7-DAYS: the overdue plan’s card opens the free choice at the provider field', async () => {
    const page = await signIn(system, 'rehab', 'genoptraen.vejle', { viewport: VIEWPORTS.phone });
    page.setDefaultTimeout(15_000);
    await page.locator('table').getByRole('link', { name: 'Erik Opdigtgaard' }).click();
    const choice = page.locator('#case-free-choice');
    await choice.waitFor();
    if (await choice.evaluate((d) => (d as HTMLDetailsElement).open)) await choice.locator('summary').click();
    await follow(page, 'Registrér borgerens frie valg');
    expect(await choice.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await focused(page)).toMatchObject({ name: 'provider', section: 'case-free-choice' });
    await screenshot(page, 'rehab-advice-02-free-choice-phone');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  test('PLAN-REVIEW P119-CLOSE: three sessions without progress lead to the course; an ended course to the closing note', async () => {
    const page = await signIn(system, 'rehab', 'forebyg.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    await page.goto(`${system.address}/rehab/pathway/${ids.p119}`);
    await advicePanel(page).getByRole('button', { name: 'Gå til indsatsen' }).waitFor();
    await screenshot(page, 'rehab-advice-03-course-cards');
    await follow(page, 'Gå til indsatsen');
    // The running course with no progress, at the day of its next session.
    expect(await focused(page)).toMatchObject({
      type: 'spinbutton',
      section: 'case-course-forl-activity',
    });

    await page.mouse.wheel(0, -3000);
    await follow(page, 'Skriv afslutningsnotatet');
    expect(await focused(page)).toMatchObject({ name: 'content.reason', section: 'case-closing-note' });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });
});
