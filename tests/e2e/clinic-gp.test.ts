import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  SCREENSHOTS,
  type System,
  screenshot,
  seriousAccessibilityProblems,
  signIn,
  startSystem,
} from './harness.ts';

/**
 * The GP's whole day with one new citizen, through the built clinic app in chromium: find and
 * register, open the pathway, triage, STarT Back with its live score, the plan, and the referral
 * to the joint triage at Rygcenter with everything HOSP-CONTENT asks; then the back centre sees
 * it in its inbox. Every main screen is photographed and checked with axe-core on the way.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
  console.log(`Screenshots of the clinic's screens: ${SCREENSHOTS}`);
});
afterAll(async () => system?.close());

/** A main screen as it stands: photographed, and free of serious or critical axe findings. */
async function mainScreen(page: Page, name: string) {
  await screenshot(page, `clinic-${name}`);
  expect.soft(await seriousAccessibilityProblems(page), `axe on ${name}`).toEqual([]);
  // No catalogue key, raw enum or missing value shown to the clinician.
  expect
    .soft(await page.locator('body').textContent(), `words on ${name}`)
    .not.toMatch(
      /\b(clinic|app|rule|clock|advice|citizen|timeline|login)\.[a-z][a-zA-Z]*|\bundefined\b|\bNaN\b|\[object Object\]/,
    );
}

/**
 * react-aria's checkboxes and radios hide the native input under their label (as they should):
 * a user clicks the label, so the test does too, and then checks that the state really changed.
 */
async function tick(input: Locator) {
  await input.locator('xpath=ancestor::label[1]').click();
  await expect.poll(() => input.isChecked()).toBe(true);
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name, exact: true });

// Lone Eksempelholm (packages/domain/src/testing): a fictitious citizen with no demo pathway yet.
const CPR = '230764-3170';
const NAME = 'Lone Eksempelholm';
const RYGCENTER = 'Rygcenter Syddanmark, Sygehus Lillebælt, Middelfart';

