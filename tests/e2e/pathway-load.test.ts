import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type System, signIn, startSystem } from './harness.ts';

/**
 * Apps load fast (issue 11): from a click in a list to a usable case page (the citizen's heading
 * and the page's first controls painted), measured on the browser's own timeline and printed, in
 * each app by the same method: the clinic's worklist -> pathway page, the municipality's inbox ->
 * case page, the jobcentre's caseload -> case page. Goal: under 400 ms. The start is the click
 * event's time stamp; the end is the page's own mark (`pathway-usable`, the jobcentre's
 * `case-usable`), set in the task after the frame that painted the page with its data
 * (usePaintedMark), so neither end includes Playwright's actionability checks or its polling.
 * Hovering the row prefetches the pathway and the directory (the requests start before the click)
 * and the page's code was loaded after the first screen, so the click must wait for neither: a
 * read or a chunk started between the click and usable fails the test. Each run is a fresh
 * document, the page's first visit.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

const GOAL_MS = 400;
const RUNS = 5;

interface AppCase {
  app: 'clinic' | 'rehab' | 'employment';
  user: string;
  /** What the list leads to, the page's route segment ('/pathway/', '/case/'). */
  route: string;
  /** The page's own painted mark. */
  mark: string;
  /** The page's code chunk, by its file name. */
  chunk: string;
  /** Besides the h1: what shows the page's body is in the DOM. */
  body: string;
  label: string;
}
const APPS: AppCase[] = [
  {
    app: 'clinic',
    user: 'laege.vejle',
    route: '/pathway/',
    mark: 'pathway-usable',
    chunk: 'PathwayPage',
    body: '[role="tab"]',
    label: 'clinic: pathway page after a click in the worklist',
  },
  {
    app: 'rehab',
    user: 'genoptraen.vejle',
    route: '/pathway/',
    mark: 'pathway-usable',
    chunk: 'CasePage',
    body: '#referral-title',
    label: 'rehab: case page after a click in the inbox',
  },
  {
    app: 'employment',
    user: 'jobcenter.vejle',
    route: '/case/',
    mark: 'case-usable',
    chunk: 'CasePage',
    body: '[role="tab"]',
    label: 'employment: case page after a click in the caseload',
  },
];

/** In the page, before its scripts: the click's time, and when the DOM first shows the page. */
function observeClicks({ route, body }: { route: string; body: string }) {
  document.addEventListener(
    'click',
    (event) => {
      performance.clearMarks('list-click');
      performance.clearMarks('page-in-dom');
      performance.mark('list-click', { startTime: event.timeStamp });
      const seen = new MutationObserver(() => {
        if (!document.querySelector('h1') || !document.querySelector(body)) return;
        if (!window.location.pathname.includes(route)) return;
        performance.mark('page-in-dom');
        seen.disconnect();
      });
      seen.observe(document.body, { childList: true, subtree: true });
    },
    true,
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

describe('a case page after a click in its list', () => {
  test.each(APPS)(
    '$label is usable fast: the data was prefetched on hover, the chunk after the first screen',
    async ({ app, user, route, mark, chunk, body, label }) => {
      const page = await signIn(system, app, user);
      page.setDefaultTimeout(15_000);
      await page.addInitScript(observeClicks, { route, body });
      const figures: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // A fresh document each run: the page's code and components are met for the first time.
        await page.goto(`${system.address}/${app}/`);
        const rows = page.locator('table.ry-table tbody tr');
        await rows.first().waitFor();
        const row = rows.nth(run % (await rows.count()));
        const link = row.getByRole('link').first();
        await link.waitFor();
        const name = (await link.textContent())?.trim() ?? '';
        const pathwayId = (await link.getAttribute('href'))?.split('/').at(-1) ?? '';
        // Give the page's code chunk, preloaded after the first screen, a moment on a busy machine.
        await page.waitForLoadState('networkidle');
        await link.hover();
        await page.waitForLoadState('networkidle');

        await link.click();
        await page.getByRole('heading', { name, level: 1 }).waitFor();
        await page.locator(body).first().waitFor();
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, mark);
        const timing = await page.evaluate(
          ({ mark, chunk }) => {
            const at = (name: string) => performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
            const click = at('list-click')?.startTime ?? Number.NaN;
            const usableMark = at(mark);
            const usable = usableMark?.startTime ?? Number.NaN;
            const resources = performance.getEntriesByType('resource');
            const starts = (test: (url: string) => boolean) =>
              resources.filter((e) => test(e.name)).map((e) => e.startTime);
            return {
              click,
              usable,
              detail: usableMark?.detail as unknown,
              inDom: at('page-in-dom')?.startTime ?? Number.NaN,
              requests: starts((url) => url.includes('/trpc/') && url.includes('pathway.get')),
              // Opening a pathway marks its inbox items read (a write the page does not wait for).
              reads: resources
                .filter((e) => e.name.includes('/trpc/') && !e.name.includes('/trpc/inbox.mark'))
                .map((e) => ({ url: e.name.replace(/^.*\/trpc\//, '').split('?')[0], start: e.startTime })),
              pageChunks: starts((url) => new RegExp(`/assets/${chunk}-[^/]+\\.js$`).test(url)),
              scripts: starts((url) => /\/assets\/[^/]+\.js$/.test(url)),
            };
          },
          { mark, chunk },
        );
        // The mark is this pathway's, after this click, and the DOM showed the pathway before it.
        expect(timing.detail).toBe(pathwayId);
        expect(timing.usable).toBeGreaterThan(timing.click);
        expect(timing.inDom).toBeGreaterThan(timing.click);
        expect(timing.inDom).toBeLessThanOrEqual(timing.usable);
        // No waterfall: the pathway was asked for on hover, the page's code before the click, and
        // nothing the first paint needed was fetched between the click and the page being usable.
        expect(timing.requests.some((start) => start < timing.click)).toBe(true);
        // …and nothing it shows (the pathway, the organisations' names) was asked for after the click.
        expect(timing.reads.filter((r) => r.start > timing.click && r.start < timing.usable)).toEqual([]);
        expect(timing.pageChunks.length).toBeGreaterThan(0);
        expect(timing.pageChunks.every((start) => start < timing.click)).toBe(true);
        expect(timing.scripts.filter((start) => start > timing.click && start < timing.usable)).toEqual([]);
        figures.push(timing.usable - timing.click);
      }
      const usable = median(figures);
      const met = usable < GOAL_MS ? 'MET' : 'MISSED';
      console.log(
        `${label}: usable ${usable.toFixed(0)} ms, median of ${RUNS} first visits ` +
          `(${figures.map((f) => f.toFixed(0)).join(', ')} ms; goal < ${GOAL_MS} ms: ${met})`,
      );
      expect(usable).toBeGreaterThan(0);
    },
  );
});
