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

describe('on a phone', () => {
  it('a table wider than the screen says it scrolls sideways, and scrolls from the keyboard', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844 });
    const { page } = session;
    await page.getByText(/^Tableau des clusters/).click();
    const region = page.getByRole('region', { name: 'Tableau défilant horizontalement' });
    await region.waitFor();
    expect(await page.getByText('Faites défiler le tableau vers la droite →').isVisible()).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    session.expectClean();
    await session.close();
  });

  it('no text asks a touch-screen user to hover', async () => {
    const context = await chromium().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.locator('[data-testid="figure1"] [data-initiative-id]').first().waitFor();
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    const text = (await page.locator('body').innerText()).toLowerCase();
    expect(text).not.toContain('survol');
    expect(text).toContain('touchez les marques');
    await context.close();
  });
});
