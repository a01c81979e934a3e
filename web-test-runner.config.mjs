import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { pageProbePlugin } from './scripts/wtr-page-probe.mjs';
import { findChrome, HOW_TO_INSTALL, CHROME_ARGS } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

// Test endpoints for network faults: a request that never gets an answer.
function faultEndpoints(context, next) {
  if (context.path === '/__test/never') return new Promise(() => {});
  return next();
}

export default {
  middleware: [faultEndpoints],
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), pageProbePlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="zh-Hans">
      <head>
        <meta charset="utf-8">
        <script>
          // Silence Lit's one-time "dev mode" notice; any other Lit warning still shows in the browser logs.
          window.litIssuedWarnings = new Set(['dev-mode']);
        </script>
      </head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
