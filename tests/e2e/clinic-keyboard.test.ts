import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '../../apps/server/src/demo/organisations.ts';
import { type System, screenshot, startSystem } from './harness.ts';

/**
 * A clinician who does not touch the mouse: sign in, find and register a citizen, open the
 * pathway, triage and record a consent, with Tab, Shift+Tab, Space, Enter, arrow keys and
 * typing only. No click and no programmatic focus: every control is reached as a user would.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  expect(await isFocused(target), `reachable by Tab: ${target}`).toBe(true);
}

describe('KEYBOARD: the clinic by keyboard alone', () => {
  test('CONSENT, TG-STENOSIS: sign-in, register, open the pathway, triage and record a consent without a mouse', async () => {
    const context = await system.browser.newContext({
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
      viewport: { width: 1360, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const keys = page.keyboard;
    await page.goto(`${system.address}/clinic/`);

    // Sign-in: the username has the focus from the start.
    const username = page.getByLabel('Brugernavn');
    await expect.poll(() => isFocused(username)).toBe(true);
    await keys.type('laege.vejle');
    await keys.press('Tab');
    await keys.type(DEMO_PASSWORD);
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Arbejdsliste' }).waitFor();

    // Find a citizen by CPR and register them.
    await tabTo(page, page.getByRole('link', { name: 'Find borger' }));
    await keys.press('Enter');
    await expect.poll(() => isFocused(page.getByLabel('CPR-nummer'))).toBe(true);
    await keys.type('280355-1171');
    await keys.press('Enter');
    await page.getByText('Ingen borger med dette CPR-nummer').waitFor();
    await tabTo(page, page.getByLabel('Navn', { exact: true }));
    await keys.type('Niels Attraplund');
    await keys.press('Tab');
    await keys.type('Tønder');
    await expect(page.getByLabel('Bopælskommune').inputValue()).resolves.toBe('Tønder');
    await tabTo(page, page.getByRole('button', { name: 'Opret borger' }));
    await keys.press('Enter');

    // Open the pathway: the citizen's consent to inform the GP is a checkbox, ticked with Space.
    const consent = page.getByRole('checkbox', { name: /samtykker til, at egen læge/ });
    await tabTo(page, consent);
    await keys.press('Space');
    await expect.poll(() => consent.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Opret forløb' }));
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Niels Attraplund/ }).waitFor();

    // The tabs: reach the selected one, then arrow keys.
    await tabTo(page, page.getByRole('tab', { name: 'Overblik' }));
    await keys.press('ArrowRight');
    const triageTab = page.getByRole('tab', { name: 'Triage' });
    await expect.poll(() => triageTab.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => isFocused(triageTab)).toBe(true);

    const triage = page.getByRole('tabpanel', { name: 'Triage' });
    const stenosis = triage.getByRole('checkbox', { name: /^Mistanke om spinalstenose/ });
    await tabTo(page, stenosis);
    await keys.press('Space');
    await expect
      .poll(() => triage.getByRole('region', { name: 'Resultat' }).textContent())
      .toContain('Mistanke om spinalstenose');
    await tabTo(page, triage.getByRole('button', { name: 'Gem triage' }));
    await keys.press('Enter');
    await triage.getByRole('status').filter({ hasText: 'Gemt' }).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Niels Attraplund' }).textContent())
      .toContain('Mistanke om spinalstenose');

    // Consent: back up to the tab list, then arrow right until the consent tab is selected.
    await tabTo(page, triageTab, 120, 'Shift+Tab');
    const consentTab = page.getByRole('tab', { name: 'Samtykke' });
    for (let presses = 0; presses < 10; presses++) {
      if ((await consentTab.getAttribute('aria-selected')) === 'true') break;
      await keys.press('ArrowRight');
    }
    await expect.poll(() => consentTab.getAttribute('aria-selected')).toBe('true');
    const form = page.getByRole('tabpanel', { name: 'Samtykke' });
    const recipient = form.getByLabel('Modtager', { exact: true });
    await tabTo(page, recipient);
    // A closed <select> takes the first letters of an option, as a user types them.
    await keys.type('Fysioterapien Havneparken');
    await expect.poll(() => recipient.inputValue()).toBe('org-physio-vejle');
    await tabTo(page, form.getByRole('radio', { name: 'Behandling' }));
    await expect.poll(() => form.getByRole('radio', { name: 'Behandling' }).isChecked()).toBe(true);
    await tabTo(page, form.getByRole('button', { name: 'Registrér samtykke' }));
    await keys.press('Enter');
    const row = form.getByRole('row').filter({ hasText: 'Fysioterapien Havneparken, Vejle' });
    await expect.poll(() => row.textContent()).toContain('Aktivt');
    await screenshot(page, 'clinic-16-keyboard-consent');
    await context.close();
  });
});
