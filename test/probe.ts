/**
 * Opening a real page in a new tab of the test browser (see scripts/wtr-page-probe.mjs).
 * With `html`, the page at `path` is replaced by that markup (`{origin}` becomes the test server's origin).
 */
import { executeServerCommand } from '@web/test-runner-commands';

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
 * `timeout`: how long to wait for `waitFor`, in ms; never less than a minute (scripts/wtr-page-probe.mjs). The page
 * is opened by one command and its report asked for until it is there: the runner fails a command after 20 s.
 */
export async function probePage<T>(path: string, options: { evaluate?: string; waitFor?: string; timeout?: number; html?: string; viewport?: { width: number; height: number } } = {}): Promise<PageProbe<T>> {
  const id = await executeServerCommand<number, object>('probe-page-start', { path, ...options });
  for (;;) {
    const answer = await executeServerCommand<{ done: boolean; report?: PageProbe<T> }, { id: number }>('probe-page-result', { id });
    if (answer?.done) return answer.report!;
  }
}

/** An expression for `evaluate`: the visible text of each element matching `selector`, shadow roots included. */
export const shadowTexts = (selector: string) =>
  `[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => (el.shadowRoot ? el.shadowRoot.textContent : '').replace(/\\s+/g, ' ').trim())`;
