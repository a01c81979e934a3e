// `npm test`: checks for the browsers first (one line on how to get one if Chrome
// or Chromium is missing), builds (the tests load the built bundles too), runs
// @web/test-runner in Chromium, Firefox and WebKit (the engine groups are in
// web-test-runner.config.mjs), then the Node tests in test/node/, and ends with
// one line `tests: N passed, N failed` counting every engine and the Node tests.
// Locally, an engine that is not installed is left out with one line saying how to
// install it; in CI (CI=true) all three are required.
// Options: `--files <glob>` (repeatable) runs chosen files only, in their group's engines, and skips the
// build and the Node tests; `--engines chromium,firefox` (or SW_ENGINES) chooses engines.
// Other arguments go to the test runner.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableEngines, INSTALL } from './browsers.mjs';
import { findChrome, HOW_TO_INSTALL } from './find-chrome.mjs';
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
if (!partial && !process.env.SW_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.log('\ntests: 0 passed, 1 failed');
    process.exit(build.status ?? 1);
  }
}

/** Runs a command, echoing its standard output, and resolves with that output (without colours) and its exit code. */
function run(command, commandArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on('close', (code) => resolve({ output: output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''), code: code ?? 1 }));
  });
}

let passed = 0;
let failed = 0;
/** Every failure of the run, named: where (engine or Node, file), what (title) and why (error). */
const failures = [];

// The browser tests' results come from the reporter in scripts/wtr-results.mjs, which writes every session's
// counts and failures to this file when the runner stops.
const resultsFile = join(mkdtempSync(join(tmpdir(), 'sw-test-')), 'results.json');
const browser = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...runnerArgs], {
  CI: process.env.CI ?? 'true',
  SW_RESULTS_FILE: resultsFile,
  ...(partial ? { SW_TEST_FILES: JSON.stringify(files) } : {}),
});
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
if (results) {
  for (const counts of Object.values(results.engines)) {
    passed += counts.passed;
    failed += counts.failed;
  }
  failures.push(...results.failures);
  const engines = Object.entries(results.engines);
  if (engines.length) console.log(`\nby engine: ${engines.map(([name, { passed: pass, failed: fail }]) => `${name} ${pass} passed, ${fail} failed`).join('; ')}`);
}
if (browser.code !== 0 && !results?.failures.length) {
  // The runner stopped without reporting a failing session (it could not start a browser, its config threw…).
  failed += 1;
  failures.push({ engine: 'test runner', file: 'web-test-runner.config.mjs', title: '(the run itself)', error: `exited with code ${browser.code} before reporting any result: see its output above` });
}
// Lit's development warnings (lit.dev/msg/...) fail the run wherever they show (they also fail their test in the page).
const litWarnings = new Set(browser.output.split('\n').filter((line) => line.includes('lit.dev/msg/')).map((line) => line.trim()));
for (const warning of litWarnings) {
  failed += 1;
  failures.push({ engine: 'browser logs', file: '', title: 'a Lit development warning', error: warning });
}

// Node tests (CLI, server rendering, package checks): node:test files in test/node/.
const nodeTests = existsSync('test/node') ? readdirSync('test/node').filter((name) => /\.test\.m?js$/.test(name)).map((name) => `test/node/${name}`) : [];
if (!partial && nodeTests.length) {
  console.log(`\nNode tests: ${nodeTests.length} files`);
  const node = await run(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests]);
  const count = (name) => Number(node.output.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  failures.push(...nodeTapFailures(node.output));
  if (node.code !== 0 && !count('fail') && !count('cancelled')) {
    failed += 1;
    failures.push({ engine: 'Node', file: 'test/node', title: '(the run itself)', error: `node --test exited with code ${node.code}` });
  }
}

if (failures.length) console.log(`\n${describeFailures(failures)}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

