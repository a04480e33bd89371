import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  followBannerToAdviceCard,
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
  VIEWPORTS,
} from './harness.ts';

/**
 * Issue 14 review at the jobcentre: "badges that name the clock, banners that lead to the item".
 * The caseload's badges said "1 forfalder" and its banner "· forfalder" with a link to the top of
 * the case. Now, as the clinic's worklist (the same DeadlineBanner and ClockBadges): each badge
 * names its clock and day, the banner words its counts by state and each link opens the case at
 * that deadline's advice card, focused.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

const DAY = String.raw`\d\d\.\d\d\.\d{4}`;

describe('the jobcentre caseload names its deadlines and leads to them (CLK-SICK-8W, p.42)', () => {
  test('CLK-SICK-8W: badges name the clock and its day; the banner counts by state and opens the case at the advice card', async () => {
    const page = await signIn(system, 'employment', 'jobcenter.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    const banner = page.getByRole('region', { name: /^Frister: / });
    await banner.waitFor();
    const title = (await banner.getByRole('heading').textContent()) ?? '';
    expect(title).toMatch(
      /^Frister: \d+ (overskredet|forfalder inden for 7 dage|forfalder senere|aktuelle?)/,
    );
    // No bare state after the deadline: each line says by when or since when.
    for (const line of await banner.getByRole('listitem').allTextContents()) {
      expect(line).toMatch(/^.+: .+ · (Senest|Overskredet siden|Aktuelt siden|Fra) /);
      expect(line).not.toMatch(/· (forfalder|overskredet)$/);
    }

    // Each badge names its clock and its day ("Sygemelding over 8 uger: senest 05.12.2026").
    const badges = page.locator('td[data-label="Frister"] .ry-badge');
    await badges.first().waitFor();
    const texts = await badges.allTextContents();
    for (const text of texts)
      expect(text).toMatch(new RegExp(`^.+: (senest|overskredet siden|aktuelt siden) ${DAY}$`));
    expect(texts.some((text) => text.startsWith('Sygemelding over 8 uger: '))).toBe(true);
    expect(texts.filter((text) => /^\d+ (forfalder|overskredet)$/.test(text))).toEqual([]);
    await screenshot(page, 'caseload-deadlines-01');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // The banner's link opens the case at that deadline's advice card, focused and in view.
    expect(await banner.getByRole('link').first().getAttribute('href')).toMatch(/\/case\/[^#]+#advice-/);
    await followBannerToAdviceCard(page, banner);
    await screenshot(page, 'caseload-deadlines-02-case');
    await page.context().close();
  });
});
