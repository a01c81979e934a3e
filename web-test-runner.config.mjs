import { readFileSync, writeSync } from 'node:fs';
import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { pageProbePlugin } from './scripts/test/wtr-page-probe.mjs';
import { charsetEndpoints } from './scripts/test/wtr-charset.mjs';
import { integrityEndpoints } from './scripts/test/wtr-integrity.mjs';
import { heapMetricsPlugin } from './test/heap-plugin.mjs';
import { examplesPlugin } from './scripts/dev/examples.mjs';
import { findChrome, HOW_TO_INSTALL } from './cli/lib/find-chrome.js';
import { setEmbedAllowedOrigins } from './shared/embed-origins.js';
import { reportWidgets, widgetAddresses, widgetPageHtml, widgetQuery } from './cli/lib/widget-pages.js';
import { FALLBACK_HEIGHTS, MAX_WIDTH } from './shared/embed-height.js';
import { availableEngines, LAUNCHERS, OLD_ENGINES } from './scripts/test/browsers.mjs';
import { matchFiles } from './scripts/test/test-files.mjs';
import { enginePlugin } from './scripts/test/wtr-engine.mjs';
import { turnsPlugin } from './scripts/test/wtr-turns.mjs';
import { resultsFileReporter } from './scripts/test/test-results.mjs';
import { defaultReporter } from '@web/test-runner';

// The runner has stopped mid-run on a loaded machine with exit code 1 and nothing printed (docs/testing.md). Its
// terminal buffers console output (DynamicTerminal intercepts console.*), and on an uncaught exception the runner
// logs it through console.error, stops and exits at once: the message never reaches the log. So, written straight
// to stderr: anything thrown that nothing handled, and the stack of a process.exit with an error code.
const say = (text) => writeSync(2, `[web-test-runner] ${text}\n`);
const exitProcess = process.exit.bind(process);
process.exit = (code) => {
  if (code) say(`process.exit(${code}) from:\n${new Error().stack}`);
  return exitProcess(code);
};
process.on('uncaughtExceptionMonitor', (error, origin) =>
  say(`${origin}: ${error instanceof Error ? error.stack : error}`),
);
process.on('exit', (code) => code && say(`exits with code ${code}`));

if (!findChrome()) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

// Every test file runs in Chromium, Firefox and WebKit, except these, which run in Chromium only
// (a new test file joins all three engines unless it is listed here, with the reason):
const CHROMIUM_ONLY = [
  // Heap and DOM-node counts through the Chrome DevTools Protocol (test/heap-plugin.mjs).
  'test/churn.test.ts',
  // Layout shifts from the Layout Instability API (PerformanceObserver 'layout-shift', Chromium's alone), in pages
  // of the page probe.
  'test/layout-shift.test.ts',
  // Built framework examples (React, Vue, Svelte) opened through the page probe.
  'test/frameworks.test.ts',
  // Whole pages (script-tag bundles, strict-CSP pages, the embed builder and embed page, a partner's
  // page, the geographic map from cdn/) opened in a new tab through the page probe
  // (scripts/test/wtr-page-probe.mjs): console, CSP violations and page errors come from puppeteer's CDP page.
  'test/bundles.test.ts',
  'test/builder.test.ts',
  'test/embed.test.ts',
  'test/embedding.test.ts',
  'test/partner-page.test.ts',
  'src/region-map/region-map-geo.cdn.test.ts',
  'src/region-map/region-map-indicator.cdn.test.ts',
  // Also whole pages through the page probe: a GBK-encoded partner page, the bundle's on-demand files as a page
  // loads them, the demo's report picker.
  'test/charset.test.ts',
  'test/lean.test.ts',
  'test/report-picker.test.ts',
  // The README's and docs' snippets under a strict policy, for console errors (page probe).
  'test/integrity-snippets.test.ts',
  // Checks of built files (gzip sizes as Chromium's CompressionStream makes them, the manifest): no engine behaviour.
  'test/bundle-size.test.ts',
  'test/manifest.test.ts',
];
// The tests that also run in the older Chromium engines (Chromium 92 and 108, scripts/test/browsers.mjs: before class
// static blocks, color-mix() and container queries), a subset that keeps them cheap: every element, both map
// layouts, the choropleth, series, export, errors, number and date formats, and the fallbacks. Whole pages in those
// engines: test/node/old-engines.test.mjs (docs/testing.md, "Older engines").
const OLD_ENGINE_FILES = [
  'src/stat-card/stat-card.test.ts',
  'src/stat-card/stat-card.series.test.ts',
  'src/region-map/region-map.test.ts',
  'src/region-map/region-map-geo.test.ts',
  'src/region-map/region-map-indicator.test.ts',
  'src/story-list/story-list.test.ts',
  'src/format/quantity.test.ts',
  'src/format/date.test.ts',
  'test/export.test.ts',
  'test/faults.test.ts',
  'test/engine-fallbacks.test.ts',
];
const TEST_FILES = ['src/**/*.test.ts', 'test/**/*.test.ts'];
/** How long one test may run before it counts as hung (mocha's timeout). */
const TEST_TIMEOUT_MS = 120000;
// `node scripts/test/run.mjs --files <glob>` passes its globs here: each chosen file runs in its group's engines.
const chosen = matchFiles(process.env.SW_TEST_FILES ? JSON.parse(process.env.SW_TEST_FILES) : TEST_FILES);
const { engines } = availableEngines();
const launchers = Object.fromEntries(engines.map((name) => [name, LAUNCHERS[name]()]));
const currentEngines = Object.values(launchers).filter(
  (launcher) => !OLD_ENGINES.some((name) => launchers[name] === launcher),
);
const groups = [
  { name: 'all-engines', files: chosen.filter((file) => !CHROMIUM_ONLY.includes(file)), browsers: currentEngines },
  {
    name: 'chromium-only',
    files: chosen.filter((file) => CHROMIUM_ONLY.includes(file)),
    browsers: [launchers.chromium].filter(Boolean),
  },
  // Chromium 92 and 108 (scripts/test/browsers.mjs): the files of OLD_ENGINE_FILES (docs/testing.md says why these).
  {
    name: 'old-engines',
    files: chosen.filter((file) =>
      process.env.SW_OLD_ALL ? !CHROMIUM_ONLY.includes(file) : OLD_ENGINE_FILES.includes(file),
    ),
    browsers: OLD_ENGINES.map((name) => launchers[name]).filter(Boolean),
  },
].filter((group) => group.files.length && group.browsers.length);

