import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type System, screenshot, seriousAccessibilityProblems, signIn, startSystem } from './harness.ts';

/**
 * Issue 3: every read and write of a citizen's data is audit-logged and the citizen's coordinating
 * GP can list it. The GP reads it in the clinic app; nobody else is shown the tab.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

async function openFromWorklist(page: Page, citizen: string) {
  await page.getByRole('row').filter({ hasText: citizen }).getByRole('link', { name: citizen }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(citizen) }).waitFor();
}

describe("the citizen's access log in the clinic app", () => {
  test("the physiotherapist's reading of the pathway shows in the coordinating GP's access log", async () => {
    const physio = await signIn(system, 'clinic', 'fys.vejle');
    physio.setDefaultTimeout(10_000);
    await openFromWorklist(physio, 'Anders Opdigtsen');
    expect(await physio.getByRole('tab', { name: 'Adgangslog', exact: true }).count()).toBe(0);

    const gp = await signIn(system, 'clinic', 'laege.vejle');
    gp.setDefaultTimeout(10_000);
    await openFromWorklist(gp, 'Anders Opdigtsen');
    await gp.getByRole('tab', { name: 'Adgangslog', exact: true }).click();
    const log = gp.getByRole('tabpanel', { name: 'Adgangslog', exact: true });
    const physioRead = log
      .getByRole('row')
      .filter({ hasText: 'Fysioterapien Havneparken' })
      .filter({ hasText: 'Åbnede forløbet' });
    await expect.poll(() => physioRead.count()).toBeGreaterThan(0);
    await expect.poll(() => physioRead.first().textContent()).toContain('Tilladt');
    await screenshot(gp, 'clinic-17-access-log');
    expect(await seriousAccessibilityProblems(gp)).toEqual([]);

    // Refused attempts only: none of the rows left is an allowed one.
    await log.getByText('Kun afviste forsøg').click();
    await expect.poll(() => log.getByRole('row').filter({ hasText: 'Tilladt' }).count()).toBe(0);
  });
});
