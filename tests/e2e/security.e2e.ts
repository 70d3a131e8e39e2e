import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';

const chromium = chromiumPerFile();

/** The built page's policy, directive by directive (vite.config.ts says why each). */
const EXPECTED_POLICY: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

describe('the Content Security Policy of the built page', () => {
  it('is in a <meta> before any script or stylesheet, and the page has no inline script', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const head = await page.evaluate(() => {
      const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const loaded = [...document.head.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]')];
      return {
        policy: meta?.getAttribute('content') ?? null,
        // A <meta> policy only governs what comes after it.
        first: meta !== null && loaded.length > 0 && loaded.every((e) => meta.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING),
        inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      };
    });
    expect(head.policy).not.toBeNull();
    const directives = Object.fromEntries(
      head.policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]),
    );
    expect(directives).toEqual(EXPECTED_POLICY);
    expect(head.first).toBe(true);
    expect(head.inlineScripts).toBe(0);
    session.expectClean();
    await session.close();
  });

  it('refuses an injected inline script and an image from another site, and the session reports both', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      const image = new Image();
      image.src = 'https://example.org/pixel.png';
      document.body.append(image);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => session.cspViolations.length).toBe(2);
    expect(session.cspViolations).toEqual([expect.stringMatching(/^script-src-elem inline\b/), 'img-src https://example.org/pixel.png']);
    // Refused before any request: nothing reached the network.
    expect(session.externalRequests).toEqual([]);
    // Chromium also logs the script, not the image; the violations fail the test on their own.
    session.consoleErrors.length = 0;
    expect(() => session.expectClean()).toThrow(/Content Security Policy violations/);
    session.cspViolations.length = 0;
    await session.close();
  });
});
