import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';
import { mapMarker } from '../helpers/dashboard';
import { generateNetwork } from '../bench/generateNetwork';

const chromium = chromiumPerFile();

/** Serious and critical WCAG 2.2 AA violations, one line each: rule, impact, where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

describe('automated accessibility scan (axe-core, WCAG 2.2 AA)', () => {
  const states: [string, string, (page: Page) => Promise<void>][] = [
    ['default', '', async () => {}],
    ['filtered', '?d=aider-recruter&iv=interviewed', async () => {}],
    ['profile open', '', async (page) => mapMarker(page, 'Neopolia').click()],
    ['case study open', '?sel=f:5', async () => {}],
    ['comparison', '?cmp=mecabourg,neopolia', async () => {}],
    ['export menu', '', async (page) => page.getByRole('button', { name: /^Exporter/ }).click()],
    ['import dialog with errors', '', async (page) => {
      await page.getByRole('button', { name: 'Importer vos données' }).click();
      await page.getByLabel(/Choisir des fichiers/).setInputFiles([{ name: 'c.csv', mimeType: 'text/csv', buffer: Buffer.from('name,type,sector_fr\nA,usine,Bois\n') }]);
      await page.getByTestId('import-problems').waitFor();
    }],
    ['English, phone width', '?lang=en', async () => {}],
    ['the study’s cells on Figure 1, and a profile’s advice', '?ws=1&sel=c:mecabourg&like=region', async () => {}],
    ['the coverage matrix by region, columns by coverage', '?mx=region&t=grappe-entreprises', async (page) => {
      await page.getByTestId('coverage-matrix').waitFor();
      await page.getByRole('radio', { name: 'du domaine le plus couvert au moins couvert' }).check();
    }],
    ['a network of 1,000 clusters (grouped map, bulk Figure 1), a mark focused', '', async (page) => {
      const body = JSON.stringify(generateNetwork(1000, 350, 3));
      await page.context().route('**/reseau/grand.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await page.goto(`${page.url().split('?')[0]}?data=reseau/grand.json`);
      await page.locator('canvas.hq-groups').waitFor({ state: 'attached' });
      await page.locator('.marks-surface').focus();
      await page.keyboard.press('ArrowRight');
      await page.locator('#chart-tooltip').waitFor();
    }],
  ];
  for (const [name, path, act] of states) {
    it(`has no serious or critical violation: ${name}`, async () => {
      const phone = name.includes('phone');
      const session = await openDashboard(chromium(), inject('baseUrl'), { path, ...(phone ? { width: 390, height: 844 } : {}) });
      await act(session.page);
      expect(await seriousViolations(session.page)).toEqual([]);
      session.expectClean();
      await session.close();
    });
  }
});