// Answers that fail in one particular way each, for the report loader (test/faults.test.ts).
const REPORT_JSON = readFileSync('data/report.json', 'utf8');
const TWENTY_MB = 20 * 1024 * 1024;
/** `total` bytes in chunks (a `{` then spaces), streamed with no content-length. */
function* chunks(total, size = 64 * 1024) {
  for (let sent = 0; sent < total; sent += size) yield Buffer.alloc(Math.min(size, total - sent), sent ? 0x20 : 0x7b);
}
const FAULTS = {
  'http-404': (context) => (
    (context.status = 404),
    (context.type = 'html'),
    (context.body = '<!doctype html><title>Not found</title><h1>404</h1>')
  ),
  'http-500': (context) => (
    (context.status = 500),
    (context.type = 'text/plain'),
    (context.body = 'Internal Server Error')
  ),
  'not-json': (context) => (
    (context.type = 'application/json'),
    (context.body = 'Service temporarily unavailable. Please try again later.')
  ),
  empty: (context) => ((context.type = 'application/json'), (context.body = '')),
  truncated: (context) => (
    (context.type = 'application/json'),
    (context.body = REPORT_JSON.slice(0, Math.floor(REPORT_JSON.length / 2)))
  ),
  // A sign-in or "not found" page that a misconfigured server answers with status 200.
  html: (context) => (
    (context.type = 'text/html; charset=utf-8'),
    (context.body = '<!doctype html><title>Sign in</title><form><input name="user"></form>')
  ),
  // The report itself, but served as an image.
  'wrong-type': (context) => ((context.type = 'image/png'), (context.body = REPORT_JSON)),
  huge: (context) => ((context.type = 'application/json'), (context.body = Buffer.alloc(TWENTY_MB, 0x20))),
  'huge-chunked': (context) => ((context.type = 'application/json'), (context.body = Readable.from(chunks(TWENTY_MB)))),
  // 6 MB of a body (more than the 5 MB an element accepts) that then never ends: only an element that counts the bytes
  // as they arrive can refuse it as too large; one that reads the whole body first waits until its timeout.
  'huge-stalled': (context) => {
    context.type = 'application/json';
    const body = new Readable({ read() {} });
    for (const chunk of chunks(6 * 1024 * 1024)) body.push(chunk);
    context.body = body;
  },
  'stalled-body': (context) => {
    context.type = 'application/json';
    const body = new Readable({ read() {} });
    body.push(REPORT_JSON.slice(0, 1000));
    context.body = body;
  },
  // The good report once the test lets it go (`/__test/hold?key=` before, `/__test/release?key=` when it is ready).
  held: async (context) => {
    await holds.get(context.query.key)?.promise;
    context.set('Cache-Control', 'no-store');
    context.type = 'application/json';
    context.body = REPORT_JSON;
  },
  // The good report after `?ms=` milliseconds.
  slow: async (context) => {
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms) || 500));
    context.type = 'application/json';
    context.body = REPORT_JSON;
  },
};

