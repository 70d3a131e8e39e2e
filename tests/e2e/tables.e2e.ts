import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';

const chromium = chromiumPerFile();

describe('the tables under the views', () => {
  it('sort again in the new language when the language changes', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await page.getByText(/^Tableau des initiatives/).click();
    const table = page.getByTestId('initiatives-table');
    await table.locator('tbody tr').first().waitFor();
    // Sorted by domain by default: the domain column is the second.
    const domains = () => table.locator('tbody tr td:nth-of-type(1)').allTextContents();
    const distinct = (values: string[]) => values.filter((v, i) => v !== values[i - 1]);
    const sortedIn = (values: string[], locale: string) => [...values].sort((a, b) => a.localeCompare(b, locale));

    const french = distinct(await domains());
    expect(french).toEqual(sortedIn(french, 'fr'));
    expect(french[0]).toBe('Accompagner en RH');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => distinct(await domains())[0]).toBe('Analyse occupations');
    const english = distinct(await domains());
    expect(english).toEqual(sortedIn(english, 'en'));
    session.expectClean();
    await session.close();
  });
});
