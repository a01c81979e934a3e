// `npm test`: checks for a browser first (one line on how to get one if there
// is none), builds (the tests load the built bundles too), runs @web/test-runner
// in Chromium and ends with one line `tests: N passed, N failed` for CI.
// Arguments go to the test runner: `npm test -- --files 'src/stat-card/**/*.test.ts'`
// (a run of chosen files skips the build).
import { spawn, spawnSync } from 'node:child_process';
import { findChrome, HOW_TO_INSTALL } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

// A run of chosen files (`--files`) is a development loop: it skips the build.
const partial = process.argv.includes('--files');
if (!partial && !process.env.SW_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.log('\ntests: 0 passed, 1 failed');
    process.exit(build.status ?? 1);
  }
}

const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, CI: process.env.CI ?? 'true' },
});
let output = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  output += chunk.toString();
});
child.on('close', (code) => {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const passed = [...plain.matchAll(/(\d+) passed/g)].map((m) => Number(m[1])).pop() ?? 0;
  const failed = [...plain.matchAll(/(\d+) failed/g)].map((m) => Number(m[1])).pop() ?? (code === 0 ? 0 : 1);
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(code ?? 1);
});
