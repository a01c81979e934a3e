// `npm test`: checks for the browsers first (one line on how to get one if Chrome
// or Chromium is missing), builds (the tests load the built bundles too), runs
// @web/test-runner in Chromium, Firefox and WebKit (the engine groups are in
// web-test-runner.config.mjs) and, beside them, the Node tests in test/node/; it names
// every failure, says where the time went, and ends with one line
// `tests: N passed, N failed` counting every engine and the Node tests.
// Locally, an engine that is not installed is left out with one line saying how to
// install it; in CI (CI=true) all three are required.
// Options: `--files <glob>` (repeatable) runs chosen files only, in their group's engines, and skips the
// build and the Node tests; `--engines chromium,firefox` (or SW_ENGINES) chooses engines; SW_SKIP_BUILD=1
// uses the build that is there; SW_NODE_TESTS=after runs the Node tests after the browser tests.
// Other arguments go to the test runner.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableEngines, INSTALL } from './browsers.mjs';
import { findChrome, HOW_TO_INSTALL } from '../../cli/lib/find-chrome.js';
import { describeFailures, nodeTapFailures } from './test-results.mjs';

if (!findChrome()) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

const args = process.argv.slice(2);
const files = [];
const runnerArgs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--files') while (args[i + 1] && !args[i + 1].startsWith('--')) files.push(args[++i]);
  else if (args[i].startsWith('--files=')) files.push(args[i].slice('--files='.length));
  else if (args[i] === '--engines') process.env.SW_ENGINES = args[++i];
  else if (args[i].startsWith('--engines=')) process.env.SW_ENGINES = args[i].slice('--engines='.length);
  else runnerArgs.push(args[i]);
}

