import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { studyDataset, visibleMarks } from '../helpers/dashboard';

const study = studyDataset();
const chromium = chromiumPerFile();

describe('filters in the study’s words', () => {
  it('answers “a wider public, paying off in under six months” with two named steps, and the link keeps them', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    const audience = page.getByRole('group', { name: 'Public visé' });
    const horizon = page.getByRole('group', { name: 'Délai des effets' });
    await audience.getByRole('radio', { name: 'Public plus large' }).check();
    await horizon.getByRole('radio', { name: 'Court terme (moins de 6 mois)' }).check();
    // Exactly the initiatives the study's categories name (the thirds the tables use to word positions).
    const expected = study.initiatives.filter((i) => i.audience >= 2 / 3 && i.horizon < 1 / 3).map((i) => i.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => visibleMarks(page)).toEqual(expected);
    expect(await page.getByTestId('active-filters').textContent()).toBe('Public visé : public plus large · Délai des effets : court terme (moins de 6 mois)');
    await expect.poll(() => new URL(page.url()).searchParams.get('hor')).toBe('0-0.333');
    expect(new URL(page.url()).searchParams.get('aud')).toBe('0.667-1');

    await page.reload();
    await page.getByTestId('counts').waitFor();
    expect(await audience.getByRole('radio', { name: 'Public plus large' }).isChecked()).toBe(true);
    expect(await horizon.getByRole('radio', { name: 'Court terme (moins de 6 mois)' }).isChecked()).toBe(true);
    await expect.poll(() => visibleMarks(page)).toEqual(expected);
    session.expectClean();
    await session.close();
  });

  it('keeps the precise range one click away, says a range of one’s own, and shows the regions as a group of their own', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?aud=0.2-0.5' });
    const { page } = session;
    const audience = page.getByRole('group', { name: 'Public visé' });
    expect(await audience.getByRole('radio').evaluateAll((radios) => radios.filter((r) => (r as HTMLInputElement).checked).length)).toBe(0);
    expect(await audience.getByText('Plage choisie : de 20 % à 50 %').isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Public visé, plage précise' }).isVisible()).toBe(true);

    const horizon = page.getByRole('group', { name: 'Délai des effets' });
    const disclosure = horizon.getByRole('button', { name: /Plage précise/ });
    expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
    await disclosure.click();
    expect(await disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('group', { name: 'Délai des effets, plage précise' }).isVisible()).toBe(true);

    const regions = page.getByRole('group', { name: /^Régions/ });
    expect(await regions.getByRole('checkbox', { name: 'Bretagne' }).isVisible()).toBe(true);
    session.expectClean();
    await session.close();
  });
});
