import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
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
 * Min side (issue 12) in Debian's chromium: a citizen signs in through the embedded test IdP
 * (the real OpenID Connect redirect flow), reads the plan, sees the GP's read of a minute ago in
 * the access log, and withdraws a consent; the physiotherapist then loses the data in the clinic
 * app. At 390×844 and 1440×900, by keyboard, with axe finding nothing serious or critical.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

const CITIZEN = 'Camilla Testholm';
const GP_ORG = 'Lægerne Kirkegade';
const PHYSIO_ORG = 'Fysioterapien Havneparken, Vejle';
/** Camilla's goal in the GP's plan: clinical, shown to the physiotherapist only with consent. */
const CLINICAL_MARK = 'Kunne tage på arbejde og lave forflytninger uden smerter i benet';

async function citizenPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Presses Enter on what a locator finds, after focusing it: the keyboard's way to act. */
async function press(page: Page, locator: ReturnType<Page['locator']>) {
  await locator.focus();
  await page.keyboard.press('Enter');
}

/** The sign-in: Min side → "Log ind med MitID" → the test IdP's list → the citizen → back to Min side. */
async function signInAsCitizen(page: Page, name: string, shots?: string) {
  await page.goto(`${system.address}/borger/`);
  await page.getByRole('heading', { level: 1, name: 'Log ind på Min side' }).waitFor();
  if (shots) {
    await screenshot(page, `${shots}-01-sign-in`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  }
  await press(page, page.getByRole('link', { name: 'Log ind med MitID' }));
  await page.getByRole('heading', { level: 1, name: 'Log ind som testborger' }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/demo-idp\/interaction\//);
  if (shots) await screenshot(page, `${shots}-02-test-idp`);
  await press(page, page.getByRole('button', { name }));
  await page.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/borger/');
}

/**
 * The JavaScript the page has loaded, as gzip bytes: every script the browser fetched (entry,
 * lazy chunks, modulepreloads), fetched again uncompressed and gzipped at level 9 here.
 */
async function javascriptGzipBytes(page: Page): Promise<{ bytes: number; files: string[] }> {
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith('.js')),
  );
  const files = [...new Set(urls.map((url) => new URL(url).pathname))];
  let bytes = 0;
  for (const path of files) {
    const response = await fetch(`${system.address}${path}`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(200);
    bytes += gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
  }
  return { bytes, files };
}

test('Min plan, the first screen after sign-in, loads under 150 KB gzip JavaScript (phones on mobile data)', async () => {
  const page = await citizenPage(system.browser, VIEWPORTS.phone);
  await page.goto(`${system.address}/borger/`);
  await page.getByRole('heading', { level: 1, name: 'Log ind på Min side' }).waitFor();
  const signIn = await javascriptGzipBytes(page);
  await press(page, page.getByRole('link', { name: 'Log ind med MitID' }));
  await press(page, page.getByRole('button', { name: CITIZEN }));
  await page.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
  await page.getByRole('heading', { name: 'Din medicin' }).waitFor();
  const plan = await javascriptGzipBytes(page);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `Min side JS (gzip -9): sign-in screen ${kb(signIn.bytes)} KB in ${signIn.files.length} files; ` +
      `Min plan after sign-in ${kb(plan.bytes)} KB in ${plan.files.length} files`,
  );
  expect(plan.bytes).toBeLessThan(150 * 1024);
  // The questionnaires' forms and wording are not part of it: they load with their own screen.
  expect(plan.files.some((f) => /QuestionnairesScreen/.test(f))).toBe(false);
  await page.context().close();
});

