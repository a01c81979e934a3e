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
import { existsSync, readdirSync } from 'node:fs';
import { availableEngines, INSTALL } from './browsers.mjs';
import { findChrome, HOW_TO_INSTALL } from './find-chrome.mjs';

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
    console.error(`CI needs all three engines; not found: ${missing.join(', ')}. ${how}`);
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

const browser = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...runnerArgs], {
  CI: process.env.CI ?? 'true',
  ...(partial ? { SW_TEST_FILES: JSON.stringify(files) } : {}),
});
// The runner's last progress line of each engine: "Firefox: |███| 1/1 test files | 5 passed, 0 failed".
const perEngine = new Map();
// The counts only grow: the highest of each engine's lines is its total (a late redraw may print an older line).
for (const [, name, pass, fail] of browser.output.matchAll(/^\s*(\w+):\s+\|.*\|\s*(\d+) passed, (\d+) failed/gm)) {
  const [seenPass, seenFail] = perEngine.get(name) ?? [0, 0];
  perEngine.set(name, [Math.max(seenPass, Number(pass)), Math.max(seenFail, Number(fail))]);
}
for (const [pass, fail] of perEngine.values()) {
  passed += pass;
  failed += fail;
}
if (browser.code !== 0 && ![...perEngine.values()].some(([, fail]) => fail)) failed += 1;
if (perEngine.size) console.log(`\nby engine: ${[...perEngine].map(([name, [pass, fail]]) => `${name} ${pass} passed, ${fail} failed`).join('; ')}`);
// Lit's development warnings (lit.dev/msg/...) fail the run wherever they show (they also fail their test in the page).
const litWarnings = new Set(browser.output.split('\n').filter((line) => line.includes('lit.dev/msg/')).map((line) => line.trim()));
if (litWarnings.size) {
  console.log(`\nLit warnings in the browser logs (each fails the run):\n${[...litWarnings].join('\n')}`);
  failed += litWarnings.size;
}

// Node tests (CLI, server rendering, package checks): node:test files in test/node/.
const nodeTests = existsSync('test/node') ? readdirSync('test/node').filter((name) => /\.test\.m?js$/.test(name)).map((name) => `test/node/${name}`) : [];
if (!partial && nodeTests.length) {
  console.log(`\nNode tests: ${nodeTests.length} files`);
  const node = await run(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests]);
  const count = (name) => Number(node.output.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  if (node.code !== 0 && !count('fail') && !count('cancelled')) failed += 1;
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