/** Reports held back by key: /__test/hold?key=K holds every /__test/fault/held?key=K until /__test/release?key=K. */
const holds = new Map();

// Test endpoints for network faults: a request that never gets an answer, and /__test/fault/<name> above.
function faultEndpoints(context, next) {
  if (context.path === '/__test/never') return new Promise(() => {});
  if (context.path === '/__test/hold' || context.path === '/__test/release') {
    const { key } = context.query;
    holds.get(key)?.release();
    holds.delete(key);
    if (context.path === '/__test/hold') {
      let release;
      const promise = new Promise((resolve) => (release = resolve));
      holds.set(key, { promise, release });
    }
    context.set('Cache-Control', 'no-store');
    context.body = context.path.slice('/__test/'.length);
    return undefined;
  }
  // cdn/manifest.json 1.5 s late for a builder opened with ?slow-manifest (test/builder.test.ts: an editor types the
  // script address before it arrives). Files are cached for a year here: `Vary: Referer` makes that builder ask again.
  if (context.path === '/cdn/manifest.json') {
    const late = /[?&]slow-manifest\b/.test(context.get('referer'));
    return new Promise((resolve) => setTimeout(resolve, late ? 1500 : 0))
      .then(next)
      .then(() => context.set('Vary', 'Referer'));
  }
  const fault = FAULTS[context.path.match(/^\/__test\/fault\/([\w-]+)$/)?.[1]];
  if (fault) return fault(context);
  if (context.path === '/__test/blank') {
    context.type = 'html';
    context.body = '<!doctype html><title>blank</title>';
    return undefined;
  }
  return next();
}

// Another origin for the embed page's origin checks (test/embed.test.ts): the same server reached as
// 127.0.0.1 while the tests run on localhost. /__test/other-origin/report.json and /geo.json answer with
// CORS open to all, so that only the embed page's own check (and its CSP) can refuse them; every request
// that reaches that origin is counted (/__test/other-origin-hits, ?reset to start again).
// /cdn/embed-allowing.html is cdn/embed.html as a build with SW_ALLOW_ORIGINS=http://127.0.0.1:<port> writes it.
let otherOriginHits = [];
function otherOrigin(context, next) {
  if (context.path === '/__test/other-origin-hits') {
    context.body = JSON.stringify(otherOriginHits);
    if ('reset' in context.query) otherOriginHits = [];
    return undefined;
  }
  if (context.path.startsWith('/__test/other-origin/')) {
    otherOriginHits.push(context.path);
    context.set('Access-Control-Allow-Origin', '*');
    context.set('Cache-Control', 'no-store');
    context.type = 'application/json';
    context.body = readFileSync(
      context.path.endsWith('/geo.json') ? 'data/geo/sw-china.map.json' : 'data/report.json',
      'utf8',
    );
    return undefined;
  }
  // The report with no Access-Control-Allow-Origin (?allow=<origin>: one for another origin), so that a page of
  // another origin may not read it (test/faults.test.ts: the cross-origin load error).
  if (context.path.startsWith('/__test/no-cors/')) {
    if (context.query.allow) context.set('Access-Control-Allow-Origin', context.query.allow);
    context.set('Cache-Control', 'no-store');
    context.type = 'application/json';
    context.body = REPORT_JSON;
    return undefined;
  }
  // The bundled report with a story URL on another origin (the report's own link, which story-href may use).
  if (context.path === '/__test/report-with-story-url.json') {
    const report = JSON.parse(REPORT_JSON);
    report.stories[0].url = 'https://news.example/story-1.html';
    context.type = 'application/json';
    context.body = JSON.stringify(report);
    return undefined;
  }
  if (context.path === '/cdn/embed-allowing.html') {
    const port = context.host.split(':')[1];
    context.type = 'html';
    context.body = setEmbedAllowedOrigins(readFileSync('cdn/embed.html', 'utf8'), [`http://127.0.0.1:${port}`]);
    return undefined;
  }
  return next();
}

