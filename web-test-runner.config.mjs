import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, HOW_TO_INSTALL, CHROME_ARGS } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="zh-Hans">
      <head><meta charset="utf-8"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
