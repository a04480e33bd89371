import { addDays, dayOf } from '@rygforlob/domain';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storePathway } from '../../apps/server/src/demo/seed.ts';
import { runStory } from '../../apps/server/src/demo/story.ts';
import { dateField, type System, screenshot, signIn, startSystem, typeDate, VIEWPORTS } from './harness.ts';
import { adultOfVejle, preventionWithCourses } from './stories.ts';

/**
 * Issue 14: react-aria checks a date field when it loses focus, so its message comes or goes
 * just as the pointer presses "Send". Before, that moved the button under the pointer between
 * press and release and the click was lost. A date field now keeps its message's line, and a
 * click straight from the field to the button is a submit, whatever the field then says.
 */
let system: System;
let pathwayId = '';
const today = dayOf(new Date().toISOString());
const dmy = (iso: string) => iso.split('-').reverse().join('.');

beforeAll(async () => {
  const now = new Date();
  system = await startSystem({ now });
  const citizen = adultOfVejle(8500, today);
  const story = {
    citizen: citizen.id,
    coordinator: 'laege.vejle',
    summary: 'e2e',
    steps: preventionWithCourses(),
  };
  const { events } = runStory(story, citizen, now);
  pathwayId = (await storePathway(system.database.db, citizen, story, events)).id;
});
afterAll(async () => system?.close());

/** Where the button is on the page (not in the window, which may scroll to the refused field). */
const top = (button: Locator) => button.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
const focusedRole = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName);

for (const size of ['desktop', 'phone'] as const) {
  describe(`a click on Send straight from a date field (${size})`, () => {
    test('INPUT-INVALID: the button stays still, the bad day is refused by the submit, the good day recorded', async () => {
      const page = await signIn(system, 'rehab', 'forebyg.vejle', { viewport: VIEWPORTS[size] });
      page.setDefaultTimeout(15_000);
      await page.goto(`${system.address}/rehab/pathway/${pathwayId}`);
      const card = page.locator('#case-course-forl-activity');
      const send = card.getByRole('button', { name: 'Registrér gangen' });
      const heldOn = dateField(card, 'Dato for gangen');
      await heldOn.waitFor();
      await card.getByRole('radio', { name: 'Bedre' }).check({ force: true });
      const sessions = card.locator('.rh-sessions li');
      const before = await sessions.count();

      // A bad day (tomorrow): its message comes when the field loses focus, on the press of Send.
      await typeDate(heldOn, addDays(today, 1));
      const still = await top(send);
      await send.click();
      // The submit ran: it refused the day and took the therapist back to the field.
      await card.getByText(`Datoen kan senest være ${dmy(today)}.`).waitFor();
      await expect.poll(() => focusedRole(page)).toBe('spinbutton');
      expect(await top(send)).toBe(still);
      await screenshot(page, `rehab-date-send-01-refused-${size}`);

      // Corrected, the message goes as the field loses focus, on the press of Send: still a click.
      await typeDate(heldOn, today);
      await send.click();
      await expect.poll(() => sessions.count()).toBe(before + 1);
      expect(await sessions.last().textContent()).toContain(`${dmy(today)} · Bedre`);
      expect(await card.getByText(/Datoen kan senest/).count()).toBe(0);
      await screenshot(page, `rehab-date-send-02-recorded-${size}`);
      await page.context().close();
    });
  });
}
