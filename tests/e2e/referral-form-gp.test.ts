import type { Locator, Page } from 'playwright-core';
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
 * Issue 14 review of the Rygcenter referral as a GP meets it (demo GP laege.vejle, citizen Anders
 * Opdigtsen): a fresh form is not red; each gap is reported on the field that has it (a chosen
 * HOSP-PRECONDITION radio is never marked for its sub-field); an empty phone is missing, not of
 * the wrong format; a sent referral collapses to its confirmation; the form has room at 1440 and
 * no sideways scroll at 390; the sent content reads 88,5 and "Ikke tilstrækkelig".
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

const CITIZEN = 'Anders Opdigtsen';
const RYGCENTER = 'Rygcenter Syddanmark, Sygehus Lillebælt, Middelfart';
let pathwayUrl = '';

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name, exact: true });

/** react-aria hides the native input under its label: click the label, then check the state. */
async function tick(input: Locator) {
  await input.locator('xpath=ancestor::label[1]').click();
  await expect.poll(() => input.isChecked()).toBe(true);
}

/** Fields of the form shown as invalid (react-aria marks the field or its input). */
const redFields = (form: Locator) => form.locator('[aria-invalid="true"], .ry-field[data-invalid]').count();

async function openReferral(page: Page) {
  await page
    .getByRole('row')
    .filter({ hasText: CITIZEN })
    .getByRole('link', { name: CITIZEN })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: new RegExp(CITIZEN) }).waitFor();
  pathwayUrl = page.url().split('?')[0] ?? '';
  await tab(page, 'Henvisning');
  const referral = panel(page, 'Henvisning');
  await referral.getByLabel('Henvisning til').selectOption({ label: 'Rygcenter (fællesvisitation)' });
  await referral.getByLabel(/^Modtager/).selectOption({ label: RYGCENTER });
  return referral;
}

