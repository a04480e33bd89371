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
 * Issue 14 in the clinic: an advice card carries the action that answers it (CLK-REASSESS-4-8W →
 * the assessment tab's ICF form, CLK-HOSP-6-8W → the referral composer with the kind chosen); the
 * long assessment form folds what is filled and keeps its save action in view; a decimal typed
 * with a comma ("88,5") comes back with a comma after saving and reloading.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

// Camilla Testholm (apps/server/src/demo/stories-vejle-primary.ts): sciatica triaged 36 days ago
// (TG-NERVEROOT), assessed, in physiotherapy; the GP's reassessment clock runs.
const NAME = 'Camilla Testholm';
const HOURS = 'Fraværstimer pr. uge';

async function openPathway(page: Page) {
  await page.goto(`${page.url().split('/clinic/')[0]}/clinic/`);
  await page.getByRole('link', { name: NAME }).first().click();
  await page.getByRole('heading', { name: 'Beslutningsstøtte' }).waitFor();
}

/** The save bar's box lies inside the window. */
async function inView(page: Page, name: string) {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

describe('advice cards that lead to their answer (issue 14)', () => {
  test('CLK-REASSESS-4-8W: the card button opens the assessment tab at the ICF form', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    await openPathway(page);
    const advice = page.getByRole('region', { name: 'Beslutningsstøtte' });
    const card = advice.locator('.ry-alert').filter({ hasText: 'Revurdering 4–8 uger' }).first();
    await card.waitFor();
    await screenshot(page, 'advice-01-cards-with-actions');
    await card.getByRole('link', { name: 'Lav en ny vurdering' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Vurdering', exact: true }).getAttribute('aria-selected'))
      .toBe('true');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('icf');
    // Focus lands on the form's heading, scrolled to the top of the window.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('icf-title');
    const top = await page.locator('#icf-title').boundingBox();
    expect(top?.y, 'the form heading is in the window').toBeGreaterThanOrEqual(0);
    expect(top?.y).toBeLessThan(VIEWPORTS.desktop.height / 2);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  test('a referral suggestion opens the composer with its kind chosen', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    await openPathway(page);
    const advice = page.getByRole('region', { name: 'Beslutningsstøtte' });
    const button = advice.getByRole('link', { name: /^Henvis: / }).first();
    await button.waitFor();
    const label = (await button.textContent()) ?? '';
    const href = (await button.getAttribute('href')) ?? '';
    const kind = new URL(href, system.address).searchParams.get('kind');
    expect(kind).toBeTruthy();
    await button.click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Henvisning', exact: true }).getAttribute('aria-selected'))
      .toBe('true');
    // The composer's kind picker shows the kind the card named.
    const chosen = label.replace(/^Henvis: /, '');
    await expect.poll(() => page.getByRole('tabpanel').getByText(chosen).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('kind')).toBe(kind);
    await screenshot(page, 'advice-02-referral-kind-chosen');
    await page.context().close();
  });
});

describe('the long assessment form (issue 14)', () => {
  test('filled sections fold, the save action stays in view, and "88,5" comes back as "88,5"', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    await openPathway(page);
    await page.getByRole('tab', { name: 'Vurdering', exact: true }).click();
    const form = page.getByRole('form', { name: 'ICF-vurdering' });
    await form.waitFor();
    const sections = form.locator('details.ry-section');
    const states = await sections.evaluateAll((all) =>
      all.map((d) => ({
        open: (d as HTMLDetailsElement).open,
        text: d.querySelector('summary')?.textContent,
      })),
    );
    // Camilla's assessment is prefilled: what it holds is folded and says so; the rest is open.
    expect(states.filter((s) => !s.open).length).toBeGreaterThan(0);
    for (const s of states) expect(s.text?.includes(s.open ? 'ikke udfyldt' : 'udfyldt')).toBe(true);
    await screenshot(page, 'assessment-01-folded');

    const save = 'Gem ICF-vurdering';
    expect(await inView(page, save)).toBe(true);
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => inView(page, save)).toBe(true);

    // Decimal comma end to end: typed, shown, saved, reloaded.
    const environment = sections.filter({ hasText: 'Omgivelsesfaktorer' }).first();
    if (!(await environment.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await environment.locator('summary').click();
    }
    const sick = environment.getByRole('checkbox', { name: /sygemeldt/i });
    if (!(await sick.isChecked())) await sick.locator('xpath=ancestor::label[1]').click();
    await environment.getByRole('radio', { name: 'Delvis' }).locator('xpath=ancestor::label[1]').click();
    const hours = environment.getByRole('textbox', { name: HOURS });
    await hours.fill('88,5');
    await hours.press('Tab');
    expect(await hours.inputValue()).toBe('88,5');
    await page.getByRole('button', { name: save, exact: true }).click();
    await page.getByText(/gemt/i).first().waitFor();

    await page.reload();
    const again = page.getByRole('form', { name: 'ICF-vurdering' });
    await again.waitFor();
    const env = again.locator('details.ry-section').filter({ hasText: 'Omgivelsesfaktorer' }).first();
    expect(await env.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await env.locator('summary').click();
    expect(await env.getByRole('textbox', { name: HOURS }).inputValue()).toBe('88,5');
    await screenshot(page, 'assessment-02-decimal-comma');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });
});
