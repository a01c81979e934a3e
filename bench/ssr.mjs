// Server rendering in `npm run bench` (bench/run.mjs calls it): the time sw-widgets/ssr takes per element in
// Node, the size of its HTML, and first contentful paint of a page with server-rendered widgets against the
// same page rendered in the browser, both on a throttled connection.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The connection the paint comparison is run on: every response waits for it. */
export const THROTTLE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  offline: false,
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const ELEMENTS = [
  ['`<sw-stat-card>`', 'sw-stat-card', { metric: 'chaozhou-volunteers' }],
  ['`<sw-region-map>` (tile map)', 'sw-region-map', { id: 'map' }],
  ['`<sw-story-list>` (4 stories)', 'sw-story-list', { for: 'map' }],
];

function page(body) {
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title></head><body>${body}<script type="module" src="/cdn/sw-widgets.js"></script></body></html>`;
}

/** @returns {Promise<string>} the "Server rendering" section of bench/results.md */
export async function benchServerRendering({ browser, samples = 25, runs = 7 }) {
  const { renderToString, renderPage } = await import('../dist/ssr/index.js');
  const rows = [];
  for (const [label, tag, attributes] of ELEMENTS) {
    const first = performance.now();
    const html = renderToString(tag, attributes);
    const firstMs = performance.now() - first;
    const times = [];
    for (let i = 0; i < samples; i++) {
      const start = performance.now();
      renderToString(tag, attributes);
      times.push(performance.now() - start);
    }
    rows.push([
      label,
      ms(median(times)),
      ms(firstMs),
      kb(Buffer.byteLength(html)),
      kb(gzipSync(html, { level: 9 }).length),
    ]);
  }
  const pageTimes = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    renderPage(ELEMENTS.map(([, tag, attributes]) => ({ tag, attributes })));
    pageTimes.push(performance.now() - start);
  }

  const rendered = renderPage(ELEMENTS.map(([, tag, attributes]) => ({ tag, attributes }))).join('\n');
  const plain = ELEMENTS.map(
    ([, tag, attributes]) =>
      `<${tag}${Object.entries(attributes)
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('')}></${tag}>`,
  ).join('\n');
  const pages = new Map([
    ['/ssr.html', page(rendered)],
    ['/client.html', page(plain)],
  ]);
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (pages.has(path))
      return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
    const file = normalize(join(ROOT, path));
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const paints = { '/ssr.html': [], '/client.html': [] };
  for (let i = 0; i < runs; i++) {
    for (const path of Object.keys(paints)) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setViewport({ width: 1000, height: 900 });
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', THROTTLE);
      await tab.goto(base + path, { waitUntil: 'load' });
      await tab.waitForFunction(() => document.querySelector('sw-story-list')?.hasUpdated);
      // The first paint is recorded a frame after the content is there: wait for its entry (it was read too early: NaN).
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, {
        timeout: 60000,
      });
      paints[path].push(await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
      await context.close();
    }
  }
  await new Promise((resolve) => server.close(resolve));
  const ssrPaint = median(paints['/ssr.html']);
  const clientPaint = median(paints['/client.html']);
  const table = (header, body) =>
    [
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...body.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');

  return `## Server rendering

\`sw-widgets/ssr\` in Node (${process.version}), bundled report, zh-Hans: median of ${samples} renders after the first (the first includes Lit's template preparation); the HTML includes each element's styles.

${table(['element', 'render', 'first render', 'HTML', 'gzip'], rows)}

All three with \`renderPage\` (the list following the map): ${ms(median(pageTimes))}.

First contentful paint of a page holding only these three widgets, server-rendered against the same tags rendered in the browser, both with the module \`cdn/sw-widgets.js\` at the end of the body, on a connection emulated at ${THROTTLE.latency} ms latency and ${((THROTTLE.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbit/s down (median of ${runs} fresh loads each):

${table(
  ['page', 'first contentful paint'],
  [
    ['server-rendered', ms(ssrPaint)],
    ['rendered in the browser', ms(clientPaint)],
  ],
)}
`;
}
