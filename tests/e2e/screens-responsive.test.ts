import type { Page } from 'playwright-core';
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
 * Issue 14, phones and narrow windows: every main screen of the three apps at 1440×900 and
 * 390×844, photographed, free of serious or critical axe findings, and never wider than the
 * window (no sideways scrolling). The demo data gives each app real pathways to open.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

type App = 'clinic' | 'rehab' | 'employment';
type Size = keyof typeof VIEWPORTS;

/** Waits for the screen to settle (no "Henter …"), then checks and photographs it. */
async function check(page: Page, name: string) {
  await page.locator('h1, h2').first().waitFor({ timeout: 45_000 });
  await expect.poll(() => page.getByText('Henter …').count(), { timeout: 15_000 }).toBe(0);
  await screenshot(page, name);
  expect.soft(await horizontalOverflow(page), `sideways scroll on ${name}`).toBe(0);
  expect.soft(await seriousAccessibilityProblems(page), `axe on ${name}`).toEqual([]);
}

/** The first citizen's link in the app's list (worklist, inbox, caseload). */
async function firstCase(page: Page): Promise<string> {
  const link = page.locator('table a').first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  if (!href) throw new Error('no case link in the list');
  return href;
}

async function visit(page: Page, app: App, path: string) {
  await page.goto(`${system.address}${path.startsWith('/') ? path : `/${app}/${path}`}`);
}

const SCREENS: Record<App, { user: string; list: string[]; tabs: string[]; extra?: string[] }[]> = {
  clinic: [
    {
      user: 'laege.vejle',
      list: ['', 'citizen'],
      tabs: [
        'overview',
        'triage',
        'assessment',
        'plan',
        'treatment',
        'referral',
        'notes',
        'consent',
        'access',
      ],
      extra: ['min-plan'],
    },
  ],
  rehab: [
    { user: 'genoptraen.vejle', list: [''], tabs: [] },
    { user: 'forebyg.vejle', list: ['', 'citizen'], tabs: [] },
  ],
  employment: [
    {
      user: 'jobcenter.vejle',
      list: ['', 'citizen'],
      tabs: ['overview', 'sickLeave', 'meetings', 'certificates', 'consent'],
    },
  ],
};

for (const size of Object.keys(VIEWPORTS) as Size[]) {
  describe(`every main screen at ${VIEWPORTS[size].width}×${VIEWPORTS[size].height}`, () => {
    for (const app of Object.keys(SCREENS) as App[]) {
      for (const { user, list, tabs, extra = [] } of SCREENS[app]) {
        test(`${app} as ${user}: no sideways scroll, axe clean`, async () => {
          const page = await signIn(system, app, user, { viewport: VIEWPORTS[size] });
          page.setDefaultTimeout(15_000);
          // On a phone 'Log ud' is behind the header's menu button (issue 14).
          if (size === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
          const logout = page.getByRole('button', { name: 'Log ud', exact: true });
          expect.soft(await logout.isVisible(), 'Log ud visible').toBe(true);
          const box = await logout.boundingBox();
          expect
            .soft(box && box.x + box.width <= VIEWPORTS[size].width, 'Log ud inside the window')
            .toBe(true);
          if (size === 'phone') await page.keyboard.press('Escape');
          for (const path of list) {
            await visit(page, app, path);
            await check(page, `responsive-${size}-${app}-${user.split('.')[0]}-${path || 'list'}`);
          }
          await visit(page, app, '');
          const caseHref = await firstCase(page);
          await page.goto(`${system.address}${caseHref}`);
          await check(page, `responsive-${size}-${app}-${user.split('.')[0]}-case`);
          for (const tab of tabs) {
            await page.goto(`${system.address}${caseHref}?tab=${tab}`);
            await check(page, `responsive-${size}-${app}-${user.split('.')[0]}-tab-${tab}`);
          }
          for (const sub of extra) {
            await page.goto(`${system.address}${caseHref}/${sub}`);
            await check(page, `responsive-${size}-${app}-${user.split('.')[0]}-${sub}`);
          }
          await page.context().close();
        });
      }
    }
  });
}
