import { dayOf } from '@rygforlob/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { start } from '../../apps/server/src/demo/commands.ts';
import { storePathway } from '../../apps/server/src/demo/seed.ts';
import { on, runStory } from '../../apps/server/src/demo/story.ts';
import {
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  VIEWPORTS,
} from './harness.ts';
import { adultOfVejle, preventionWithCourses } from './stories.ts';

/**
 * Issue 14: the PSQI's bedtime and getting-up time (Q1, Q3) are times of day on the 24-hour clock
 * in our own field, not the browser's time input (which an English browser shows as "--:-- --"
 * with AM/PM). Typed as a Dane writes them, they reach the domain as 'HH:MM' and are scored.
 */
let system: System;
let pathwayId = '';

beforeAll(async () => {
  const now = new Date();
  system = await startSystem({ now });
  const citizen = adultOfVejle(8600, dayOf(now.toISOString()));
  const steps = [
    ...preventionWithCourses(),
    on(4, '11:00', 'forebyg.vejle', start('forl-sleep', 'prevention-119', 'henv-119-adv', 'sleep')),
  ];
  const story = { citizen: citizen.id, coordinator: 'laege.vejle', summary: 'e2e: søvn', steps };
  const { events } = runStory(story, citizen, now);
  pathwayId = (await storePathway(system.database.db, citizen, story, events)).id;
});
afterAll(async () => system?.close());

describe('Q-PSQI times of day in an English browser (issue 14)', () => {
  test('Q-PSQI: 23.00 to 07.00 typed on the 24-hour clock, scored and saved', async () => {
    const page = await signIn(system, 'rehab', 'forebyg.vejle', {
      viewport: VIEWPORTS.phone,
      locale: 'en-US',
    });
    page.setDefaultTimeout(15_000);
    await page.goto(`${system.address}/rehab/pathway/${pathwayId}`);
    const form = page.getByRole('form', { name: 'Søvnkvalitet (PSQI)' });
    const bedtime = form.getByRole('group', { name: 'Sengetid (Q1)' });
    await bedtime.waitFor();
    // Two parts, hours and minutes: no AM/PM part, as a 24-hour clock has none.
    expect(await bedtime.getByRole('spinbutton').count()).toBe(2);
    expect(await form.locator('input[type="time"]').count()).toBe(0);
    await bedtime.getByRole('spinbutton').first().click();
    await page.keyboard.type('2300');
    const getUp = form.getByRole('group', { name: 'Står op (Q3)' });
    await getUp.getByRole('spinbutton').first().click();
    await page.keyboard.type('0700');
    expect((await bedtime.textContent())?.replace(/[\s\u2066-\u2069]/g, '')).toMatch(/^23[.:]00$/);
    expect((await getUp.textContent())?.replace(/[\s\u2066-\u2069]/g, '')).toMatch(/^07[.:]00$/);
    await form.getByRole('textbox', { name: 'Minutter til søvn (Q2)' }).fill('20');
    await form.getByRole('textbox', { name: 'Timers søvn pr. nat (Q4)' }).fill('7');
    // Every 0–3 item answered with its first choice: the live score then stands.
    const groups = form.getByRole('radiogroup');
    for (let i = 0; i < (await groups.count()); i += 1) {
      // One press each, the first straight from the hours field: its commit on leaving must not
      // drop the answer pressed (issue 14).
      const radio = groups.nth(i).getByRole('radio').first();
      await radio.locator('xpath=ancestor::label[1]').click();
      await expect.poll(() => radio.isChecked()).toBe(true);
    }
    await form.getByText(/^PSQI \d+\/21$/).waitFor();
    await screenshot(page, 'rehab-psqi-24h-phone');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await form.getByRole('button', { name: 'Gem PSQI' }).click();
    // Saved: the list above the form holds today's score; the form is empty for the next time.
    await form.locator('li', { hasText: /PSQI \d+\/21/ }).waitFor();
    await expect.poll(() => bedtime.getByRole('spinbutton').first().textContent()).not.toBe('23');
    await page.context().close();
  });
});
