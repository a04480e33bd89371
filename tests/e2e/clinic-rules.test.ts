import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type System, screenshot, seriousAccessibilityProblems, signIn, startSystem } from './harness.ts';

/**
 * The program's hard edges as a clinician meets them in the clinic app: a physiotherapist who
 * may not refer to the hospital is shown the legitimate route, and the server refuses anyway;
 * a cauda equina answer turns into the acute referral to FAM that cannot be missed, and the GP
 * hears of it; and one whole piece of work done with the keyboard alone.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

async function tick(input: Locator) {
  // react-aria hides the native input under its label: the user clicks the label.
  await input.locator('xpath=ancestor::label[1]').click();
  await expect.poll(() => input.isChecked()).toBe(true);
}
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name, exact: true });

async function openFromWorklist(page: Page, citizen: string) {
  await page.getByRole('row').filter({ hasText: citizen }).getByRole('link', { name: citizen }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(citizen) }).waitFor();
}

describe('the clinic app keeps to the program', () => {
  test('REFERRAL-ROUTE: a physiotherapist is refused a hospital referral and shown the way through the GP', async () => {
    const physio = await signIn(system, 'clinic', 'fys.vejle');
    physio.setDefaultTimeout(10_000);
    await openFromWorklist(physio, 'Anders Opdigtsen');
    await tab(physio, 'Henvisning');
    const referral = panel(physio, 'Henvisning');
    const kind = referral.getByLabel('Henvisning til');
    await kind.selectOption({ label: 'Rygcenter (fællesvisitation)' });

    const intro = 'Som fysioterapeut kan du ikke selv sende en henvisning til rygcenter (fællesvisitation)';
    await referral.getByText(intro).waitFor();
    const guidance = referral.locator('.ry-alert').filter({ hasText: intro });
    await expect.poll(() => guidance.textContent()).toContain('REFERRAL-ROUTE');
    await expect
      .poll(() => guidance.textContent())
      .toContain('Egen læge henviser som tovholder: skriv til lægen');
    await expect.poll(() => guidance.textContent()).not.toContain('Table');
    // No form to fill and nothing to send: the route is the answer.
    await expect(referral.getByRole('button', { name: /^Send henvisning/ }).count()).resolves.toBe(0);
    await expect(referral.getByRole('group', { name: 'Rygcenter (fællesvisitation)' }).count()).resolves.toBe(
      0,
    );
    await screenshot(physio, 'clinic-13-physio-referral-route');
    expect(await seriousAccessibilityProblems(physio)).toEqual([]);

    // §119 prevention goes another way for a physiotherapist: encourage the citizen to ask the GP.
    await kind.selectOption({ label: 'Kommunal forebyggelse (§\u00a0119)' });
    await expect
      .poll(() => referral.locator('.ry-alert').filter({ hasText: 'REFERRAL-ROUTE' }).textContent())
      .toContain('Opfordr borgeren til at spørge egen læge');
    await kind.selectOption({ label: 'Rygcenter (fællesvisitation)' });

    // The button starts the legitimate route: a correspondence to the GP, already begun.
    await guidance.getByRole('button', { name: 'Skriv til egen læge' }).click();
    const notes = panel(physio, 'Notater');
    await expect
      .poll(() => notes.getByRole('radio', { name: 'Korrespondance', exact: true }).isChecked())
      .toBe(true);
    await expect.poll(() => notes.getByLabel('Tekst').inputValue()).not.toBe('');
    await screenshot(physio, 'clinic-13-physio-route-note');

    // The server refuses it too: the app's guidance is not the only guard.
    const pathwayId = new URL(physio.url()).pathname.split('/')[3] ?? '';
    const refused = await physio.evaluate(async (id) => {
      const response = await fetch('/trpc/referral.send', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          pathwayId: id,
          expectedVersion: 0,
          referralId: crypto.randomUUID(),
          kind: 'hospital',
          to: { actor: 'hospital', organisationId: 'org-rygcenter' },
          content: {},
        }),
      });
      return { status: response.status, body: await response.text() };
    }, pathwayId);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.body).toContain('REFERRAL-ROUTE');
  });

  test('TG-CAUDA: a cauda equina answer gives the unmissable acute referral to FAM, and the GP is informed', async () => {
    const chiro = await signIn(system, 'clinic', 'kiro.kolding');
    chiro.setDefaultTimeout(10_000);
    await openFromWorklist(chiro, 'William Fiktivsen');
    await tab(chiro, 'Triage');
    const triage = panel(chiro, 'Triage');
    await tick(triage.getByRole('checkbox', { name: 'Ridebukseanæstesi (nedsat følesans i skridtet)' }));
    // At once, before saving: an alert in the cauda box, and the result is TG-CAUDA.
    const alert = triage.getByRole('alert').filter({ hasText: 'TG-CAUDA' });
    await expect
      .poll(() => alert.first().textContent())
      .toContain('Henvis straks akut til Fælles Akutmodtagelse (FAM).');
    await expect
      .poll(() => triage.getByRole('region', { name: 'Resultat' }).textContent())
      .toContain('Mistanke om cauda equina / akut parese');
    await triage.getByRole('button', { name: 'Gem triage' }).click();
    await triage.getByRole('button', { name: 'Send akut henvisning til FAM nu' }).waitFor();
    await screenshot(chiro, 'clinic-14-cauda-triage');
    expect(await seriousAccessibilityProblems(chiro)).toEqual([]);

    // Until the acute referral is sent, every tab carries the alert with its button, at the top.
    await tab(chiro, 'Plan');
    const banner = chiro
      .getByRole('alert')
      .filter({ hasText: 'TG-CAUDA' })
      .filter({
        has: chiro.getByRole('button', { name: 'Send akut henvisning til FAM nu' }),
      });
    await banner.waitFor();
    const box = await banner.boundingBox();
    expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(400);
    await banner.getByRole('button', { name: 'Send akut henvisning til FAM nu' }).click();

    const referral = panel(chiro, 'Henvisning');
    await expect(referral.getByLabel('Henvisning til').inputValue()).resolves.toBe('acute');
    await referral.getByLabel(/^Modtager/).selectOption({ label: FAM });
    await expect
      .poll(() => referral.getByLabel('Fund', { exact: true }).inputValue())
      .toContain('Ridebukseanæstesi');
    const consent = referral.getByRole('checkbox', { name: new RegExp(`sendes til ${escapeRegExp(FAM)}`) });
    if ((await consent.count()) > 0) await tick(consent);
    await referral.getByRole('button', { name: 'Send henvisning: Akut henvisning til FAM' }).click();
    await referral
      .getByRole('status')
      .getByText(`Akut henvisning til FAM: henvisningen er sendt til ${FAM}.`)
      .waitFor();
    await expect(
      chiro
        .getByRole('alert')
        .filter({ hasText: 'TG-CAUDA' })
        .filter({
          has: chiro.getByRole('button', { name: 'Send akut henvisning til FAM nu' }),
        })
        .count(),
    ).resolves.toBe(0);
    await screenshot(chiro, 'clinic-15-cauda-acute-sent');

    // The GP, the pathway's coordinator, sees the acute referral in the pathway.
    const gp = await signIn(system, 'clinic', 'laege.vejle');
    gp.setDefaultTimeout(10_000);
    await openFromWorklist(gp, 'William Fiktivsen');
    await expect
      .poll(() => panel(gp, 'Overblik').getByRole('region', { name: 'Tidslinje' }).textContent())
      .toContain('Akut henvisning til FAM');
  });
});

const FAM = 'Fælles Akutmodtagelse (FAM), Odense Universitetshospital';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
