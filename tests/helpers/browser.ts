import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/** The system Chromium (Debian package `chromium`); no test tool can download a browser here. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it (apt-get install chromium) or set CHROME_PATH.`);
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--force-color-profile=srgb',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * One Chromium for the test file: launched before its tests, closed after.
 * Returns a getter, since the browser exists only once the tests run.
 */
export function chromiumPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call chromiumPerFile() at the top of the test file.');
    return browser;
  };
}

export interface DashboardSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  readonly consoleErrors: string[];
  /** Requests that tried to leave localhost (they are aborted). */
  readonly externalRequests: string[];
  /**
   * What the page's Content Security Policy refused, as `directive blocked-URI (where)`.
   * Read from `securitypolicyviolation` events, not the console: Chromium logs some
   * violations there (inline script or style) but not all (a refused `new Function`).
   */
  readonly cspViolations: string[];
  /** Fails the test if the page logged an error, tried to reach the network or broke its CSP. */
  expectClean(): void;
  /** Closes the page; fails the test if the CSP was broken, even where errors or requests are expected. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Path and query after the base URL, e.g. `?lang=en`. */
  readonly path?: string;
  readonly width?: number;
  readonly height?: number;
  readonly deviceScaleFactor?: number;
  /** The page's clock (Date only; timers run): pictures with a date in them stay the same from day to day. */
  readonly fixedTime?: Date;
  /** Runs before the page is opened (routes that fail a file, for instance; they take precedence over the local-only guard). */
  readonly beforeOpen?: (context: BrowserContext) => Promise<unknown>;
  /** False when the views are not expected to appear (a page whose data cannot load). */
  readonly waitForViews?: boolean;
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** Opens the built dashboard and waits until its data is on screen in both views. */
export async function openDashboard(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<DashboardSession> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    acceptDownloads: true,
  });
  if (options.fixedTime) await context.clock.setFixedTime(options.fixedTime);
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  const cspViolations: string[] = [];
  // Init scripts and bindings are Playwright's own, outside the page's CSP.
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
      (window as unknown as { __reportCspViolation(violation: string): void }).__reportCspViolation(`${event.effectiveDirective} ${event.blockedURI}${where}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await options.beforeOpen?.(context);
  await page.goto(new URL(options.path ?? '', baseUrl).toString());
  if (options.waitForViews !== false) {
    // Ready when both views are drawn: the chart waits for its web font, the map for Leaflet.
    await page.getByTestId('counts').waitFor();
    await page.locator('[data-testid="figure1"] [data-initiative-id]').first().waitFor();
    await page.locator('[data-cluster-id]').first().waitFor();
  }
  return {
    page,
    context,
    consoleErrors,
    externalRequests,
    cspViolations,
    expectClean() {
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(externalRequests, 'requests outside localhost').toEqual([]);
      expect(cspViolations, 'Content Security Policy violations').toEqual([]);
    },
    async close() {
      await context.close();
      expect(cspViolations, 'Content Security Policy violations').toEqual([]);
    },
  };
}

/**
 * Adds CSS for the test's own use (hiding the export dialog before a screenshot).
 * Not `page.addStyleTag`: the built page's CSP refuses an inline <style>, and
 * Playwright's `bypassCSP` would switch the policy off for the whole test, hiding
 * what it must show. A constructed stylesheet is not subject to style-src.
 */
export async function addTestStyle(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}