describe('the Rygcenter referral as a GP meets it (issue 14 review)', () => {
  test('HOSP-CONTENT, HOSP-PRECONDITION: errors only where and when they help; sent collapses; 88,5 reads back', async () => {
    const gp = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    gp.setDefaultTimeout(15_000);
    const referral = await openReferral(gp);
    const form = referral
      .locator('form')
      .filter({ has: gp.getByRole('button', { name: /^Send henvisning/ }) });
    const check = referral.getByRole('complementary', { name: 'Programmets tjek' });
    await expect.poll(() => check.textContent()).toMatch(/Der mangler \d+ ting/);

    // A fresh form is not red: no field marked, no field message, before it is left or Send pressed.
    expect(await redFields(form)).toBe(0);
    expect(await form.locator('.ry-error').count()).toBe(0);
    // At 1440 the form has the room (the check goes below it, not squeezed beside it).
    expect((await form.boundingBox())?.width ?? 0).toBeGreaterThan(850);
    await screenshot(gp, 'referral-gp-01-fresh-1440');
    expect(await seriousAccessibilityProblems(gp)).toEqual([]);

    // An empty phone number, once left, says it must be filled in: one message, not "wrong format".
    const phone = referral.getByLabel('Borgerens telefonnummer');
    await phone.fill('');
    await phone.press('Tab');
    const phoneField = form.locator('.ry-field').filter({ has: gp.getByLabel('Borgerens telefonnummer') });
    await expect.poll(() => phoneField.locator('.ry-error').allTextContents()).toEqual(['Skriv noget her.']);
    await expect.poll(() => check.textContent()).toContain('Borgerens telefonnummer skal udfyldes');
    expect(await referral.textContent()).not.toContain('forkert format');

    // HOSP-PRECONDITION: the condition chosen, the gap is its sub-field, never the chosen radio.
    await tick(referral.getByRole('radio', { name: /^6–8 ugers konservativ behandling/ }));
    await referral.getByLabel('Uger med relevant konservativ behandling').fill('8');
    await referral.getByLabel('Uger med relevant konservativ behandling').press('Tab');
    await gp.getByRole('button', { name: /^Send henvisning/ }).click();
    const effectLink = check.getByRole('link', {
      name: 'Effekt på smerter, funktion og arbejdsevne skal udfyldes',
    });
    await effectLink.waitFor();
    expect(await check.textContent()).not.toContain('Forudsætning for henvisning skal');
    const condition = form.getByRole('radiogroup', { name: 'Forudsætning for henvisning' });
    expect(await condition.getAttribute('data-invalid')).toBeNull();
    expect(await condition.locator('.ry-error').count()).toBe(0);
    await expect
      .poll(() => form.getByRole('radiogroup', { name: /^Effekt på smerter/ }).getAttribute('data-invalid'))
      .not.toBeNull();
    await effectLink.click();
    await expect
      .poll(() => gp.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('content.precondition.sufficientEffect');
    await screenshot(gp, 'referral-gp-02-gap-on-subfield');

    // Fill in the rest; a decimal comma in the weight.
    await tick(referral.getByRole('radio', { name: 'Ikke tilstrækkelig' }));
    await expect.poll(() => check.textContent()).not.toContain('Effekt på smerter');
    const text: [string | RegExp, string][] = [
      ['Mistænkt tilstand', 'Lumbal diskusprolaps med radikulopati'],
      ['Hvad ønskes undersøgt?', 'Vurdering af behov for kirurgi'],
      ['Symptomdebut', 'September 2026'],
      ['Smertelokalisation og udstråling', 'Lænd med udstråling til venstre læg'],
      ['Sygemelding og funktionsniveau', 'Delvis sygemeldt'],
      ['Andre betydende sygdomme', 'Ingen'],
      ['Aktuel medicin', 'Ibuprofen 400 mg x 3'],
      ['Kraftgrad', '5/5'],
      ['Føleforstyrrelser', 'Ingen'],
      ['Billeddiagnostiske fund', 'Ingen'],
      ['Andre parakliniske fund', 'Ingen'],
      ['Afprøvet behandling', 'Superviseret træning 8 uger'],
      ['Borgerens telefonnummer', '20 30 40 50'],
      ['Transport', 'Kører selv'],
    ];
    for (const [label, value] of text) await referral.getByLabel(label, { exact: true }).fill(value);
    for (const [label, value] of [
      ['Højde (cm)', '180'],
      ['Vægt (kg)', '88,5'],
    ]) {
      await referral.getByLabel(label as string).fill(value as string);
      await referral.getByLabel(label as string).press('Tab');
    }
    const fmk = referral.getByRole('checkbox', { name: 'FMK er opdateret' });
    if (!(await fmk.isChecked())) await tick(fmk);
    await tick(
      referral.getByRole('checkbox', { name: /^Jeg har sagt "et rygforløb på regionens sygehuse"/ }),
    );
    const consent = referral.getByRole('checkbox', { name: /samtykker til, at henvisningen/ });
    if ((await consent.count()) > 0 && !(await consent.isChecked())) await tick(consent);
    await expect.poll(() => check.textContent()).toMatch(/Klar til at sende/);
    await gp.getByRole('button', { name: /^Send henvisning/ }).click();

    // Sent: the form collapses to the confirmation; no second Send, nothing red; focus on it.
    await referral
      .getByRole('status')
      .getByText(`Rygcenter (fællesvisitation): henvisningen er sendt til ${RYGCENTER}.`)
      .waitFor();
    expect(await gp.getByRole('button', { name: /^Send henvisning/ }).count()).toBe(0);
    expect(await referral.locator('[aria-invalid="true"], [data-invalid]').count()).toBe(0);
    expect(await referral.locator('.ry-error').count()).toBe(0);
    await expect.poll(() => check.textContent()).toContain('Henvisningen er sendt.');
    await expect
      .poll(() => gp.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('henvisningen er sendt');
    await screenshot(gp, 'referral-gp-03-sent');
    expect(await seriousAccessibilityProblems(gp)).toEqual([]);

    // The sent content reads back in Danish: 88,5 and the choice's own words.
    const sent = referral
      .getByRole('region', { name: 'Henvisninger i forløbet' })
      .getByRole('listitem')
      .first();
    await sent.getByText('Henvisningens indhold').click();
    const weight = sent.locator('dt', { hasText: 'Vægt (kg)' }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => weight.textContent()).toBe('88,5');
    const effect = sent
      .locator('dt', { hasText: 'Effekt på smerter, funktion og arbejdsevne' })
      .locator('xpath=following-sibling::dd[1]');
    expect(await effect.textContent()).toBe('Ikke tilstrækkelig');

    // "Ny henvisning" opens a fresh form, still not red.
    await referral.getByRole('button', { name: 'Ny henvisning' }).click();
    await gp.getByRole('button', { name: /^Send henvisning/ }).waitFor();
    const fresh = referral
      .locator('form')
      .filter({ has: gp.getByRole('button', { name: /^Send henvisning/ }) });
    expect(await redFields(fresh)).toBe(0);
    expect(await fresh.locator('.ry-error').count()).toBe(0);
    await gp.context().close();
  });

  test('at 390 px the referral form does not scroll sideways; the condition options wrap', async () => {
    const phone = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.phone });
    phone.setDefaultTimeout(15_000);
    // On its own too: the citizen's pathway from the worklist (a link in a row or a card).
    if (!pathwayUrl) {
      await phone.getByRole('link', { name: CITIZEN }).first().click();
      await phone.getByRole('heading', { level: 1, name: new RegExp(CITIZEN) }).waitFor();
      pathwayUrl = phone.url().split('?')[0] ?? '';
    }
    await phone.goto(`${pathwayUrl}?tab=referral&kind=hospital`);
    const referral = panel(phone, 'Henvisning');
    await referral
      .getByRole('radio', { name: /^6–8 ugers konservativ behandling/ })
      .waitFor({ state: 'attached' });
    await screenshot(phone, 'referral-gp-04-phone-390');
    expect(await horizontalOverflow(phone)).toBe(0);
    expect(await seriousAccessibilityProblems(phone)).toEqual([]);
    for (const name of [/^6–8 ugers konservativ behandling/, /^Bekymrende symptomer/]) {
      const label = referral.getByRole('radio', { name }).locator('xpath=ancestor::label[1]');
      const box = await label.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    }
    await phone.context().close();
  });
});
