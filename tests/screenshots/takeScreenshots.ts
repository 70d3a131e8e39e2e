/**
 * `npm run screenshots`: photographs the built app (run `npm run build` first)
 * in French and English, on a 1280 px desktop and a 390 px phone, for the
 * README (images land beside this file), a synthetic network of 10,000
 * clusters as the grouped map and bulk Figure 1 show it, and the social
 * preview image (public/social-preview.png).
 */
import { resolve } from 'node:path';
import { preview } from 'vite';
import { generateNetwork } from '../bench/generateNetwork';
import { launchChromium } from '../helpers/browser';

const here = import.meta.dirname;
const server = await preview({
  configFile: resolve(here, '../../vite.config.ts'),
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4320, strictPort: false, open: false },
});
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('vite preview did not report a local URL.');

const browser = await launchChromium();
try {
  for (const lang of ['fr', 'en'] as const) {
    for (const [device, width, height, scale] of [
      ['desktop', 1280, 900, 1],
      ['phone', 390, 844, 2],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
      await page.goto(`${baseUrl}?lang=${lang}`);
      await page.locator('[data-testid="figure1"] text[data-label-for]').first().waitFor();
      await page.locator('.leaflet-overlay-pane path').first().waitFor();
      // The whole page: the sections below the views (matrix, tables, case studies, key figures) render after the
      // first paint, and were missing from the picture.
      if (device === 'desktop') await page.locator('.context').waitFor();
      const file = resolve(here, `dashboard-${lang}-${device}.png`);
      await page.screenshot({ path: file, fullPage: device === 'desktop' });
      console.log(`wrote ${file}`);
      await page.close();
    }
  }
  // A whole network: 10,000 headquarters and 2,000 initiatives, one domain filtered.
  const network = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const body = JSON.stringify(generateNetwork(10_000, 2_000, 42));
  await network.route('**/reseau-synthetique.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await network.goto(`${baseUrl}?data=reseau-synthetique.json`);
  await network.locator('canvas.hq-groups').waitFor({ state: 'attached' });
  await network.locator('.marks-bulk').waitFor();
  await network.locator('.filters fieldset').first().getByRole('checkbox').nth(2).check();
  await network.waitForTimeout(300);
  const networkFile = resolve(here, 'network-10000-fr-desktop.png');
  await network.screenshot({ path: networkFile });
  console.log(`wrote ${networkFile}`);
  await network.close();

  // The social preview image (1200 × 630) shipped with the app.
  const preview = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await preview.goto(baseUrl);
  await preview.locator('[data-testid="figure1"] text[data-label-for]').first().waitFor();
  // The introduction starts folded to one line: the preview shows the views.
  const social = resolve(here, '../../public/social-preview.png');
  await preview.screenshot({ path: social });
  console.log(`wrote ${social}`);
  await preview.close();
} finally {
  await browser.close();
  await server.close();
}
