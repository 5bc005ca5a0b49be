import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Notice } from '../../shared/model/notice';
import buildRenderer from '../e2e/support/global-setup';
import { launchApp, projectRoot, type LaunchedApp } from '../e2e/support/launch-app';

const SEED = join(projectRoot, 'tests', 'fixtures', 'seeds', '000_fca5672edf850d55.json');

/** The app in Chromium with the real services (as the e2e tests run it), the largest seed stored, the first screen shown. */
export async function launchWithLargestSeed(): Promise<{ app: LaunchedApp; page: Page; notice: Notice }> {
  buildRenderer();
  const app = await launchApp();
  const notice = JSON.parse(readFileSync(SEED, 'utf8')) as Notice;
  await app.services.saveNotice(notice);
  const { page } = app;
  await page.locator('#root > *').first().waitFor();
  // `npm run bench` runs under tsx, whose transform names inner functions
  // through a helper `__name` that the page does not have.
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  return { app, page, notice };
}

/** Puts the caret in the middle of a rich-text field's first paragraph, focused, without a click that could select a word. */
export async function caretInMiddle(field: Locator): Promise<void> {
  await field.evaluate((editable) => {
    const leaf = editable.querySelector('[data-slate-string]')!.firstChild!;
    const range = document.createRange();
    range.setStart(leaf, Math.floor((leaf.textContent ?? '').length / 2));
    range.collapse(true);
    (editable as HTMLElement).focus();
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
}
