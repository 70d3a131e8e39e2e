import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard, type DashboardSession } from '../helpers/browser';
import { shownCounts, studyDataset } from '../helpers/dashboard';

const study = studyDataset();
const chromium = chromiumPerFile();

/** The study's page, then `path` opened in the same tab once `routes` are in place. */
async function openLink(path: string, routes: (session: DashboardSession) => Promise<unknown> = async () => {}): Promise<DashboardSession> {
  const session = await openDashboard(chromium(), inject('baseUrl'));
  await routes(session);
  await session.page.goto(new URL(path, inject('baseUrl')).toString());
  await session.page.getByTestId('counts').waitFor();
  return session;
}

describe('a dataset given by ?data=', () => {
  it.each(['http://[', 'http://%zz', 'https://:0', 'http://a:99999'])('says that %s is not an address, and still applies and syncs the rest of the link', async (address) => {
    const session = await openLink(`?data=${encodeURIComponent(address)}&iv=interviewed`);
    const { page } = session;
    const notice = page.locator('.notice--import-failed');
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toContain(`Les données de « ${address} » n’ont pas pu être chargées`);
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([
      `${address} : ce n’est pas une adresse web valide : vérifiez le paramètre data= du lien`,
    ]);
    // The rest of the link applied…
    expect(await page.getByRole('radio', { name: 'Interrogés pour l’étude' }).isChecked()).toBe(true);
    expect((await shownCounts(page)).clusters).toBeLessThan(study.clusters.length);
    // …and the address follows the next choice.
    await page.getByRole('radio', { name: 'Cités en exemple' }).check();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('iv') === 'cited');
    expect(session.consoleErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
    await session.close();
  });
});