describe('the GP in the clinic app', () => {
  let gp: Page;
  let pathwayUrl = '';

  test('finds, registers and opens a pathway for a new citizen', async () => {
    gp = await signIn(system, 'clinic', 'laege.vejle');
    gp.setDefaultTimeout(10_000);
    await expect.poll(() => gp.getByRole('heading', { level: 1 }).textContent()).toBe('Arbejdsliste');
    const worklist = gp.getByRole('table', { name: 'Arbejdsliste' });
    await worklist.getByRole('row').nth(1).waitFor();
    // The inbox in words: an answered referral by its kind, never the raw kind code.
    await expect
      .poll(() => worklist.getByRole('row').filter({ hasText: 'Erik Opdigtgaard' }).textContent())
      .toContain('Henvisning accepteret: Rygcenter (fællesvisitation)');
    expect(await worklist.textContent()).not.toMatch(/\b(hospital|prevention-119|pain-centre|chiro) ·/);
    await mainScreen(gp, '01-worklist');

    await gp.getByRole('navigation').getByRole('link', { name: 'Find borger' }).click();
    await gp.getByLabel('CPR-nummer').fill(CPR);
    await gp.getByRole('button', { name: 'Find', exact: true }).click();
    await gp.getByText('Ingen borger med dette CPR-nummer').waitFor();
    await gp.getByLabel('Navn', { exact: true }).fill(NAME);
    await gp.getByLabel('Bopælskommune').selectOption('Varde');
    await mainScreen(gp, '02-citizen-search');
    await gp.getByRole('button', { name: 'Opret borger' }).click();

    await gp.getByRole('heading', { name: 'Opret forløb' }).waitFor();
    await tick(gp.getByRole('checkbox', { name: /samtykker til, at egen læge/ }));
    await gp.getByRole('button', { name: 'Opret forløb' }).click();
    await gp.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();
    pathwayUrl = gp.url().split('?')[0] ?? '';
    await expect
      .poll(() => panel(gp, 'Overblik').getByRole('listitem').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Forløb oprettet')]));
    await mainScreen(gp, '03-pathway-overview');
  });

  test('TG-NERVEROOT: triages the citizen; the result is the target group the domain computes', async () => {
    await tab(gp, 'Triage');
    const triage = panel(gp, 'Triage');
    await expect
      .poll(() => triage.getByRole('region', { name: 'Resultat' }).textContent())
      .toContain('Ukompliceret uspecifikt');
    await tick(triage.getByRole('checkbox', { name: 'Mistanke om nerverodspåvirkning' }));
    await expect
      .poll(() => triage.getByRole('region', { name: 'Resultat' }).textContent())
      .toContain('Mistanke om nerverodspåvirkning');
    await triage.getByRole('button', { name: 'Gem triage' }).click();
    await triage.getByRole('status').filter({ hasText: 'Gemt' }).waitFor();
    await expect
      .poll(() => gp.getByRole('region', { name: NAME }).textContent())
      .toContain('Mistanke om nerverodspåvirkning');
    await mainScreen(gp, '04-triage');
  });

  test('STarT Back: the score follows the answers live and is saved to the chart', async () => {
    await tab(gp, 'Vurdering');
    const form = panel(gp, 'Vurdering').getByRole('form', { name: 'Spørgeskemaer' });
    const score = form.getByRole('region', { name: 'Score' });
    await expect.poll(() => score.textContent()).toContain('9 af 9 spørgsmål mangler svar');
    // Agree with 1, 3, 5, 6, 7, 8; disagree with 2 and 4; "very much" bothered: total 7, psychosocial 5.
    const agree = [1, 3, 5, 6, 7, 8];
    for (let item = 1; item <= 8; item++) {
      await tick(
        form
          .getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) })
          .getByRole('radio', { name: agree.includes(item) ? 'Enig' : 'Uenig', exact: true }),
      );
    }
    await expect.poll(() => score.textContent()).toContain('1 af 9 spørgsmål mangler svar');
    await tick(
      form.getByRole('radiogroup', { name: /^9\. / }).getByRole('radio', { name: 'Lidt', exact: true }),
    );
    await expect.poll(() => score.textContent()).toContain('Høj risiko Total 6 af 9, psykosocial 4 af 5');
    await tick(
      form.getByRole('radiogroup', { name: /^9\. / }).getByRole('radio', { name: 'Meget', exact: true }),
    );
    await expect.poll(() => score.textContent()).toContain('Høj risiko Total 7 af 9, psykosocial 5 af 5');
    // Issue 14: a high risk wears the risk colour, never the green of success.
    expect(await score.locator('.ry-risk').getAttribute('data-risk')).toBe('high');
    expect(await score.getAttribute('data-tone')).toBe('info');
    await mainScreen(gp, '05-assessment');
    await form.getByRole('button', { name: 'Gem spørgeskema' }).click();
    await form.getByRole('status').filter({ hasText: 'Gemt' }).waitFor();
    // The saved result stays in view after the save (issue 14).
    const saved = form.getByRole('region', { name: 'Gemt i forløbet' });
    await expect.poll(() => saved.textContent()).toContain('Høj risiko Total 7 af 9, psykosocial 5 af 5');
    const chart = panel(gp, 'Vurdering').getByRole('region', { name: 'Udvikling over tid' });
    await expect.poll(() => chart.textContent()).toContain('STarT Back total (0–9)');
    await expect.poll(() => chart.textContent()).toContain('Seneste: 7');
    await screenshot(gp, 'clinic-05-assessment-saved');
  });

  test('PLAN-APPROACH: records the plan made with the citizen, self-management always in it', async () => {
    await tab(gp, 'Plan');
    const plan = panel(gp, 'Plan');
    await plan.getByLabel('Mål 1').fill('Kunne gå tur med hunden i skoven hver dag');
    await tick(plan.getByRole('radio', { name: /^Stratificeret/ }));
    await expect.poll(() => plan.textContent()).toContain('Høj risiko');
    await expect(plan.getByRole('checkbox', { name: 'Støttet egenbehandling' }).isChecked()).resolves.toBe(
      true,
    );
    await tick(plan.getByRole('checkbox', { name: /^Smertestillende medicin/ }));
    await plan
      .getByLabel('Aftaler om egenbehandling')
      .fill('Gåture dagligt, øvelser fra pjecen morgen og aften');
    await plan.getByRole('button', { name: 'Gem plan' }).click();
    await plan.getByRole('status').filter({ hasText: 'Gemt' }).waitFor();
    await mainScreen(gp, '06-plan');
  });

  test('HOSP-CONTENT, HOSP-WORDING, CONSENT: refers to the joint triage at Rygcenter with what the program requires', async () => {
    await tab(gp, 'Henvisning');
    const referral = panel(gp, 'Henvisning');
    await referral.getByLabel('Henvisning til').selectOption({ label: 'Rygcenter (fællesvisitation)' });
    await referral.getByLabel(/^Modtager/).selectOption({ label: RYGCENTER });
    // HOSP-WORDING: the words to say, and the referrer's confirmation that they were said.
    await referral.getByText('"Jeg henviser dig til et rygforløb på regionens sygehuse."').waitFor();
    const check = referral.getByRole('complementary', { name: 'Programmets tjek' });
    await expect.poll(() => check.textContent()).toMatch(/Der mangler \d+ ting, før henvisningen kan sendes/);
    // Prefilled from the pathway (issue 14): the triage's target group, with its source.
    const condition = referral.getByLabel('Mistænkt tilstand');
    expect(await condition.inputValue()).toBe('Mistanke om nerverodspåvirkning');
    await referral.getByText(/^Hentet fra Triage \d\d\.\d\d\.\d{4}, Lægerne Kirkegade, Vejle\.$/).waitFor();
    await mainScreen(gp, '08-referral');

    // Sending an empty referral is refused, and says what HOSP-CONTENT wants.
    const send = referral.getByRole('button', { name: 'Send henvisning: Rygcenter (fællesvisitation)' });
    await send.click();
    await expect.poll(() => check.textContent()).toContain('HOSP-CONTENT');
    for (const field of ['Symptomdebut', 'Kraftgrad', 'Afprøvet behandling']) {
      await expect.poll(() => check.textContent()).toContain(field);
    }
    expect(await check.textContent()).not.toContain('Mistænkt tilstand');
    await expect.poll(() => referral.getByLabel('Symptomdebut').getAttribute('aria-invalid')).toBe('true');
    // The refused send takes focus to the first gap, not back to the button (issue 14).
    await expect
      .poll(() =>
        gp.evaluate(() => document.activeElement?.closest('[data-invalid], [aria-invalid="true"]') !== null),
      )
      .toBe(true);
    // One entry per gap, the count says as many, and each entry is a link to its field.
    const gaps = check.getByRole('list', { name: 'Felter' }).getByRole('link');
    const count = await gaps.count();
    expect(await check.textContent()).toContain(`Der mangler ${count} ting`);
    await check.getByRole('link', { name: 'Afprøvet behandling skal udfyldes' }).click();
    await expect
      .poll(() => gp.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('content.treatmentTried');
    // Field messages are words, not codes.
    expect(await referral.getByText('Skal udfyldes.').count()).toBeGreaterThan(0);
    expect(await referral.getByText(/skal udfyldes \(HOSP-CONTENT/).count()).toBe(0);
    await referral
      .getByRole('region', { name: 'Henvisninger i forløbet' })
      .getByText('Ingen henvisninger endnu.')
      .waitFor();

    await tick(referral.getByRole('radio', { name: /^Bekymrende symptomer/ }));
    await referral
      .getByLabel(/^Bekymrende symptomer \(fx/)
      .fill('Tiltagende kraftnedsættelse i højre fod over 2 uger');
    // The clinician changes a prefilled value; the note says so.
    await condition.fill('Lumbal diskusprolaps med radikulopati højre L5');
    await referral.getByText(/^Rettet af dig \(hentet fra Triage/).waitFor();
    await referral.getByLabel('Hvad ønskes undersøgt?').fill('Vurdering af behov for kirurgi');
    await referral.getByLabel('Symptomdebut').fill('Oktober 2026, efter havearbejde');
    await referral.getByLabel('Smertelokalisation og udstråling').fill('Lænd med udstråling til højre fod');
    await referral.getByLabel('Sygemelding og funktionsniveau').fill('Sygemeldt 3 uger; går 500 m');
    await referral.getByLabel('Andre betydende sygdomme').fill('Ingen; ingen tidligere rygoperation');
    await referral.getByLabel('Aktuel medicin').fill('Paracetamol 1 g x 3');
    await tick(referral.getByRole('checkbox', { name: 'FMK er opdateret' }));
    await referral.getByLabel('Kraftgrad').fill('4/5 dorsalfleksion højre fod');
    await referral.getByLabel('Føleforstyrrelser').fill('Nedsat følesans L5 højre');
    // A number field commits its value when the user leaves it, as with Tab.
    await referral.getByLabel('Højde (cm)').fill('168');
    await referral.getByLabel('Højde (cm)').press('Tab');
    await referral.getByLabel('Vægt (kg)').fill('70');
    await referral.getByLabel('Vægt (kg)').press('Tab');
    await referral.getByText('BMI: 24,8').waitFor();
    await referral.getByLabel('Billeddiagnostiske fund').fill('Ingen billeddiagnostik endnu');
    await referral.getByLabel('Andre parakliniske fund').fill('Ingen');
    await referral.getByLabel('Afprøvet behandling').fill('Superviseret træning 4 uger, paracetamol');
    await referral.getByLabel('Borgerens telefonnummer').fill('20 30 40 50');
    await referral.getByLabel('Transport').fill('Kører selv');
    await expect.poll(() => check.textContent()).toMatch(/Der mangler/);
    await tick(
      referral.getByRole('checkbox', { name: /^Jeg har sagt "et rygforløb på regionens sygehuse"/ }),
    );
    await tick(
      referral.getByRole('checkbox', {
        name: new RegExp(`samtykker til, at henvisningen .* sendes til ${RYGCENTER}`),
      }),
    );
    await expect.poll(() => check.textContent()).toMatch(/Klar til at sende/);
    await send.click();
    await referral
      .getByRole('status')
      .getByText(`Rygcenter (fællesvisitation): henvisningen er sendt til ${RYGCENTER}.`)
      .waitFor();
    const sent = referral.getByRole('region', { name: 'Henvisninger i forløbet' }).getByRole('listitem');
    await expect
      .poll(() => sent.first().textContent())
      .toMatch(/Rygcenter \(fællesvisitation\).*Afventer svar/);
    // Nothing stale after success: the check no longer counts gaps of the emptied form.
    await expect.poll(() => check.textContent()).toContain('Henvisningen er sendt.');
    expect(await check.textContent()).not.toContain('Der mangler');
    await screenshot(gp, 'clinic-08-referral-sent');
  });

  test('shows the treatment, notes and consent screens', async () => {
    await tab(gp, 'Behandling');
    await panel(gp, 'Behandling').getByRole('heading', { name: 'Start en indsats' }).waitFor();
    await mainScreen(gp, '07-treatment');
    await tab(gp, 'Notater');
    await panel(gp, 'Notater').getByRole('heading', { name: 'Nyt notat' }).waitFor();
    await mainScreen(gp, '09-notes');
    await tab(gp, 'Samtykke');
    await panel(gp, 'Samtykke').getByRole('heading', { name: 'Borgerens samtykker' }).waitFor();
    await mainScreen(gp, '10-consent');
    // The overview again, now that the timeline holds a day's work across the tabs.
    await tab(gp, 'Overblik');
    const timeline = panel(gp, 'Overblik').getByRole('region', { name: 'Tidslinje' });
    await expect.poll(() => timeline.getByRole('listitem').count()).toBeGreaterThanOrEqual(6);
    await expect.poll(() => timeline.textContent()).toContain('STarT Back 7/9 (Høj risiko)');
    await mainScreen(gp, '03-pathway-overview-later');
  });

  test('the printable "Min plan" says the plan in plain Danish', async () => {
    await gp.goto(`${pathwayUrl}/min-plan`);
    await gp.getByRole('heading', { level: 1 }).waitFor();
    await gp.getByText('Kunne gå tur med hunden i skoven hver dag').waitFor();
    await gp.getByText('Gåture dagligt, øvelser fra pjecen morgen og aften').waitFor();
    const helpers = gp.getByRole('listitem').filter({ hasText: 'Det, du selv gør for din ryg' });
    await expect.poll(() => helpers.textContent()).toContain('Lægerne Kirkegade, Vejle');
    await mainScreen(gp, '11-min-plan');
  });

  test('HOSP-CONTENT: the back centre finds the referral in its inbox, reads its content and accepts it', async () => {
    const hospital = await signIn(system, 'clinic', 'rygcenter');
    hospital.setDefaultTimeout(10_000);
    const inboxRow = hospital.getByRole('row').filter({ hasText: NAME });
    await expect.poll(() => inboxRow.textContent()).toContain('Henvisning: Rygcenter (fællesvisitation)');
    await screenshot(hospital, 'clinic-12-hospital-worklist');
    await inboxRow.getByRole('link', { name: NAME }).click();
    await tab(hospital, 'Henvisning');
    const referral = panel(hospital, 'Henvisning');
    await referral.getByText('Lumbal diskusprolaps med radikulopati højre L5').waitFor();
    await referral.getByText('4/5 dorsalfleksion højre fod').waitFor();
    // The referral waiting for an answer comes before the form for a new one.
    await expect(referral.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
      'Henvisninger i forløbet',
    );
    await mainScreen(hospital, '12-hospital-inbox');

    await referral.getByRole('button', { name: 'Acceptér henvisningen' }).click();
    const item = referral.getByRole('region', { name: 'Henvisninger i forløbet' }).getByRole('listitem');
    await expect.poll(() => item.first().textContent()).toMatch(/Rygcenter \(fællesvisitation\).*Accepteret/);

    // Back at the GP's, the answer is new in the worklist.
    await gp.goto(pathwayUrl.replace(/\/pathway\/.*$/, '/'));
    const row = gp.getByRole('row').filter({ hasText: NAME });
    await expect
      .poll(() => row.textContent())
      .toContain('Henvisning accepteret: Rygcenter (fællesvisitation)');
  });

  test('HOSP-EPICRISIS: the GP reads the epicrisis the back centre sent back', async () => {
    await gp.goto(pathwayUrl.replace(/\/pathway\/.*$/, '/'));
    await gp.getByRole('row').filter({ hasText: 'Erik Opdigtgaard' }).getByRole('link').click();
    await gp.getByRole('heading', { level: 1, name: /Erik Opdigtgaard/ }).waitFor();
    await tab(gp, 'Notater');
    const notes = panel(gp, 'Notater').getByRole('region', { name: 'Notater' });
    await expect.poll(() => notes.textContent()).toContain('Epikrise');
    await mainScreen(gp, '09-notes-epicrisis');
  });
});
