import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** How the export menu is named in the interface's language. */
export interface ExportMenuWords {
  readonly open: RegExp;
  readonly dialog: string;
}

export const FRENCH_EXPORT_MENU: ExportMenuWords = { open: /^Exporter/, dialog: 'Exporter la vue' };
export const ENGLISH_EXPORT_MENU: ExportMenuWords = { open: /^Export/, dialog: 'Export the view' };

/** Opens the export dialog, unless it is open already. */
export async function openExportMenu(page: Page, words: ExportMenuWords = FRENCH_EXPORT_MENU): Promise<void> {
  if ((await page.getByRole('dialog', { name: words.dialog }).count()) === 0) await page.getByRole('button', { name: words.open }).click();
}

/** Closes the export dialog (it lies over the views), if it is open. */
export async function closeExportMenu(page: Page, words: ExportMenuWords = FRENCH_EXPORT_MENU): Promise<void> {
  if ((await page.getByRole('dialog', { name: words.dialog }).count()) > 0) await page.getByRole('button', { name: words.open }).click();
}

/**
 * Exports as a person does: opens the dialog, ticks the options named (radio
 * buttons: format, content, density, separator), clicks the export button and
 * returns the file downloaded.
 */
export async function exportFile(
  page: Page,
  button: string,
  choices: readonly (string | RegExp)[] = [],
  words: ExportMenuWords = FRENCH_EXPORT_MENU,
): Promise<{ readonly name: string; readonly bytes: Buffer }> {
  await openExportMenu(page, words);
  for (const choice of choices) await page.getByRole('radio', { name: choice }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}
