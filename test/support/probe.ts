/**
 * Opening a real page in a new tab of the test browser (see scripts/test/wtr-page-probe.mjs).
 * With `html`, the page at `path` is replaced by that markup (`{origin}` becomes the test server's origin).
 */
import { inTurns } from './engine.js';
import { UNTIL_LIMIT_MS } from './wait.js';

export interface PageProbe<T> {
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
  cspViolations: string[];
  /** The `waitFor` condition never became true. */
  waitTimedOut: boolean;
  result: T;
}

/**
 * `timeout`: how long to wait for `waitFor`, in ms; never less than a minute (scripts/test/wtr-page-probe.mjs). The report
 * comes in turns: a page on a loaded machine can take longer to open than the runner lets a command take.
 */
export function probePage<T>(
  path: string,
  options: {
    evaluate?: string;
    waitFor?: string;
    timeout?: number;
    html?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<PageProbe<T>> {
  return inTurns<PageProbe<T>>('probe-page', { path, ...options });
}

/** An expression for `evaluate`: the visible text of each element matching `selector`, shadow roots included. */
export const shadowTexts = (selector: string) =>
  `[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => (el.shadowRoot ? el.shadowRoot.textContent : '').replace(/\\s+/g, ' ').trim())`;

/**
 * For `evaluate`: declares `until(test, what)` in the page, which resolves once `test()` holds (it may return a
 * promise; checked every 20 ms) and fails naming `what` (by default the condition's source) after UNTIL_LIMIT_MS.
 * The same as `until` of wait.ts, for code that runs in the probed page (a string, which cannot import it).
 */
export const PAGE_UNTIL = `const until = async (test, what = String(test)) => {
  const started = performance.now();
  while (!(await test())) {
    if (performance.now() - started > ${UNTIL_LIMIT_MS}) throw new Error('not within ${UNTIL_LIMIT_MS / 1000} s: ' + what);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};`;
