import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, type Database } from '@rygforlob/db';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { buildApp } from '../../apps/server/src/app.ts';
import { DEMO_PASSWORD } from '../../apps/server/src/demo/organisations.ts';
import { seedDemo } from '../../apps/server/src/demo/seed.ts';
import { loadSettings } from '../../apps/server/src/settings.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = join(HERE, '../artifacts/screenshots');

/** The flags this workplace's closed network needs (toolchain facts in the brief). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface System {
  address: string;
  browser: Browser;
  database: Database;
  app: Awaited<ReturnType<typeof buildApp>>;
  close(): Promise<void>;
}

/**
 * The whole system in this process: a fresh in-memory PGlite with the demo data, the real
 * Fastify server on a random loopback port serving the built apps, and Debian's chromium.
 */
export async function startSystem(options: { now?: Date } = {}): Promise<System> {
  const database = await createDatabase({ driver: 'pglite' });
  await seedDemo(database, { now: options.now ?? new Date(), password: DEMO_PASSWORD });
  // The server shares this process with PGlite's WebAssembly and the seeding on a busy 2-core
  // machine: its event loop stalls for seconds, so the overload guard (tested in apps/server)
  // would answer the browser 503. It is off here; everything else is the production set-up.
  const settings = {
    ...loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'warn', OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0' }),
    seedDemo: false,
  };
  const app = await buildApp({ database, settings });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    address,
    browser,
    database,
    app,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/** A fresh browser context (own cookies), signed in as a demo user in one of the apps. */
export async function signIn(
  system: System,
  app: 'clinic' | 'rehab' | 'employment',
  username: string,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Page> {
  const context = await system.browser.newContext({
    locale: options.locale ?? 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: options.viewport ?? { width: 1360, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${system.address}/${app}/`);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  // Signed in: 'Log ud' is in the header, or behind its menu button on a phone (issue 14).
  await page
    .getByRole('button', { name: 'Log ud', exact: true, includeHidden: true })
    .waitFor({ state: 'attached' });
  return page;
}

/** Saves a full-page screenshot under tests/artifacts/screenshots and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations (WCAG 2.1 A and AA) on the page as it is now. */
export async function seriousAccessibilityProblems(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol: the server's CSP (script-src 'self') rightly blocks an
  // inline <script>, which is what addScriptTag would insert.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.flatMap((n) => n.target).slice(0, 5),
    }));
}

/** The two sizes every main screen is shown at (issue 14): a laptop and a phone. */
export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Types a day into a react-aria date field the way a Danish clinician writes it, dd.mm.åååå,
 * dots included (the field skips them). `field` is the field's wrapper or its group.
 */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(`${day}.${month}.${year}`);
}

/** The field wrapper (label, input, errors) of the form control named `name`. */
export const fieldNamed = (page: Page, name: string): Locator =>
  page.locator('.ry-field', { has: page.locator(`[name="${name}"]`) }).last();

/** The date field labelled `label` inside `scope`. */
export const dateField = (scope: Page | Locator, label: string): Locator =>
  scope.getByRole('group', { name: label, exact: true });

/**
 * A worklist banner's first deadline link opens its pathway or case at that deadline's advice card,
 * focused and in view (issue 14: "banners that lead to the item"). Fails with what it found.
 */
export async function followBannerToAdviceCard(page: Page, banner: Locator): Promise<void> {
  const first = banner.getByRole('link').first();
  const [citizen = '', clock = ''] = ((await first.textContent()) ?? '').split(': ');
  await first.click();
  await page.getByRole('heading', { level: 1, name: new RegExp(citizen) }).waitFor();
  const deadline = Date.now() + 10_000;
  while (!((await page.evaluate(() => document.activeElement?.id ?? '')) ?? '').startsWith('advice-')) {
    if (Date.now() > deadline)
      throw new Error(
        `focus is on "${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}"`,
      );
    await page.waitForTimeout(50);
  }
  const card = page.locator('.ry-alert:focus');
  const title = await card.locator('.ry-alert__title').textContent();
  if (title !== clock.trim()) throw new Error(`focused card "${title}", the banner said "${clock.trim()}"`);
  const box = await card.boundingBox();
  if (!box || box.y < 0 || box.y >= (page.viewportSize()?.height ?? 0))
    throw new Error(`the focused card is out of view (y ${box?.y})`);
}
