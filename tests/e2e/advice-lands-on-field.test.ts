import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  VIEWPORTS,
} from './harness.ts';

/**
 * Issue 14 review: an advice card's button that opens another tab lands on the form that answers
 * the card, its first field focused and in the window, not at the top of the tab with focus left
 * on the button (clinic medication follow-up CLK-MED-DAYS, clinic referral suggestion, jobcentre
 * fast track CLK-SICK-8W / FAST-TRACK).
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

/** What has focus: its accessible label's text (the field's label), tag and role. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelled = el?.closest('.ry-field, [role="group"]');
    const label = labelled?.querySelector('label, .ry-label, [id$="-label"]')?.textContent ?? '';
    const box = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      role: el?.getAttribute('role') ?? '',
      name: el?.getAttribute('name') ?? '',
      label: label.trim(),
      form: el?.closest('form')?.id ?? '',
      inWindow: box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight,
    };
  });

// Camilla Testholm (apps/server/src/demo/stories-vejle-primary.ts): Ibuprofen prescribed 4 days
// ago, so its first follow-up is due (CLK-MED-DAYS, p.37); a hospital referral is suggested.
async function openCamilla(page: Page) {
  await page.getByRole('link', { name: 'Camilla Testholm' }).first().click();
  const advice = page.getByRole('region', { name: 'Beslutningsstøtte' });
  await advice.waitFor();
  return advice;
}

describe('advice buttons land on their field (issue 14 review)', () => {
  test('CLK-MED-DAYS: "Registrér medicinopfølgning" focuses the follow-up form\'s first field', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    const advice = await openCamilla(page);
    expect(await advice.getByRole('link', { name: 'Gå til behandlingen' }).count()).toBe(0);
    await advice.getByRole('link', { name: 'Registrér medicinopfølgning' }).first().click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Behandling', exact: true }).getAttribute('aria-selected'))
      .toBe('true');
    await expect.poll(async () => (await focused(page)).name).toBe('effect');
    const at = await focused(page);
    expect(at.tag).toBe('textarea');
    expect(at.form).toMatch(/^rx-followup-/);
    expect(at.label).toMatch(/^Effekt af Ibuprofen/);
    expect(at.inWindow, 'the follow-up field is in the window').toBe(true);
    await screenshot(page, 'advice-lands-01-medication');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  test('a referral suggestion ("Henvis: …") focuses the composer\'s first field', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    const advice = await openCamilla(page);
    const button = advice.getByRole('link', { name: /^Henvis: / }).first();
    await button.click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Henvisning', exact: true }).getAttribute('aria-selected'))
      .toBe('true');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('#referral-composer')))
      .toBe(true);
    const at = await focused(page);
    expect(['input', 'textarea', 'select'].includes(at.tag) || at.role === 'spinbutton').toBe(true);
    expect(at.inWindow).toBe(true);
    // The first field of the composer, not some later one.
    const first = await page.evaluate(() => {
      const all = [
        ...document.querySelectorAll<HTMLElement>(
          '#referral-composer input:not([type="hidden"]):not([tabindex="-1"]), #referral-composer [role="spinbutton"], #referral-composer select, #referral-composer textarea',
        ),
      ].filter((el) => el.getClientRects().length > 0 && !el.matches(':disabled'));
      return all[0] === document.activeElement;
    });
    expect(first).toBe(true);
    await screenshot(page, 'advice-lands-02-referral');
    await page.context().close();
  });

  test('FAST-TRACK / CLK-SICK-8W: "Registrér fast track" focuses "Anmodet den"', async () => {
    const page = await signIn(system, 'employment', 'jobcenter.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    // Ida Eksempelsen (stories-vejle-work.ts): sick leave expected 12 weeks, no fast track yet.
    await page.getByRole('link', { name: 'Ida Eksempelsen' }).first().click();
    const advice = page.getByRole('region', { name: 'Beslutningsstøtte' });
    await advice.waitFor();
    await advice.getByRole('link', { name: 'Registrér fast track' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Sygemelding', exact: true }).getAttribute('aria-selected'))
      .toBe('true');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[role="group"]')?.getAttribute('aria-labelledby'),
        ),
      )
      .toBeTruthy();
    const group = await page.evaluate(() => {
      const g = document.activeElement?.closest('[role="group"]');
      const ids = g?.getAttribute('aria-labelledby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(group).toContain('Anmodet den');
    const at = await focused(page);
    expect(at.role).toBe('spinbutton');
    expect(at.form).toBe('fast-track-request');
    expect(at.inWindow).toBe(true);
    await screenshot(page, 'advice-lands-03-fast-track');
    await page.context().close();
  });
});