// The built files and the data answer CORS requests from any origin, as a host of the embed page must: in
// WordPress's sandbox (test/embed-sandbox.test.ts) the page's origin is opaque, so everything it loads is cross-origin.
async function openCors(context, next) {
  await next();
  if (/^\/(cdn|data)\//.test(context.path)) context.set('Access-Control-Allow-Origin', '*');
}

// /cdn/widgets/<name>.html: the bundled report's widget pages as `sw-widgets bundle --base-url <this server>/cdn/`
// writes them (cli/lib/widget-pages.js), for test/embed-sandbox.test.ts; /cdn/widgets/index.json lists them (with
// the pages' names as titles and estimated heights), for the builder's page addresses (test/builder.test.ts).
function widgetPages(context, next) {
  if (!context.path.startsWith('/cdn/widgets/')) return next();
  const report = JSON.parse(REPORT_JSON);
  const origin = `http://${context.host}`;
  if (context.path === '/cdn/widgets/index.json') {
    const baseUrl = `${origin}/cdn/`;
    const widgets = reportWidgets(report).map((widget) => {
      const { page, oembed } = widgetAddresses(widget, baseUrl);
      return {
        ...widget,
        title: widget.name,
        page,
        oembed,
        width: MAX_WIDTH,
        height: FALLBACK_HEIGHTS[widget.kind],
        measured: false,
      };
    });
    context.type = 'json';
    context.body = JSON.stringify({ baseUrl, report: report.id, language: 'zh-Hans', widgets });
    return undefined;
  }
  const widget = reportWidgets(report).find(({ name }) => context.path === `/cdn/widgets/${name}.html`);
  if (!widget) return next();
  const pageUrl = `${origin}${context.path}`;
  context.type = 'html';
  context.body = widgetPageHtml(readFileSync('cdn/embed.html', 'utf8'), {
    query: widgetQuery(widget),
    title: widget.name,
    fallback: widget.name,
    pageUrl,
    oembedUrl: pageUrl.replace(/\.html$/, '.json'),
    origin,
  });
  return undefined;
}

// Pages under /test/pages/csp-* are served with the strict policy partners may use.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/test/pages/csp-')) context.set('Content-Security-Policy', STRICT_CSP);
}

// TypeScript sources are compiled on the fly; the built bundles (cdn/), the demo and the examples are served exactly as written.
const esbuild = esbuildPlugin({ ts: true, target: 'es2020', tsconfig: 'tsconfig.json' });
const transformSource = esbuild.transform.bind(esbuild);
esbuild.transform = (context) =>
  /^\/(cdn|demo|examples)\//.test(context.path) && !context.path.endsWith('.ts') ? undefined : transformSource(context);

export default {
  middleware: [faultEndpoints, otherOrigin, openCors, widgetPages, strictCsp, charsetEndpoints(), integrityEndpoints()],
  groups,
  // The default reporter's progress and errors, and every session's results for scripts/test/run.mjs.
  reporters: [defaultReporter(), resultsFileReporter()],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuild, pageProbePlugin(), examplesPlugin(), heapMetricsPlugin(), enginePlugin(), turnsPlugin()],
  browsers: Object.values(launchers),
  // One page at a time: a page in a background tab gets no animation frames or IntersectionObserver callbacks.
  concurrency: 1,
  // Two engines at once on a two-core machine (three at once made timing-sensitive tests flaky); WebKit follows.
  concurrentBrowsers: 2,
  // Three engines share two cores: a page may take a while to open.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  // Time limits catch a test that hangs, not a slow machine (speed is what `npm run bench` measures): on a two-core
  // machine shared with other work a test may take many times as long as alone. One limit for every test; test files
  // do not set lower ones (only tests that repeat work thousands of times set higher ones).
  testsFinishTimeout: 900000,
  testFramework: { config: { timeout: TEST_TIMEOUT_MS } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="zh-Hans">
      <head>
        <meta charset="utf-8">
        <script>
          // Silence Lit's one-time "dev mode" notice; any other Lit warning (lit.dev/msg/...) fails the test
          // that provoked it, as an uncaught error (scripts/test/run.mjs also fails the run on one in the logs).
          window.litIssuedWarnings = new Set(['dev-mode']);
          // Chromium 92 (the old-engines group) has no structuredClone, which the runner's own messages and the
          // tests' report copies call: a copy of plain data (objects and arrays, cycles kept) for the test page only.
          // What ships never calls it (test/node/engines.test.mjs).
          if (!window.structuredClone) {
            window.structuredClone = function clone(value, seen = new Map()) {
              if (value === null || typeof value !== 'object' || !(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) return value;
              if (seen.has(value)) return seen.get(value);
              const copy = Array.isArray(value) ? [] : {};
              seen.set(value, copy);
              for (const key of Object.keys(value)) copy[key] = clone(value[key], seen);
              return copy;
            };
          }
          const warn = console.warn;
          console.warn = function (...args) {
            warn.apply(this, args);
            const text = args.map(String).join(' ');
            if (text.includes('lit.dev/msg/')) setTimeout(() => { throw new Error('Lit warning: ' + text); });
          };
        </script>
      </head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
