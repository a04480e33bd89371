import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  followBannerToAdviceCard,
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
} from './harness.ts';

/**
 * Issue 14, the inbox that clears: opening a pathway reads its new items (per organisation), an
 * item can be marked unread again, deadline badges name their clock, and the deadline banner
 * leads to the pathway it is about.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

describe('the GP worklist', () => {
  test('an opened pathway loses its Ny badge, can be marked unread, and the banner leads to a pathway', async () => {
    const gp = await signIn(system, 'clinic', 'laege.vejle');
    gp.setDefaultTimeout(15_000);
    const worklist = gp.getByRole('table', { name: 'Arbejdsliste' });
    await worklist.getByRole('row').nth(1).waitFor();
    const unread = worklist.getByRole('row').filter({ has: gp.locator('.ry-inbox-item[data-read="false"]') });
    await unread.first().waitFor();
    const name = (await unread.first().getByRole('link').first().textContent()) ?? '';
    const row = worklist.getByRole('row').filter({ hasText: name });
    const before = await row.locator('.ry-inbox-item[data-read="false"]').count();
    expect(before).toBeGreaterThan(0);

    // Deadlines by name: "Revurdering 4–8 uger: overskredet 25.11.2026", not "1 overskredet".
    const deadlines = worklist.locator('td[data-label="Frister"] .ry-badge');
    if ((await deadlines.count()) > 0)
      expect(await deadlines.first().textContent()).toMatch(
        /^.+: (overskredet siden|senest) \d\d\.\d\d\.\d{4}$/,
      );

    await row.getByRole('link', { name }).click();
    await gp.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    await gp.getByRole('navigation').getByRole('link', { name: 'Arbejdsliste' }).click();
    await expect.poll(() => row.locator('.ry-inbox-item[data-read="false"]').count()).toBe(0);
    expect(await row.getByText('Ny', { exact: true }).count()).toBe(0);
    await screenshot(gp, 'inbox-01-read');

    await row.getByRole('button', { name: 'Markér som ulæst' }).first().click();
    await expect.poll(() => row.locator('.ry-inbox-item[data-read="false"]').count()).toBe(1);
    // The button is gone; focus is on the row's link to the pathway, not on the page's body.
    await expect.poll(() => gp.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('a');
    expect(await row.locator('a:focus').count()).toBe(1);
    await gp.waitForTimeout(3_500);
    expect(await row.locator('a:focus').count(), 'still there once the list is drawn again').toBe(1);
    await row.getByText('Ny', { exact: true }).waitFor();
    expect(await seriousAccessibilityProblems(gp)).toEqual([]);

    // The banner words each count by its state (not "forfalder nu" for deadlines weeks ahead) and
    // leads to the item it is about: the pathway opens at that deadline's advice card, focused.
    const banner = gp.getByRole('region', { name: /^Frister: / });
    await banner.waitFor();
    const title = (await banner.getByRole('heading').textContent()) ?? '';
    expect(title).toMatch(
      /^Frister: \d+ (overskredet|forfalder inden for 7 dage|forfalder senere|aktuelle?)/,
    );
    expect(title).not.toMatch(/forfalder nu/);
    await followBannerToAdviceCard(gp, banner);
    await gp.context().close();
  });
});
