import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type System, signIn, startSystem } from './harness.ts';

/**
 * Issue 9: after "Log ud" on a shared clinic PC, the worklist with names and CPR numbers stayed
 * on screen until the next click. Now nothing of it survives the click itself.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

const CPR_SHAPED = /\d{6}-?\d{4}/;

/** Presses "Log ud" and reads the page in the same task: what is drawn right after the press. */
async function pressSignOutAndRead(page: Page, button: string): Promise<string> {
  return page.evaluate((name) => {
    const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    found.click();
    return document.body.innerText;
  }, button);
}

describe('signing out leaves nothing of the citizens on screen', () => {
  test('the clinic worklist is gone at the press of "Log ud", the cache is dropped and the sign-in form is back', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle');
    page.setDefaultTimeout(10_000);
    await page.getByText('Anders Opdigtsen').first().waitFor();
    expect(await page.evaluate(() => document.body.innerText)).toMatch(CPR_SHAPED);

    const drawnRightAfter = await pressSignOutAndRead(page, 'Log ud');
    expect(drawnRightAfter).not.toContain('Anders Opdigtsen');
    expect(drawnRightAfter).not.toMatch(CPR_SHAPED);

    await page.getByLabel('Brugernavn').waitFor();
    const after = await page.evaluate(() => document.body.innerText);
    expect(after).not.toContain('Anders Opdigtsen');
    expect(after).not.toMatch(CPR_SHAPED);
    expect(new URL(page.url()).pathname).toBe('/clinic/');
    // The session is over on the server too: a reload stays signed out.
    await page.reload();
    await page.getByLabel('Brugernavn').waitFor();
  });

  test('"Log ud på alle enheder" in the rehab app ends the session in the other browser too', async () => {
    const here = await signIn(system, 'rehab', 'genoptraen.vejle');
    const there = await signIn(system, 'rehab', 'genoptraen.vejle');
    here.setDefaultTimeout(10_000);
    there.setDefaultTimeout(10_000);
    const drawnRightAfter = await pressSignOutAndRead(here, 'Log ud på alle enheder');
    expect(drawnRightAfter).not.toMatch(CPR_SHAPED);
    await here.getByLabel('Brugernavn').waitFor();
    await there.reload();
    await there.getByLabel('Brugernavn').waitFor();
    expect(await there.evaluate(() => document.body.innerText)).not.toMatch(CPR_SHAPED);
  });
});
