// A @web/test-runner command that opens a real page of this repository in a
// new tab of the test browser and reports what a partner would see: console
// errors and warnings, uncaught exceptions, CSP violations, and the value of an
// expression evaluated in the page once it has loaded. Tests call probePage()
// (test/support/probe.ts), which sends `probe-page` with { path, evaluate, … } and then asks for the report in
// turns (scripts/test/wtr-turns.mjs): opening a page on a loaded machine can take longer than a command may.
import { startInTurns } from './wtr-turns.mjs';

/**
 * How long a page may take to load and to reach `waitFor` at least: a limit for a page that never gets there, not a
 * speed check (a page on a two-core machine shared with other work loads many times slower than alone). A test's
 * own `timeout` can only make it longer.
 */
const PAGE_WAIT_MS = 60000;

/** Opens `payload.path` in a new tab beside the test page of `session`, and resolves with what the page showed. */
async function probe(session, payload) {
  const launcher = session.browser;
  const testPage = launcher.getPage(session.id);
  const origin = new URL(testPage.url()).origin;
  const page = await launcher.browserContext.newPage();
  const report = {
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    cspViolations: [],
    waitTimedOut: false,
    result: undefined,
  };
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') report.consoleErrors.push(text);
    if (message.type() === 'warn' || message.type() === 'warning') report.consoleWarnings.push(text);
  });
  page.on('pageerror', (error) => report.pageErrors.push(String(error?.message ?? error)));
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  try {
    if (payload.viewport) await page.setViewport(payload.viewport);
    const timeout = Math.max(payload.timeout ?? 0, PAGE_WAIT_MS);
    await page.goto(origin + payload.path, { waitUntil: 'load', timeout });
    // `html`: a snippet written into a blank page of the same origin, as an editor would paste it.
    if (payload.html)
      await page.setContent(payload.html.replaceAll('{origin}', origin), { waitUntil: 'load', timeout });
    if (payload.waitFor) {
      // A page that never gets there is reported, not thrown: the test then asserts on what it shows.
      await page.waitForFunction(payload.waitFor, { timeout }).catch(() => (report.waitTimedOut = true));
    }
    if (payload.evaluate) report.result = await page.evaluate(payload.evaluate);
    report.cspViolations = await page.evaluate(() => window.__cspViolations);
  } finally {
    await page.close();
  }
  return report;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function pageProbePlugin() {
  return {
    name: 'page-probe',
    executeCommand({ command, payload, session }) {
      return command === 'probe-page' ? startInTurns(probe(session, payload)) : undefined;
    },
  };
}
