import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/domain/schema';

/** The study's dataset as shipped, to compute what the page should show instead of hard-coding it. */
export function studyDataset(): Dataset {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/study.json'), 'utf8')) as Dataset;
}

/** "12 initiatives · 7 clusters" read back as numbers. */
export async function shownCounts(page: Page): Promise<{ initiatives: number; clusters: number }> {
  const text = (await page.getByTestId('counts').textContent()) ?? '';
  const match = /(\d[\d\s  ]*) initiatives? · (\d[\d\s  ]*) clusters?/.exec(text);
  if (!match) throw new Error(`Counts not understood: "${text}"`);
  const toNumber = (s: string | undefined) => Number((s ?? '').replace(/\D/g, ''));
  return { initiatives: toNumber(match[1]), clusters: toNumber(match[2]) };
}

async function idsWhere(page: Page, selector: string, attribute: string, emphases: string[]): Promise<string[]> {
  return page.$$eval(
    selector,
    (elements, [attr, wanted]) =>
      elements
        .filter((e) => (wanted as string[]).includes(e.getAttribute('data-emphasis') ?? ''))
        .map((e) => e.getAttribute(attr as string) ?? '')
        .sort(),
    [attribute, emphases] as const,
  );
}

/** Initiatives drawn at full strength on the chart (not faded by the filters). */
export const visibleMarks = (page: Page) =>
  idsWhere(page, '[data-initiative-id]', 'data-initiative-id', ['normal', 'highlighted', 'dimmed']);
export const highlightedMarks = (page: Page) => idsWhere(page, '[data-initiative-id]', 'data-initiative-id', ['highlighted']);
/** Headquarters drawn at full strength on the map. */
export const visibleMarkers = (page: Page) =>
  idsWhere(page, '[data-cluster-id]', 'data-cluster-id', ['normal', 'highlighted', 'dimmed']);
export const highlightedMarkers = (page: Page) => idsWhere(page, '[data-cluster-id]', 'data-cluster-id', ['highlighted']);

/** The map marker of a cluster, found as a person would: a button named after it. */
export function mapMarker(page: Page, clusterName: string) {
  return page.getByTestId('hq-map').getByRole('button', { name: new RegExp(`^${clusterName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} —`) });
}
