import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type System, signIn, startSystem } from './harness.ts';

/**
 * Issue 14, read when opened, also from a direct link: a pathway opened by its URL (a bookmark, a
 * link in a message), with no list loaded in the browser, still reads its new items: the page asks
 * for them (inbox.unread) and marks them read, and back in the list the item is no longer "Ny".
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

describe('a pathway opened from a direct link reads its inbox items', () => {
  // The demo data has new items for the GP; the rehab and employment case pages use the same hook.
  for (const [app, user, list] of [['clinic', 'laege.vejle', 'Arbejdsliste']] as const) {
    test(`${app}: opened by URL, back in the list its item is no longer Ny`, async () => {
      const page = await signIn(system, app, user);
      page.setDefaultTimeout(15_000);
      const unreadIn = page.locator('.ry-inbox-item[data-read="false"]');
      const row = page.locator('table.ry-table tbody tr').filter({ has: unreadIn }).first();
      await row.waitFor();
      const link = row.getByRole('link').first();
      const name = ((await link.textContent()) ?? '').trim();
      const address = new URL((await link.getAttribute('href')) ?? '', page.url()).href;

      // A new page load: nothing of the list is in the browser's cache.
      const asked: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('inbox.unread')) asked.push(request.url());
      });
      const marked = page.waitForResponse((response) => response.url().includes('inbox.markRead'));
      await page.goto(address);
      await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
      expect((await marked).ok()).toBe(true);
      expect(asked.length).toBe(1);

      await page.getByRole('navigation').getByRole('link', { name: list }).first().click();
      const again = page.locator('table.ry-table tbody tr').filter({ hasText: name });
      await again.first().waitFor();
      await expect.poll(() => again.locator('.ry-inbox-item[data-read="false"]').count()).toBe(0);
      expect(await again.getByText('Ny', { exact: true }).count()).toBe(0);
      await page.context().close();
    });
  }
});
