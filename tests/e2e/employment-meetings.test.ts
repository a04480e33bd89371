import { addDays, dayOf } from '@rygforlob/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

/**
 * Issue 14 at the jobcentre: the FAST-TRACK advice card leads to the fast-track request, and a planned
 * meeting can be cancelled (not only moved), after the app asks; the cancelled meeting stays in
 * the list as history and the fast-track clock runs again.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

// Ida Eksempelsen (apps/server/src/demo/stories-vejle-work.ts): on sick leave expected 12 weeks,
// no fast track yet, so the program suggests one (FAST-TRACK, p.42).
const NAME = 'Ida Eksempelsen';
const dmy = (iso: string) => iso.split('-').reverse().join('.');

describe('the jobcentre answers its advice and can cancel a meeting (issue 14)', () => {
  test('FAST-TRACK: the card button opens the fast-track request; a booked meeting is cancelled after a question', async () => {
    const page = await signIn(system, 'employment', 'jobcenter.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    await page.getByRole('link', { name: NAME }).first().click();
    const advice = page.getByRole('region', { name: 'Beslutningsstøtte' });
    await advice.waitFor();
    await screenshot(page, 'meetings-00-case');
    // FAST-TRACK and CLK-SICK-8W ask for the same act: one card, one button, both codes behind
    // its "Hvorfor?" (issue 14: not two identical "Registrér fast track").
    const card = advice
      .locator('.ry-alert')
      .filter({ has: page.locator('.ry-alert__title', { hasText: /^Sygemelding over 8 uger$/ }) });
    await card.getByText('Borgeren indkaldes til samtale senest 2 uger efter anmodningen.').waitFor();
    expect(await advice.getByRole('link', { name: 'Registrér fast track' }).count()).toBe(1);
    expect(await advice.locator('.ry-alert__title', { hasText: /^Fast track$/ }).count()).toBe(0);
    await card.getByRole('button', { name: 'Hvorfor?' }).click();
    await card.getByText(/s\. 42 \(CLK-SICK-8W\)\.$/).waitFor();
    await card.getByText(/s\. 42 \(FAST-TRACK\)\.$/).waitFor();
    // No fast track yet: the card leads to where it is requested, on the sick-leave tab.
    await card.getByRole('link', { name: 'Registrér fast track' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Sygemelding', exact: true }).getAttribute('aria-selected'))
      .toBe('true');
    await page.getByRole('heading', { name: 'Fast track' }).waitFor();
    await screenshot(page, 'meetings-01-from-advice');
    await page.getByRole('tab', { name: 'Samtaler', exact: true }).click();

    // Book a follow-up meeting, then call it off.
    const form = page.getByRole('form', { name: 'Indkald til samtale' });
    const day = addDays(dayOf(new Date().toISOString()), 10);
    await form.getByRole('radio', { name: 'Opfølgningssamtale' }).locator('xpath=ancestor::label[1]').click();
    await typeDate(dateField(form, 'Dato'), day);
    await form.getByRole('button', { name: 'Indkald', exact: true }).click();
    const list = page.getByRole('region', { name: 'Samtaler' });
    const article = list
      .locator('article')
      .filter({ hasText: dmy(day) })
      .first();
    await article.waitFor();

    await article.locator('summary', { hasText: 'Aflys samtalen' }).click();
    const cancel = article.getByRole('form', { name: `Aflys samtalen ${dmy(day)}` });
    await cancel.getByRole('textbox', { name: 'Årsag (valgfri)' }).fill('Borgeren er indlagt');
    await cancel.getByRole('button', { name: 'Aflys', exact: true }).click();
    // Nothing is sent before the caseworker confirms; going back keeps the meeting.
    const question = cancel.getByRole('alertdialog');
    await question.waitFor();
    expect(await question.textContent()).toContain(`Vil du aflyse samtalen ${dmy(day)}?`);
    await screenshot(page, 'meetings-02-cancel-asks');
    await question.getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => cancel.getByRole('alertdialog').count()).toBe(0);
    expect(await list.getByText('Planlagt').count()).toBeGreaterThan(0);

    await cancel.getByRole('button', { name: 'Aflys', exact: true }).click();
    await cancel.getByRole('alertdialog').getByRole('button', { name: 'Ja, aflys samtalen' }).click();
    const history = list.locator('article').filter({ hasText: /Aflyst \d\d\.\d\d\.\d{4}/ });
    await history.waitFor();
    expect(await history.textContent()).toContain('Borgeren er indlagt');
    expect(await history.locator('s').textContent()).toBe(dmy(day));
    // The meeting is no longer planned: no move, cancel or minutes for it.
    expect(await history.getByText('Flyt samtalen').count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'meetings-03-cancelled');

    // The timeline says it in words.
    await page.getByRole('tab', { name: 'Overblik', exact: true }).click();
    await page.getByText('Samtale aflyst').first().waitFor();
    await page.context().close();
  });
});