describe.each([
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop],
] as const)('Min side on a %s', (size, viewport) => {
  test('sign in through the test IdP and read my plan, by keyboard', async () => {
    const page = await citizenPage(system.browser, viewport);
    await signInAsCitizen(page, CITIZEN, `citizen-${size}`);
    await page.getByText('Kunne tage på arbejde og lave forflytninger uden smerter i benet').waitFor();
    await page.getByRole('heading', { name: 'Din medicin' }).waitFor();
    await page
      .getByText(/Ibuprofen 400 mg/)
      .first()
      .waitFor();
    await page.getByText(/Lægevagten/).waitFor();
    // Whom to call, from the directory: my practice's and my physiotherapist's (fictitious) numbers.
    const contact = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Hvis du har brug for hjælp' }) });
    await contact
      .getByRole('listitem')
      .filter({ hasText: `Din læge: ${GP_ORG}` })
      .getByRole('link', { name: '00 00 01 00' })
      .waitFor();
    await contact
      .getByRole('listitem')
      .filter({ hasText: PHYSIO_ORG })
      .getByRole('link', { name: '00 00 03 00' })
      .waitFor();
    expect(await contact.getByRole('link', { name: '00 00 01 00' }).getAttribute('href')).toBe(
      'tel:00000100',
    );
    await screenshot(page, `citizen-${size}-03-plan`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test("the access log shows the GP's read of a minute ago, with the reason", async () => {
    const gp = await signIn(system, 'clinic', 'laege.vejle', { viewport });
    await gp.getByRole('row').filter({ hasText: CITIZEN }).getByRole('link', { name: CITIZEN }).click();
    await gp.getByRole('heading', { level: 1, name: new RegExp(CITIZEN) }).waitFor();
    await gp.context().close();

    const page = await citizenPage(system.browser, viewport);
    await signInAsCitizen(page, CITIZEN);
    await press(page, page.getByRole('link', { name: 'Hvem har set dine oplysninger' }));
    await page.getByRole('heading', { level: 1, name: 'Hvem har set dine oplysninger' }).waitFor();
    const gpRead = page
      .getByRole('listitem')
      .filter({ hasText: GP_ORG })
      .filter({ hasText: 'læste dine oplysninger' })
      .filter({ hasText: 'Din læge og tovholder' });
    await expect.poll(() => gpRead.count()).toBeGreaterThan(0);
    // Newest first: the GP's read of a moment ago comes before the demo's old entries.
    // The citizen is the subject of their own lines: "Du læste …", never "Dig læste …" (issue 14 review).
    const ownLine = page.getByRole('listitem').filter({ hasText: /Du (læste|loggede|skrev) / });
    await ownLine.first().waitFor();
    expect(await page.getByText(/Dig (læste|loggede|skrev) /).count()).toBe(0);
    await screenshot(page, `citizen-${size}-04-access-log`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Filter by keyboard: only others, only reads.
    await page.getByLabel('Hvem').selectOption('others');
    await page.getByLabel('Hvad').selectOption('read');
    await expect.poll(() => ownLine.count()).toBe(0);
    await expect.poll(() => gpRead.count()).toBeGreaterThan(0);
    await page.context().close();
  });
  test('messages from my pathway: the epicrisis and the §140 plan, then sign out by keyboard', async () => {
    const page = await citizenPage(system.browser, viewport);
    await signInAsCitizen(page, 'Erik Opdigtgaard');
    await press(page, page.getByRole('link', { name: 'Beskeder' }));
    await page.getByRole('heading', { level: 1, name: 'Beskeder om dit forløb' }).waitFor();
    await page.getByRole('heading', { name: 'Afslutning fra sygehuset' }).waitFor();
    await page.getByRole('heading', { name: 'Din genoptræningsplan' }).waitFor();
    await page.getByText(/Opereret med dekompression L4\/L5/).waitFor();
    await screenshot(page, `citizen-${size}-12-messages`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // A copy of the session cookie, taken before signing out (a shared or stolen phone's).
    const copied = (await page.context().cookies()).find((c) => c.name === 'rygforlob_borger');
    expect(copied).toBeTruthy();
    await press(page, page.getByRole('button', { name: 'Log ud' }));
    await page.getByText('Du er logget ud.', { exact: false }).waitFor();
    const session = await page.evaluate(async () => (await fetch('/trpc/me.session')).json());
    expect(session).toEqual({ result: { data: { signedIn: false } } });
    // Sign-out ended the session on the server: the copied cookie opens nothing.
    const replay = await fetch(`${system.address}/trpc/me.session`, {
      headers: { cookie: `rygforlob_borger=${copied?.value}` },
    });
    expect(await replay.json()).toEqual({ result: { data: { signedIn: false } } });
    await page.context().close();
  });
});

/** The GP's pathway page for Camilla in the clinic app. */
async function gpOpensCamilla(viewport: { width: number; height: number } = VIEWPORTS.desktop) {
  const gp = await signIn(system, 'clinic', 'laege.vejle', { viewport });
  gp.setDefaultTimeout(10_000);
  await gp.getByRole('row').filter({ hasText: CITIZEN }).getByRole('link', { name: CITIZEN }).click();
  await gp.getByRole('heading', { level: 1, name: new RegExp(CITIZEN) }).waitFor();
  return gp;
}

describe('questionnaires at home', () => {
  test('the GP asks for STarT Back; the citizen answers on the phone (drafts survive a reload, a missing answer is named); the GP sees it scored and new', async () => {
    const gp = await gpOpensCamilla();
    await gp.getByRole('tab', { name: 'Vurdering', exact: true }).click();
    await press(gp, gp.getByRole('button', { name: 'Bed borgeren om at udfylde STarT Back på Min side' }));
    await gp.getByText(/STarT Back bestilt .*: afventer svar/).waitFor();
    await screenshot(gp, 'citizen-08-clinic-request');
    await gp.context().close();

    const page = await citizenPage(system.browser, VIEWPORTS.phone);
    await signInAsCitizen(page, CITIZEN);
    await press(page, page.getByRole('link', { name: 'Spørgeskemaer' }));
    await page.getByText(/Lægerne Kirkegade, Vejle har bedt dig svare/).waitFor();
    await press(page, page.getByRole('link', { name: /Svar nu/ }));
    await page.getByRole('heading', { level: 1, name: 'Spørgeskema om din ryg (STarT Back)' }).waitFor();
    // Statements 1–8 by keyboard (Space selects a focused radio); "disagree" except for 1 and 3.
    const groups = page.getByRole('group');
    for (let i = 0; i < 8; i++) {
      const choice = i === 0 || i === 2 ? 'Enig' : 'Uenig';
      await groups.nth(i).getByRole('radio', { name: choice, exact: true }).focus();
      await page.keyboard.press('Space');
    }
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Spørgeskema om din ryg (STarT Back)' }).waitFor();
    await expect
      .poll(() => groups.nth(0).getByRole('radio', { name: 'Enig', exact: true }).isChecked())
      .toBe(true);
    await press(page, page.getByRole('button', { name: 'Send dine svar' }));
    await page.getByRole('alert').filter({ hasText: 'Du mangler at svare på spørgsmål 9.' }).waitFor();
    await screenshot(page, 'citizen-phone-09-questionnaire-missing');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await groups.nth(8).getByRole('radio', { name: 'Lidt', exact: true }).focus();
    await page.keyboard.press('Space');
    await press(page, page.getByRole('button', { name: 'Send dine svar' }));
    await page
      .getByRole('status')
      .filter({ hasText: 'Tak. Dine svar er sendt til Lægerne Kirkegade, Vejle.' })
      .waitFor();
    await screenshot(page, 'citizen-phone-10-questionnaire-sent');
    await page.context().close();

    const after = await signIn(system, 'clinic', 'laege.vejle');
    const row = after.getByRole('row').filter({ hasText: CITIZEN });
    await expect.poll(() => row.textContent()).toContain('Spørgeskema');
    await row.getByRole('link', { name: CITIZEN }).click();
    await after.getByRole('heading', { level: 1, name: new RegExp(CITIZEN) }).waitFor();
    await after.getByText('STarT Back 2/9 (Lav risiko)').first().waitFor();
    await screenshot(after, 'citizen-11-gp-sees-score');
    await after.context().close();
  });
});

describe('consent the citizen withdraws', () => {
  test('withdrawn in Min side (by keyboard), the physiotherapist loses the data in the clinic app', async () => {
    const before = await signIn(system, 'clinic', 'fys.vejle');
    await before.getByRole('row').filter({ hasText: CITIZEN }).getByRole('link', { name: CITIZEN }).click();
    await before.getByRole('heading', { level: 1, name: new RegExp(CITIZEN) }).waitFor();
    await expect.poll(() => before.getByText(CLINICAL_MARK).count()).toBeGreaterThan(0);
    await before.context().close();

    const page = await citizenPage(system.browser, VIEWPORTS.phone);
    await signInAsCitizen(page, CITIZEN);
    await press(page, page.getByRole('link', { name: 'Samtykker' }));
    await page.getByRole('heading', { level: 1, name: 'Hvem må se dine oplysninger' }).waitFor();
    const card = page.getByRole('article', { name: PHYSIO_ORG });
    await card.getByText('De kan se:').waitFor();
    // Read off ACCESS_MATRIX (consentScope): a physiotherapist who is not the coordinator sees
    // what is sent to it, not the jobcentre's case (issue 14 review).
    const sees = card.locator('[data-visibility="full"]');
    const hidden = card.locator('[data-visibility="hidden"]');
    await sees.getByRole('listitem').filter({ hasText: 'Det, der er sendt til dem' }).waitFor();
    await hidden.getByText('De kan ikke se:').waitFor();
    await hidden.getByRole('listitem').filter({ hasText: 'Jobcentrets sag om dit arbejde' }).waitFor();
    // The coordinating GP sees the jobcentre's meetings, so its card hides nothing from the citizen.
    const gpCard = page.getByRole('article', { name: new RegExp(`^${GP_ORG}`) });
    await gpCard.locator('[data-visibility="full"]').getByText('Jobcentrets sag om dit arbejde').waitFor();
    expect(await gpCard.locator('[data-visibility="hidden"]').count()).toBe(0);
    await screenshot(page, 'citizen-phone-05-consents');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await press(page, card.getByRole('button', { name: 'Træk samtykke tilbage' }));
    // The confirmation takes the focus: Enter answers it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Ja, træk tilbage');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Samtykket til ${PHYSIO_ORG} er trukket tilbage.` })
      .waitFor();
    await screenshot(page, 'citizen-phone-06-consent-withdrawn');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();

    const after = await signIn(system, 'clinic', 'fys.vejle');
    await after.getByRole('row').filter({ hasText: CITIZEN }).getByRole('link', { name: CITIZEN }).click();
    await after.getByRole('heading', { level: 1, name: new RegExp(CITIZEN) }).waitFor();
    await after.waitForLoadState('networkidle');
    expect(await after.getByText(CLINICAL_MARK).count()).toBe(0);
    await screenshot(after, 'citizen-07-physio-after-withdrawal');
    await after.context().close();
  });
});
