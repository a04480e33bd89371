import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  horizontalOverflow,
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  VIEWPORTS,
} from './harness.ts';

/**
 * Issue 14 review: on a 390 px phone the clinic's due and overdue advice sat ~2,600 px down, below
 * the timeline. What is due leads on a narrow screen (above the tabs and the timeline), as in rehab;
 * on a laptop it stays beside the page.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

// Camilla Testholm (stories-vejle-primary.ts): her Ibuprofen follow-up is due (CLK-MED-DAYS, p.37).
const NAME = 'Camilla Testholm';

describe('the clinic keeps what is due in view on a phone (issue 14 review)', () => {
  test('CLK-MED-DAYS: at 390 px the due card is above the timeline, within the first screens', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.phone });
    page.setDefaultTimeout(15_000);
    await page.getByRole('link', { name: NAME }).first().click();
    const advice = page.getByRole('region', { name: 'Beslutningsstøtte' });
    await advice.waitFor();
    const card = advice.locator('.ry-alert').filter({ hasText: 'Registrér medicinopfølgning' }).first();
    const timeline = page.getByRole('heading', { name: 'Tidslinje' });
    await timeline.waitFor();
    const cardBox = await card.boundingBox();
    const timelineBox = await timeline.boundingBox();
    expect(cardBox && timelineBox && cardBox.y < timelineBox.y, 'the due card is above the timeline').toBe(
      true,
    );
    expect(cardBox?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(VIEWPORTS.phone.height * 1.5);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'clinic-phone-advice-01-leads');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  test('at 1440 px the advice stays beside the page, right of the tabs', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    await page.getByRole('link', { name: NAME }).first().click();
    const advice = page.getByRole('region', { name: 'Beslutningsstøtte' });
    await advice.waitFor();
    const tabs = await page.getByRole('tablist').boundingBox();
    const panel = await advice.boundingBox();
    expect(tabs && panel && panel.x > tabs.x + tabs.width - 1, 'the advice is a column to the right').toBe(
      true,
    );
    await page.context().close();
  });
});