const { engines, missing } = availableEngines();
if (missing.length) {
  const how = missing.map((name) => INSTALL[name]).join('; ');
  if (process.env.CI === 'true') {
    console.error(`CI needs every engine; not found: ${missing.join(', ')}. ${how}`);
    console.log('\ntests: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`Skipping ${missing.join(' and ')} (not installed): ${how}`);
}
console.log(`Engines: ${engines.join(', ')}`);

// A run of chosen files is a development loop: it skips the build and the Node tests.
const partial = files.length > 0;
/** Wall time of each part of the run, printed before the last line (docs/testing.md, "CI time"). */
const times = [];
const seconds = (since) => Math.round((performance.now() - since) / 1000);
const minutes = (s) => (s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`);
if (!partial && !process.env.SW_SKIP_BUILD) {
  const buildStarted = performance.now();
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) {
    console.log('\ntests: 0 passed, 1 failed');
    process.exit(build.status ?? 1);
  }
  times.push(['build', seconds(buildStarted)]);
}

/**
 * Runs a command and resolves with its output (`text`: without colours) and exit code. `echo`: its standard output
 * is shown as it comes; otherwise both outputs are kept for the caller to print, so that they do not interleave
 * with another command's.
 */
function run(command, commandArgs, env, { echo = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      stdio: ['inherit', 'pipe', echo ? 'inherit' : 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    const keep = (chunk) => {
      if (echo) process.stdout.write(chunk);
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('close', (code, signal) =>
      resolve({
        output,
        text: output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''),
        code: code ?? 1,
        how: signal ? `was stopped by ${signal}` : `exited with code ${code}`,
      }),
    );
  });
}

let passed = 0;
let failed = 0;
/** Every failure of the run, named: where (engine or Node, file), what (title) and why (error). */
const failures = [];

// Node tests (CLI, server rendering, package checks): node:test files in test/node/. They need the build, not the
// browsers: they run beside the browser tests (their output printed after those), or after them with
// SW_NODE_TESTS=after.
const nodeTests = existsSync('test/node')
  ? readdirSync('test/node')
      .filter((name) => /\.test\.m?js$/.test(name))
      .map((name) => `test/node/${name}`)
  : [];
const withNodeTests = !partial && nodeTests.length > 0;
const nodeBeside = withNodeTests && process.env.SW_NODE_TESTS !== 'after';
function runNodeTests() {
  const started = performance.now();
  return run(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests], {}, { echo: !nodeBeside }).then(
    (result) => ({ ...result, seconds: seconds(started) }),
  );
}
const nodeRun = nodeBeside ? runNodeTests() : undefined;

// The browser tests' results come from the reporter in scripts/test/test-results.mjs, which writes every session's
// counts and failures to this file when the runner stops.
/** One run of the browser tests: the runner's output and exit, and the results its reporter wrote (if any). */
async function runBrowserTests() {
  const resultsFile = join(mkdtempSync(join(tmpdir(), 'sw-test-')), 'results.json');
  const run_ = await run(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...runnerArgs],
    {
      CI: process.env.CI ?? 'true',
      SW_RESULTS_FILE: resultsFile,
      ...(partial ? { SW_TEST_FILES: JSON.stringify(files) } : {}),
    },
  );
  return {
    browser: run_,
    results: existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined,
  };
}
const browserStarted = performance.now();
let { browser, results } = await runBrowserTests();
// The runner has twice stopped mid-run on the loaded 2-core machine with exit code 1 and nothing printed (no error,
// no failing test, its reporters never told it stopped; cause unknown: docs/testing.md). Such a stop says nothing
// about the tests, so the browser tests run once more, and that run's results count; said here and in the output.
if (results?.partial && !results.failures.length && browser.code !== 0) {
  console.log(
    `\nThe test runner ${browser.how} mid-run with no failing test and no error (results of the finished files ` +
      `were written; the runner never reported stopping; its [web-test-runner] lines above, if any, say why). ` +
      `Running the browser tests once more; that run counts.\n`,
  );
  ({ browser, results } = await runBrowserTests());
}
times.push(['browser tests', seconds(browserStarted)]);
if (results) {
  for (const counts of Object.values(results.engines)) {
    passed += counts.passed;
    failed += counts.failed;
  }
  failures.push(...results.failures);
  const engines = Object.entries(results.engines);
  if (engines.length)
    console.log(
      `\nby engine: ${engines.map(([name, { passed: pass, failed: fail, ms }]) => `${name} ${pass} passed, ${fail} failed (${minutes(Math.round(ms / 1000))} in tests)`).join('; ')}`,
    );
  if (results.slowest?.length)
    console.log(
      `slowest tests:\n${results.slowest.map(({ engine, file, title, ms }) => `  ${(ms / 1000).toFixed(1)} s [${engine}] ${file} › ${title}`).join('\n')}`,
    );
}
if (!results || results.partial) {
  // The runner stopped before the end (it could not start a browser, its config threw, it was killed…): what had
  // finished is counted above.
  failed += 1;
  const finished = results
    ? 'after the results counted above, before the other test files'
    : 'before reporting any result';
  failures.push({
    engine: 'test runner',
    file: 'web-test-runner.config.mjs',
    title: '(the run itself)',
    error: `${browser.how} ${finished}: see its output above`,
  });
} else if (browser.code !== 0 && !results.failures.length) {
  failed += 1;
  failures.push({
    engine: 'test runner',
    file: 'web-test-runner.config.mjs',
    title: '(the run itself)',
    error: `${browser.how} with no failing test: see its output above`,
  });
}
// Lit's development warnings (lit.dev/msg/...) fail the run wherever they show (they also fail their test in the page).
const litWarnings = new Set(
  browser.text
    .split('\n')
    .filter((line) => line.includes('lit.dev/msg/'))
    .map((line) => line.trim()),
);
for (const warning of litWarnings) {
  failed += 1;
  failures.push({ engine: 'browser logs', file: '', title: 'a Lit development warning', error: warning });
}

if (withNodeTests) {
  console.log(`\nNode tests: ${nodeTests.length} files${nodeBeside ? ', run beside the browser tests' : ''}`);
  const node = await (nodeRun ?? runNodeTests());
  if (nodeBeside) process.stdout.write(node.output);
  const count = (name) => Number(node.text.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  failures.push(...nodeTapFailures(node.text));
  times.push([nodeBeside ? 'Node tests (beside them)' : 'Node tests', node.seconds]);
  if (node.code !== 0 && !count('fail') && !count('cancelled')) {
    failed += 1;
    failures.push({ engine: 'Node', file: 'test/node', title: '(the run itself)', error: `node --test ${node.how}` });
  }
}

if (times.length) console.log(`\ntime: ${times.map(([what, s]) => `${what} ${minutes(s)}`).join(', ')}`);
if (failures.length) console.log(`\n${describeFailures(failures)}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
