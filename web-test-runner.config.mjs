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
  if (context.path === '/__test/blank') {
    context.type = 'html';
    context.body = '<!doctype html><title>blank</title>';
    return undefined;
  }
  return next();
}

// Pages under /test/pages/csp-* are served with the strict policy partners may use.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/test/pages/csp-')) context.set('Content-Security-Policy', STRICT_CSP);
}

// TypeScript sources are compiled on the fly; the built bundles (cdn/) and the demo are served exactly as built.
const esbuild = esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' });
const transformSource = esbuild.transform.bind(esbuild);
esbuild.transform = (context) => (/^\/(cdn|demo)\//.test(context.path) && !context.path.endsWith('.ts') ? undefined : transformSource(context));

export default {
  middleware: [faultEndpoints, strictCsp],
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuild, pageProbePlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  // One page at a time: a page in a background tab gets no animation frames or IntersectionObserver callbacks.
  concurrency: 1,
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
