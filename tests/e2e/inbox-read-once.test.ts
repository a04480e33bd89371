import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type System, signIn, startSystem } from './harness.ts';

/**
 * Issue 14, the inbox that clears: opening a pathway marks its unread items read, once. The
 * worklist link's click and the pathway page's read-on-open both sent inbox.markRead for the same
 * items; now only the page does (it works however the pathway was opened), so each item's mark
 * is one audited write, not two.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

/** The inbox.markRead calls in a tRPC request (batched or not): their inputs. */
function markReads(request: Request): { pathwayId: string; seq: number }[] {
  const url = new URL(request.url());
  if (request.method() !== 'POST' || !url.pathname.includes('/trpc/')) return [];
  const procedures = url.pathname.split('/trpc/')[1]?.split(',') ?? [];
  const body = (request.postDataJSON() ?? {}) as Record<string, unknown>;
  const batched = url.searchParams.get('batch') === '1';
  return procedures.flatMap((name, i) =>
    name === 'inbox.markRead'
      ? [(batched ? body[String(i)] : body) as { pathwayId: string; seq: number }]
      : [],
  );
}

describe('opening a pathway reads its inbox items once', () => {
  for (const [app, user] of [['clinic', 'laege.vejle']] as const) {
    test(`${app}: one inbox.markRead per new item, from the page, not again from the link`, async () => {
      const page = await signIn(system, app, user);
      page.setDefaultTimeout(15_000);
      const sent: { pathwayId: string; seq: number }[] = [];
      page.on('request', (request) => sent.push(...markReads(request)));
      const row = page
        .locator('table.ry-table tbody tr')
        .filter({ has: page.locator('.ry-inbox-item[data-read="false"]') })
        .first();
      await row.waitFor();
      const unread = await row.locator('.ry-inbox-item[data-read="false"]').count();
      expect(unread).toBeGreaterThan(0);
      const link = row.getByRole('link').first();
      const pathwayId = (await link.getAttribute('href'))?.split('/').at(-1) ?? '';
      await link.click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => sent.length).toBe(unread);
      await page.waitForLoadState('networkidle');
      expect(sent.length).toBe(unread);
      expect(sent.every((mark) => mark.pathwayId === pathwayId)).toBe(true);
      expect(new Set(sent.map((mark) => mark.seq)).size).toBe(unread);
      await page.context().close();
    });
  }
});
