/**
 * The code `npm run bench` runs inside the measured page, installed with
 * addInitScript. A string, not functions: tsx would wrap functions with
 * helpers (`__name`) the page does not have.
 *
 * It records `window.__readyAt` (ms from navigation start) at the first
 * animation frame where the chart's marks, the map's markers and the expected
 * counts are all in the page, or `window.__benchError` if the page failed
 * (either is then said in a console message starting with `BENCH_SIGNAL`),
 * `window.__longestLoadTask`, the longest main-thread task before that frame
 * (a PerformanceObserver registered before any of the page's scripts; the
 * browser reports tasks of 50 ms or more, so 0 means none that long), and
 * offers `window.__bench.toggle` and `window.__bench.type`, which measure the
 * main-thread work of one change: the script time of the action (event
 * handlers, React's render and commit, effects, Leaflet updates) plus the work
 * of the next frame, from its first animation-frame callback (ours, registered
 * before the action, so the frame's other callbacks, e.g. a canvas redraw, are
 * counted) to just after its style, layout and paint. The wait for the frame
 * itself is excluded.
 */
import type { Counts } from './sizes';

export interface PageConfig {
  readonly chart: string;
  readonly map: string;
  /** The element whose text starts "<initiatives> initiatives · <clusters> clusters". */
  readonly counts: string;
  readonly expected: Counts;
  /** Present when the page reports a failure (e.g. a refused dataset). */
  readonly failure: string | null;
}

export interface ChangeSample {
  readonly work: number;
  /** The frame after the action did not show its result: `work` is then the wall time to the frame that did. */
  readonly deferred: boolean;
}

/**
 * What a click must show before its work ends: the clicked cluster's profile
 * with its comparable clusters' suggestions, or the coverage matrix drawn.
 */
export type ShownCondition = 'profile-advice' | 'matrix-open';

export interface BenchWindow {
  __readyAt?: number;
  __longestLoadTask?: number;
  __benchError?: string;
  __bench: {
    toggle(selector: string, k: number): Promise<ChangeSample>;
    type(selector: string, value: string, expected: Counts): Promise<ChangeSample>;
    /** Clicks the k-th match, measured up to the frame where what it opens is shown (see `ShownCondition`). */
    clickUntil(selector: string, k: number, shown: ShownCondition): Promise<ChangeSample>;
  };
}

/** The start of the console message by which the page says it is ready or failed (`measureLoad` waits for it). */
export const BENCH_SIGNAL = '__bench:';

const BODY = String.raw`
  const counts = () => ((document.querySelector(config.counts) || {}).textContent || '').replace(/[\s.,]/g, '').match(/\d+/g) || [];
  const shows = (expected) => {
    const n = counts();
    return Number(n[0]) === expected[0] && Number(n[1]) === expected[1];
  };
  // The harness waits for this console message rather than evaluating anything in the page while it loads.
  const signal = (end) => console.debug(${JSON.stringify(BENCH_SIGNAL)} + end);
  const fail = (message) => {
    if (window.__benchError !== undefined) return;
    window.__benchError = String(message);
    signal('failed');
  };
  window.addEventListener('error', (event) => fail(event.message));
  window.addEventListener('unhandledrejection', (event) => fail(event.reason && event.reason.message ? event.reason.message : event.reason));

  const longTasks = [];
  new PerformanceObserver((list) => { for (const task of list.getEntries()) longTasks.push(task); }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const failure = config.failure ? document.querySelector(config.failure) : null;
    if (failure) fail(failure.textContent);
    else if (document.querySelector(config.chart) && document.querySelector(config.map) && shows(config.expected)) {
      const readyAt = performance.now();
      // Tasks that started before the frame that shows both views (the observer may deliver the last one a little later).
      setTimeout(() => {
        window.__longestLoadTask = Math.max(0, ...longTasks.filter((task) => task.startTime < readyAt).map((task) => task.duration));
        window.__readyAt = readyAt;
        signal('ready');
      }, 100);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);

  // Resolves with the start of the next frame (our callback) and the time just after its rendering (the next task).
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const start = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve({ start, end: performance.now() });
    channel.port2.postMessage(null);
  }));

  // Work from the action to the end of the first frame where isShown() holds (the next frame when it is null).
  const measureUntil = async (act, isShown) => {
    const frame = nextFrame();
    const t0 = performance.now();
    act();
    const script = performance.now() - t0;
    const { start, end } = await frame;
    if (isShown === null || isShown()) return { work: script + (end - start), deferred: false };
    let last = end;
    while (!isShown()) {
      if (performance.now() - t0 > 30000) throw new Error('still not shown after 30 s');
      last = (await nextFrame()).end;
    }
    return { work: last - t0, deferred: true };
  };
  // A filter change: with expected counts, up to the frame that shows them; without, the next frame, and whether
  // the counts still moved in the two after (the change was deferred).
  const measure = async (act, expected) => {
    if (expected !== null) return measureUntil(act, () => shows(expected));
    const sample = await measureUntil(act, null);
    const shown = counts().join(' ');
    await nextFrame();
    await nextFrame();
    return { work: sample.work, deferred: counts().join(' ') !== shown };
  };
  const shownConditions = {
    'profile-advice': (clicked) => () => {
      const heading = document.getElementById('detail-heading');
      return !!heading && heading.textContent === clicked.textContent && !!document.querySelector('section.comparable');
    },
    'matrix-open': () => () => !!document.querySelector('[data-testid="coverage-matrix"], #matrix .matrix-body'),
  };

  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  window.__bench = {
    toggle: (selector, k) => {
      const toggles = document.querySelectorAll(selector);
      const toggle = toggles[k % toggles.length];
      if (!toggle) return Promise.reject(new Error('no toggle ' + selector));
      return measure(() => toggle.click(), null);
    },
    clickUntil: (selector, k, shown) => {
      const matches = document.querySelectorAll(selector);
      const target = matches[k % matches.length];
      if (!target) return Promise.reject(new Error('nothing matches ' + selector));
      return measureUntil(() => target.click(), shownConditions[shown](target));
    },
    // Sets the value as a user's keystroke would (React listens to "input" and tracks the value), then dispatches "input".
    type: (selector, value, expected) => {
      const input = document.querySelector(selector);
      if (!input) return Promise.reject(new Error('no search box ' + selector));
      return measure(() => {
        valueSetter.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, expected);
    },
  };
`;

export function pageScript(config: PageConfig): string {
  return `(() => {\n  const config = ${JSON.stringify(config)};\n${BODY}\n})();`;
}
