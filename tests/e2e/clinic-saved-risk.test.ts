import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type System, screenshot, signIn, startSystem, VIEWPORTS } from './harness.ts';

/**
 * Issue 14 review (low): a saved STarT Back showed only as small grey text beside the
 * questionnaire's name. The saved result shows its risk in the risk colours, as the live score does,
 * and after a reload too.
 */
let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => system?.close());

async function tick(input: Locator) {
  await input.locator('xpath=ancestor::label[1]').click();
  await expect.poll(() => input.isChecked()).toBe(true);
}

describe('a saved STarT Back keeps its risk colour (issue 14 review)', () => {
  test('STARTBACK: the saved high risk is shown with the risk colour, after saving and reloading', async () => {
    const page = await signIn(system, 'clinic', 'laege.vejle', { viewport: VIEWPORTS.desktop });
    page.setDefaultTimeout(15_000);
    await page.getByRole('link', { name: 'Camilla Testholm' }).first().click();
    await page.getByRole('tab', { name: 'Vurdering', exact: true }).click();
    const form = page.getByRole('form', { name: 'Spørgeskemaer' });
    await form.waitFor();
    expect(await form.locator('[data-saved-risk]').count()).toBe(0);
    // Agree with 1, 3, 5, 6, 7, 8; "very much" bothered: high risk, total 7, psychosocial 5.
    const agree = [1, 3, 5, 6, 7, 8];
    for (let item = 1; item <= 8; item++) {
      await tick(
        form
          .getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) })
          .getByRole('radio', { name: agree.includes(item) ? 'Enig' : 'Uenig', exact: true }),
      );
    }
    await tick(
      form.getByRole('radiogroup', { name: /^9\. / }).getByRole('radio', { name: 'Meget', exact: true }),
    );
    await form.getByRole('button', { name: 'Gem spørgeskema' }).click();
    await form.getByRole('status').filter({ hasText: 'Gemt' }).waitFor();

    const check = async () => {
      const saved = form.locator('[data-saved-risk]');
      await saved.waitFor();
      const risk = saved.locator('.ry-risk');
      expect(await risk.getAttribute('data-risk')).toBe('high');
      expect(await risk.textContent()).toBe('Høj risiko');
      expect(await saved.textContent()).toContain('Total 7 af 9, psykosocial 5 af 5');
      // The badge wears the high-risk colours of the live score, not the grey of help text.
      const colours = await risk.evaluate((el) => {
        const s = getComputedStyle(el);
        const help = document.querySelector('.ry-help');
        return {
          background: s.backgroundColor,
          colour: s.color,
          help: help ? getComputedStyle(help).color : '',
          insideHelp: el.closest('.ry-help') !== null,
        };
      });
      expect(colours.insideHelp).toBe(false);
      expect(colours.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(colours.colour).not.toBe(colours.help);
    };
    await check();
    await screenshot(page, 'clinic-saved-risk-01');
    await page.reload();
    await page.getByRole('tab', { name: 'Vurdering', exact: true }).waitFor();
    await form.waitFor();
    await check();
    await page.context().close();
  });
});
