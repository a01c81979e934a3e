// What `npm test` says of failures (scripts/test/run.mjs). resultsFileReporter: a @web/test-runner reporter
// (web-test-runner.config.mjs) that writes what every test session ended with to the
// JSON file named by SW_RESULTS_FILE, for scripts/test/run.mjs: counts per engine, and every failure with its engine,
// file, title (suites › test) and error. A session that failed without a failing test (a file that did not load,
// a browser that crashed or timed out, an error outside any test) is a failure too, with the session's own errors,
// so that nothing fails unnamed.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Every test of a suite tree, with its title path. */
function* testsOf(suite, path = []) {
  for (const test of suite?.tests ?? []) yield { title: [...path, test.name], test };
  for (const child of suite?.suites ?? []) yield* testsOf(child, [...path, child.name]);
}

const errorText = (error) => {
  if (!error) return 'failed (no error reported)';
  const stack = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 3)
    .join('\n');
  const diff =
    error.expected !== undefined || error.actual !== undefined
      ? `\nexpected: ${error.expected}\nactual:   ${error.actual}`
      : '';
  return `${error.name && !String(error.message).startsWith(error.name) ? `${error.name}: ` : ''}${error.message}${diff}${stack ? `\n${stack}` : ''}`;
};

/** A browser log line as text (an object without a prototype has no toString). */
const logText = (args) =>
  args
    .map((arg) => {
      try {
        return String(arg);
      } catch {
        return Object.prototype.toString.call(arg);
      }
    })
    .join(' ');

/** Counts per engine, failures and the slowest tests of `sessions`; `partial`: only the sessions that finished so far. */
function summarize(sessions, partial) {
  const engines = {};
  const failures = [];
  /** Every test's duration, for the slowest ones (where a run's time goes, and which tests a loaded machine slows most). */
  const timed = [];
  for (const session of sessions) {
    const unfinished = session.status !== 'FINISHED';
    if (partial && unfinished) continue;
    const engine = session.browser.name;
    const file = relative(process.cwd(), session.testFile);
    const counts = (engines[engine] ??= { passed: 0, failed: 0, skipped: 0, ms: 0 });
    let failedTests = 0;
    for (const { title, test } of testsOf(session.testResults)) {
      if (typeof test.duration === 'number') {
        counts.ms += test.duration;
        timed.push({ engine, file, title: title.filter(Boolean).join(' › '), ms: test.duration });
      }
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else {
        counts.failed += 1;
        failedTests += 1;
        failures.push({ engine, file, title: title.filter(Boolean).join(' › '), error: errorText(test.error) });
      }
    }
    // The session's own errors (outside tests), or a session that never finished.
    if (session.errors.length || unfinished || (session.passed === false && failedTests === 0)) {
      counts.failed += 1;
      const errors = session.errors.map(errorText);
      if (unfinished) errors.push(`the test file did not finish (session ${session.status})`);
      // What the page logged says why ("Could not import your test module" alone does not).
      const logs = session.logs.map(logText).slice(-5);
      if (logs.length) errors.push(`browser logs:\n${logs.join('\n')}`);
      failures.push({ engine, file, title: '(the test file itself)', error: errors.join('\n') || 'failed' });
    }
  }
  const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, 10);
  return { engines, failures, slowest, partial };
}

/**
 * @returns {import('@web/test-runner').Reporter} A reporter that writes the results after every test file (what has
 * finished so far: a runner that is killed still leaves them) and, complete, when the runner stops.
 */
export function resultsFileReporter(file = process.env.SW_RESULTS_FILE) {
  let sessionManager;
  return {
    start({ sessions }) {
      sessionManager = sessions;
    },
    reportTestFileResults() {
      if (file && sessionManager) writeFileSync(file, JSON.stringify(summarize(sessionManager.all(), true), null, 2));
    },
    stop({ sessions }) {
      if (file) writeFileSync(file, JSON.stringify(summarize(sessions, false), null, 2));
    },
  };
}

/**
 * The failing tests of node:test's TAP output: each `not ok` line with the titles of the subtests around it and
 * the error lines of its YAML block. A file's own failure (it threw outside any test) is a `not ok` with its path.
 */
export function nodeTapFailures(tap) {
  const found = [];
  const lines = tap.split('\n');
  const titles = [];
  for (let i = 0; i < lines.length; i++) {
    // `# Subtest: title` opens a test (its result line comes after its subtests'), indented 4 spaces a level.
    const opened = lines[i].match(/^(\s*)# Subtest: (.*)$/);
    if (opened) {
      const depth = opened[1].length / 4;
      titles.length = depth;
      titles[depth] = opened[2];
      continue;
    }
    const line = lines[i].match(/^(\s*)not ok \d+ - /);
    if (!line) continue;
    titles.length = line[1].length / 4 + 1;
    const block = [];
    for (let j = i + 1; j < lines.length && !/^\s*\.\.\.$/.test(lines[j]); j++) block.push(lines[j].trim());
    const failureType = block.find((text) => text.startsWith('failureType:'));
    // A suite or file that failed because a subtest did: that subtest is listed already.
    if (failureType?.includes('subtestsFailed')) continue;
    // The block up to the stack trace, without the timing and type lines, then the stack's first frames.
    const stackAt = block.findIndex((text) => text.startsWith('stack:'));
    const head = block
      .slice(0, stackAt < 0 ? block.length : stackAt)
      .filter((text) => text !== '---' && !/^(duration_ms|type|failureType):/.test(text));
    const frames =
      stackAt < 0
        ? []
        : block
            .slice(stackAt + 1)
            .filter((text) => /^at /.test(text))
            .slice(0, 3);
    const location = head.find((text) => text.startsWith('location:'));
    const file = location?.match(/'(?:file:\/\/)?(.+?):\d+:\d+'/)?.[1];
    const error = [...head.filter((text) => text && text !== location && text !== 'error: |-'), ...frames].join('\n');
    found.push({
      engine: 'Node',
      file: file ? relative(process.cwd(), file) + location.match(/(:\d+:\d+)'/)[1] : '',
      title: titles.join(' › '),
      error: error || 'failed',
    });
  }
  return found;
}

/** The failures as `npm test` prints them before its last line: one block each, engine, file › title, then the error. */
export function describeFailures(failures) {
  const blocks = failures.map(
    ({ engine, file, title, error }) =>
      `✖ [${engine}] ${file}${file ? ' › ' : ''}${title}\n${error.replace(/^/gm, '    ')}`,
  );
  return `Failed (${failures.length}):\n\n${blocks.join('\n\n')}`;
}
