import { dayOf } from '@rygforlob/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  typeDate,
} from './harness.ts';

/**
 * Issue 14 in the clinic: a physiotherapy session is recorded with the day it was held
 * (sessionRecorded.heldOn). The field starts empty, never today by default, is required, and the
 * session list shows that day rather than the day it was typed in.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

// Camilla Testholm (apps/server/src/demo/stories-vejle-primary.ts): in exercise therapy at
// Fysioterapien Havneparken (fys.vejle) since 35 days ago, two sessions recorded.
const NAME = 'Camilla Testholm';
const EMPTY = ['dd', 'mm', 'åååå'];

describe('a clinic session has a date (issue 14)', () => {
  test('sessionRecorded.heldOn: empty by default, required, and listed by that day', async () => {
    const page = await signIn(system, 'clinic', 'fys.vejle');
    page.setDefaultTimeout(15_000);
    await page.getByRole('link', { name: NAME }).first().click();
    await page.getByRole('tab', { name: 'Behandling', exact: true }).click();
    const record = page.getByRole('button', { name: 'Registrér behandling' });
    const card = page.getByRole('article').filter({ has: record });
    const heldOn = card.getByRole('group', { name: /^Dato for behandling \d+$/ });
    await heldOn.waitFor();
    expect(await heldOn.getByRole('spinbutton').allTextContents()).toEqual(EMPTY);

    // Without a day the session is not recorded: the field says what it needs.
    await card.getByRole('radio', { name: 'Bedre' }).locator('xpath=ancestor::label[1]').click();
    await expect.poll(() => card.getByRole('radio', { name: 'Bedre' }).isChecked()).toBe(true);
    await record.click();
    await card.getByText('Skriv en dato (dd.mm.åååå).').waitFor();
    const rows = card.getByRole('row');
    const before = await rows.count();

    // Held three days ago, recorded today: the list shows the day it was held.
    const held = dayOf(new Date(Date.now() - 3 * 86_400_000).toISOString());
    const dmy = held.split('-').reverse().join('.');
    await typeDate(heldOn, held);
    await page.keyboard.press('Tab');
    await expect.poll(() => card.getByText('Skriv en dato (dd.mm.åååå).').count()).toBe(0);
    await card.locator('[name="note"]').fill('Løfter 8 kg uden udstråling');
    await record.click();
    await expect.poll(() => rows.count()).toBe(before + 1);
    const last = rows.last();
    await expect.poll(() => last.textContent()).toContain(dmy);
    expect(await last.textContent()).toContain('Løfter 8 kg uden udstråling');
    // Recorded, the field is empty again for the next session.
    await expect.poll(() => heldOn.getByRole('spinbutton').allTextContents()).toEqual(EMPTY);
    await screenshot(page, 'clinic-session-date');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });
});
