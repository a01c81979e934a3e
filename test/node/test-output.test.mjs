// `npm test` names every failing test, in CI too: engine, file, title and error, before its last line
// (scripts/test/run.mjs, scripts/test/test-results.mjs). Checked with tests that fail on purpose (test/fixtures/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { nodeTapFailures, describeFailures } from '../../scripts/test/test-results.mjs';

test('a failing browser test and a test file that throws are named with file, title and error; the last line counts them', () => {
  const run = spawnSync(
    process.execPath,
    ['scripts/test/run.mjs', '--engines', 'chromium', '--files', 'test/fixtures/*.fixture.ts'],
    {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', SW_ENGINES: 'chromium' },
      timeout: 180000,
    },
  );
  const output = run.stdout;
  assert.equal(run.status, 1, output + run.stderr);
  assert.match(
    output,
    /✖ \[Chrome\] test\/fixtures\/deliberate-failure\.fixture\.ts › a deliberate failure › compares two numbers that differ\n\s+AssertionError: the sum: expected 2 to equal 3/,
  );
  assert.match(
    output,
    /✖ \[Chrome\] test\/fixtures\/broken-file\.fixture\.ts › \(the test file itself\)\n[^✖]*this file throws before any test is defined/,
  );
  assert.match(output, /\ntests: 1 passed, 2 failed\n?$/);
  // Where the time went: the part's wall time, each engine's time in tests, the slowest tests by name.
  assert.match(output, /^time: browser tests (\d+ min )?\d+ s$/m);
  assert.match(output, /^by engine: Chrome 1 passed, 2 failed \((\d+ min )?\d+ s in tests\)/m);
  assert.match(
    output,
    /^slowest tests:\n {2}\d+\.\d s \[Chrome\] test\/fixtures\/deliberate-failure\.fixture\.ts › a deliberate failure › /m,
  );
});

test('a failing Node test is named with its file, line, title and assertion', () => {
  // Without NODE_TEST_CONTEXT, which makes a nested `node --test` answer its parent in its own protocol, not TAP.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=tap', 'test/fixtures/deliberate-failure.node-fixture.mjs'],
    { encoding: 'utf8', env },
  );
  const failures = nodeTapFailures(run.stdout);
  assert.equal(failures.length, 1, run.stdout);
  const [failure] = failures;
  assert.equal(failure.engine, 'Node');
  assert.match(failure.file, /^test\/fixtures\/deliberate-failure\.node-fixture\.mjs:\d+:\d+$/);
  assert.equal(failure.title, 'a deliberate Node failure › compares two numbers that differ');
  assert.match(failure.error, /2 !== 3/);
  assert.match(
    describeFailures(failures),
    /^Failed \(1\):\n\n✖ \[Node\] test\/fixtures\/deliberate-failure\.node-fixture\.mjs:\d+:\d+ › a deliberate Node failure › compares two numbers that differ\n {4}Expected values/,
  );
});
