import { addDays, dayOf } from '@rygforlob/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dateField, type System, screenshot, signIn, startSystem, typeDate } from './harness.ts';

/**
 * Issue 14, Danish dates and numbers: in an English browser (en-US, where a native date input
 * shows 10/26/2026 and says "Please fill out this field."), the apps' date fields read and take
 * dd.mm.åååå, start empty, and answer an empty required field in our own Danish words.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

const dmy = (iso: string) => iso.split('-').reverse().join('.');

describe('a date typed dd.mm.åååå in an English browser', () => {
  test('the jobcentre books a meeting: empty by default, our Danish message, then 26.10-style typing', async () => {
    const page = await signIn(system, 'employment', 'jobcenter.vejle', { locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    const link = page.locator('table a').first();
    await link.waitFor();
    await page.goto(`${system.address}${await link.getAttribute('href')}?tab=meetings`);
    const form = page.getByRole('form', { name: 'Indkald til samtale' });
    const field = dateField(form, 'Dato');
    await field.waitFor();

    // No default: the day is the caseworker's choice, not today.
    expect(await form.locator('input[name="on"][type="date"]').inputValue()).toBe('');
    expect(await field.getByRole('spinbutton').allTextContents()).toEqual(['dd', 'mm', 'åååå']);

    await form.getByRole('button', { name: 'Indkald', exact: true }).click();
    await form.getByText('Skriv en dato (dd.mm.åååå).').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('Please fill out');
    await screenshot(page, 'dates-01-empty-required');

    const day = addDays(dayOf(new Date().toISOString()), 12);
    await typeDate(field, day);
    expect(await form.locator('input[name="on"][type="date"]').inputValue()).toBe(day);
    expect((await field.textContent())?.replace(/\s/g, '')).toBe(dmy(day));
    // The message goes once the field holds a whole date and the clinician moves on.
    await page.keyboard.press('Tab');
    await expect.poll(() => form.getByText('Skriv en dato (dd.mm.åååå).').count()).toBe(0);

    await form.getByRole('button', { name: 'Indkald', exact: true }).click();
    const list = page.getByRole('region', { name: 'Samtaler' });
    await list.getByText(dmy(day)).first().waitFor();
    await screenshot(page, 'dates-02-meeting-booked');

    // No booking without a way back (issue 14): the meeting is moved to another day.
    const moved = addDays(day, 2);
    const article = list
      .locator('article')
      .filter({ hasText: dmy(day) })
      .first();
    await article.getByText('Flyt samtalen').click();
    await typeDate(dateField(article, 'Ny dato'), moved);
    await article.getByRole('button', { name: 'Flyt', exact: true }).click();
    await list.getByText('Samtalen er flyttet.').waitFor();
    const headings = () => list.getByRole('heading', { level: 3 }).allTextContents();
    await expect.poll(async () => (await headings()).some((h) => h.includes(dmy(moved)))).toBe(true);
    expect((await headings()).some((h) => h.includes(dmy(day)))).toBe(false);
    await screenshot(page, 'dates-03-meeting-moved');
    // The timeline says it was moved, and to when: not a second dateless "Samtale planlagt"
    // (issue 14 review).
    await page.getByRole('tab', { name: 'Overblik', exact: true }).click();
    await page.getByText(`Samtale flyttet til ${dmy(moved)}`).waitFor();
    await page.getByText(`Samtale planlagt: ${dmy(day)}`).waitFor();
    await page.context().close();
  });
});
