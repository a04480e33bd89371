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
 * Issue 14, phones: the shared header took ~220 px of a 390 px phone (name, three buttons, who is
 * signed in, the navigation, each on a row of its own). Now it is the app's name and a menu button
 * on one row, the navigation below; the menu holds who is signed in, the language and sign-out,
 * opens and closes by keyboard (Escape gives focus back to the button) and says whether it is open
 * (aria-expanded). On a wide screen everything stays in the header and there is no menu button.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

const HEADER_MAX_PX = 100;

describe('the shared header on a phone and on a wide screen', () => {
  for (const [app, user, who] of [
    ['clinic', 'laege.vejle', 'Lægerne Kirkegade'],
    ['rehab', 'genoptraen.vejle', 'Vejle Kommune'],
    ['employment', 'jobcenter.vejle', 'Jobcenter Vejle'],
  ] as const) {
    test(`${app} at 390 px: one compact row, the menu by keyboard, sign-out from it`, async () => {
      const page = await signIn(system, app, user, { viewport: VIEWPORTS.phone });
      page.setDefaultTimeout(15_000);
      const header = page.locator('header.ry-header');
      const menu = header.getByRole('button', { name: 'Menu' });
      await menu.waitFor();
      const closed = await header.boundingBox();
      console.log(`${app} header at 390 px: ${closed?.height.toFixed(0)} px high with the menu closed`);
      expect(closed?.height).toBeLessThanOrEqual(HEADER_MAX_PX);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      // Closed, what it holds is not on screen nor in the accessibility tree.
      expect(await header.getByRole('button', { name: 'Log ud', exact: true }).count()).toBe(0);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await screenshot(page, `header-phone-${app}-closed`);

      // Keyboard: focus the button, Enter opens, Escape closes and focus is back on the button.
      await menu.focus();
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      // The button names the region it opens.
      const panel = header.locator('.ry-header__panel');
      expect(await panel.getAttribute('id')).toBe(await menu.getAttribute('aria-controls'));
      await panel.getByText(who).first().waitFor();
      for (const name of ['English', 'Log ud', 'Log ud på alle enheder'])
        await panel.getByRole('button', { name, exact: true }).waitFor();
      const logout = panel.getByRole('button', { name: 'Log ud', exact: true });
      const box = await logout.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= VIEWPORTS.phone.width).toBe(true);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await screenshot(page, `header-phone-${app}-menu-open`);
      // Tab from the menu button reaches what the menu holds.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.ry-header__panel') !== null)).toBe(
        true,
      );
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

      // Sign-out from the menu, by keyboard.
      await page.keyboard.press('Enter');
      await logout.focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('Brugernavn').waitFor();
      await page.context().close();
    });
  }

  test('clinic at 1440 px: who is signed in and the buttons in the header, no menu button', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    const header = page.locator('header.ry-header');
    expect(await header.getByRole('button', { name: 'Menu' }).count()).toBe(0);
    expect(await header.getByRole('button', { name: 'Log ud', exact: true }).isVisible()).toBe(true);
    expect(await header.getByText('Lægerne Kirkegade').first().isVisible()).toBe(true);
    const box = await header.boundingBox();
    console.log(`clinic header at 1440 px: ${box?.height.toFixed(0)} px high`);
    expect(box?.height).toBeLessThanOrEqual(HEADER_MAX_PX);
    await page.context().close();
  });
});
