// `npm run bench`: builds (the npm script runs `npm run build` first), then
// measures in headless Chromium and prints a table, also written to
// bench/results.md. Not a test: nothing here fails on a slow machine; the
// table says which targets are met.
//
// - Sizes: minified and gzip (level 9) of the script-tag bundles in cdn/, and of
//   Apache ECharts' smallest map build (bench/echarts-map.entry.js, bundled
//   here with esbuild) with its geometry.
// - Rendering: bench/index.html + bench/harness.js, one scenario at a time.
//   Each sample is the renderer main thread's busy time (the DevTools
//   protocol's Performance.getMetrics TaskDuration, in thread time, so other
//   processes on the machine count less) from the start of the change until
//   two frames later, minus the same for doing nothing. Medians of SAMPLES
//   samples after WARMUP, with scenarios that are compared interleaved so
//   that drift hits both sides. First renders and loading open a fresh page per sample.
//
// BENCH_SAMPLES and BENCH_COLD_RUNS change the numbers of samples.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { CHROME_ARGS, findChrome, HOW_TO_INSTALL } from '../cli/lib/find-chrome.js';
import { benchServerRendering } from './ssr.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES) || 25;
const WARMUP = 3;
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS) || 7;
const started = Date.now();

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}
if (!existsSync('cdn/sw-widgets.js')) {
  console.error('cdn/ is missing: run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(1);
}

// ------------------------------------------------------------------ sizes

await build({
  entryPoints: ['bench/echarts-map.entry.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  outfile: 'bench/.out/echarts-map.js',
  logLevel: 'error',
});

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
function sizeOf(file) {
  const content = readFileSync(file);
  return { file, minified: content.length, gzip: gzipSync(content, { level: 9 }).length };
}
const ALL_IN_ONE_BUDGET_KB = 30;
const MAIN_BUNDLES = [
  ['cdn/sw-widgets.js', 'all three elements, ES module'],
  ['cdn/sw-widgets.iife.js', 'all three elements, classic script'],
  ['cdn/sw-stat-card.js', '`<sw-stat-card>` alone'],
  ['cdn/sw-region-map.js', '`<sw-region-map>` alone'],
  ['cdn/sw-story-list.js', '`<sw-story-list>` alone'],
];
const sizes = MAIN_BUNDLES.map(([file, what]) => ({ ...sizeOf(file), what }));
// Files the bundles fetch only when a feature is used (map geometry, export); whatever the build made.
const onDemand = readdirSync('cdn')
  .filter((name) => /^sw-/.test(name) && !name.endsWith('.map') && !name.includes('.iife.') && !MAIN_BUNDLES.some(([file]) => file === `cdn/${name}`))
  .map((name) => ({ ...sizeOf(`cdn/${name}`), what: 'loaded on demand' }));
const echartsSize = { ...sizeOf('bench/.out/echarts-map.js'), what: 'ECharts 6.1 smallest map build: core, map series, canvas renderer' };
const echartsGeometry = { ...sizeOf('node_modules/echarts/map/json/china.json'), what: 'its geometry (china.json of ECharts 4.9, compressed encoding)' };
const mapAlone = sizes.find((s) => s.file === 'cdn/sw-region-map.js');

// ------------------------------------------------------------------ rendering

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const port = await freePort();
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
const url = `http://127.0.0.1:${port}/bench/index.html`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor((sorted.length - 1) / 4)], sorted[Math.ceil(((sorted.length - 1) * 3) / 4)]];
};

async function openPage(query = '') {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url + query, { waitUntil: 'load' });
  // The harness module awaits its imports before it defines window.bench.
  await page.waitForFunction(() => window.bench, { timeout: 60_000 });
  await page.evaluate(() => window.bench.ready);
  const cdp = await page.createCDPSession();
  // Thread time: the renderer's own CPU time, so other processes on a busy machine disturb it less.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
  return { page, cdp, errors };
}
const busyMs = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
async function sample({ page, cdp }, name) {
  await page.evaluate((scenario) => window.bench.setup(scenario), name);
  const before = await busyMs(cdp);
  await page.evaluate((scenario) => window.bench.act(scenario), name);
  return (await busyMs(cdp)) - before;
}

const samples = new Map();
/** Runs the scenarios of a group in turn, WARMUP + SAMPLES times each. */
async function runGroup(context, names, count = SAMPLES) {
  for (let i = 0; i < WARMUP + count; i++) {
    for (const name of names) {
      const value = await sample(context, name);
      if (i >= WARMUP) samples.set(name, [...(samples.get(name) ?? []), value]);
    }
  }
  process.stdout.write(`  ${names.join(', ')}\n`);
}

console.log(`Measuring in ${await browser.version()} (${SAMPLES} samples each, ${COLD_RUNS} fresh pages for first renders and loading)…`);
const loadBefore = os.loadavg()[0];
const warm = await openPage();
await warm.page.evaluate(() => window.bench.prepare());
const captured = await warm.page.evaluate(() => window.bench.captured());
await runGroup(warm, ['empty']);
await runGroup(warm, ['card', 'card-floor', 'map', 'map-floor', 'map-geo', 'map-geo-floor', 'map-echarts', 'list', 'list-floor']);
await runGroup(warm, ['map-indicator', 'map-indicator-floor', 'map-indicator-geo', 'map-indicator-geo-floor', 'map-indicator-echarts']);
await runGroup(warm, ['cards-200', 'cards-200-floor'], Math.ceil(SAMPLES / 2));
await runGroup(warm, ['list-100', 'list-1000', 'list-10000', 'list-100-floor', 'list-1000-floor', 'list-10000-floor', 'validate-100', 'validate-1000', 'validate-10000'], Math.ceil(SAMPLES / 2));
for (const count of [100, 1000, 10000]) await runGroup(warm, [`filter-${count}`]);
await runGroup(warm, ['select', 'select-geo', 'select-floor', 'select-echarts']);
const warmErrors = warm.errors;
await warm.page.close();

// Fresh pages, one sample each: the first element of its kind on a page whose libraries are loaded
// (template and style set-up, code not yet optimized), and loading the libraries on a page without them.
const FIRST = ['card', 'card-floor', 'map', 'map-floor', 'map-geo', 'map-geo-floor', 'map-echarts', 'list', 'list-floor'];
const COLD = ['load-sw', 'load-sw-geo', 'load-sw-choropleth-geo', 'load-echarts'];
// The choropleth (<sw-region-map indicator>, the 2020 census by province), tile and geographic, against ECharts drawing the same values.
const FIRST_CHOROPLETH = ['map-indicator', 'map-indicator-floor', 'map-indicator-geo', 'map-indicator-geo-floor', 'map-indicator-echarts'];
for (let run = 0; run < COLD_RUNS; run++) {
  for (const [mode, names] of [
    ['first', FIRST],
    ['first', FIRST_CHOROPLETH],
    ['cold', COLD],
  ]) {
    for (const name of names) {
      const context = await openPage(`?mode=${mode}`);
      await context.page.evaluate((from) => window.bench.prepare(from), captured);
      await context.page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const key = mode === 'first' ? `first-${name}` : name;
      samples.set(key, [...(samples.get(key) ?? []), await sample(context, name)]);
      warmErrors.push(...context.errors);
      await context.page.close();
    }
  }
}
process.stdout.write(`  fresh pages: ${FIRST.join(', ')}, ${FIRST_CHOROPLETH.join(', ')}, ${COLD.join(', ')}\n`);
const chromium = await browser.version();
const serverRendering = await benchServerRendering({ browser, samples: SAMPLES, runs: COLD_RUNS });
await browser.close();
await server.stop();
const loadAfter = os.loadavg()[0];

// ------------------------------------------------------------------ results

const overhead = median(samples.get('empty'));
/** Net median: the scenario's median minus doing nothing for two frames. */
const net = (name) => Math.max(0, median(samples.get(name)) - overhead);
const spread = (name) => quartiles(samples.get(name)).map((v) => Math.max(0, v - overhead));
const ms = (value) => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`);
const cell = (name) => {
  const [low, high] = spread(name);
  return `${ms(net(name))} <sub>${ms(low)}–${ms(high)}</sub>`;
};
const ratio = (a, b) => `${(net(a) / net(b)).toFixed(2)}×`;
const verdict = (met) => (met ? '✅ met' : '❌ **missed**');

const rows = [];
const targets = [];
function row(label, name, { floor, echarts, target, met, measured: given } = {}) {
  rows.push([label, cell(name), floor ? cell(floor) : '', floor ? ratio(name, floor) : '', echarts ? cell(echarts) : '', echarts ? ratio(name, echarts) : '', target ?? '', met === undefined ? '' : verdict(met)]);
  const measured = given ?? [floor && `${ratio(name, floor)} the floor`, echarts && `${ratio(name, echarts)} ECharts`].filter(Boolean).join(', ');
  if (met !== undefined) targets.push({ label, target: measured ? `${target}: ${measured}` : target, met });
}
const withinFloor = (name, floor) => net(name) <= 2 * net(floor);
// Issue 23: the geographic map, first on a page, at most this share of ECharts' time (its geometry projected when built).
const ECHARTS_SHARE = { 'first-map-geo': 0.5, 'first-map-indicator-geo': 0.6 };
const echartsTarget = (name, echarts) =>
  ECHARTS_SHARE[name] ? { target: `≤ ${ECHARTS_SHARE[name]}× ECharts`, met: net(name) <= ECHARTS_SHARE[name] * net(echarts) } : null;
for (const [kind, tag] of [
  ['card', '<sw-stat-card>'],
  ['map', '<sw-region-map>'],
  ['map-geo', '<sw-region-map layout="geo">'],
  ['list', '<sw-story-list>'],
]) {
  for (const prefix of ['first-', '']) {
    const name = `${prefix}${kind}`;
    const echarts = kind.startsWith('map') ? `${prefix}map-echarts` : undefined;
    const met = withinFloor(name, `${name}-floor`) && (!echarts || net(name) < net(echarts));
    row(`First render of \`${tag}\`, bundled report, ${prefix ? 'first on the page' : 'warm'}`, name, {
      floor: `${name}-floor`,
      echarts,
      target: echarts ? '≤ 2× floor; ahead of ECharts' : '≤ 2× floor',
      met,
      ...echartsTarget(name, echarts),
    });
  }
}
for (const [kind, tag] of [
  ['map-indicator', '<sw-region-map indicator>'],
  ['map-indicator-geo', '<sw-region-map indicator layout="geo">'],
]) {
  for (const prefix of ['first-', '']) {
    const name = `${prefix}${kind}`;
    const echarts = `${prefix}map-indicator-echarts`;
    row(`First render of the choropleth \`${tag}\` (31 provinces, 5 quantile classes), ${prefix ? 'first on the page' : 'warm'}`, name, {
      floor: `${name}-floor`,
      echarts,
      target: '≤ 2× floor; ahead of ECharts',
      met: withinFloor(name, `${name}-floor`) && net(name) < net(echarts),
      ...echartsTarget(name, echarts),
    });
  }
}
// Loading the code, on a page without it; and the first map on a page with everything it takes.
row('Loading `cdn/sw-widgets.js` (evaluating it) vs the ECharts build (evaluating it, `registerMap` with its geometry)', 'load-sw', { echarts: 'load-echarts' });
row('Loading `cdn/sw-widgets.js` and `cdn/sw-geo.js` (the geographic layout) vs the same ECharts', 'load-sw-geo', { echarts: 'load-echarts' });
row('Loading `cdn/sw-widgets.js`, `cdn/sw-geo.js`, `cdn/sw-choropleth.js` and `cdn/sw-report.js` (a geographic choropleth of a report given as a property) vs the same ECharts', 'load-sw-choropleth-geo', { echarts: 'load-echarts' });
/** A derived sample set: the sums of two medians, shown without a range. */
const sumRow = (label, parts, echartsParts, target) => {
  const ours = parts.reduce((sum, name) => sum + net(name), 0);
  const theirs = echartsParts.reduce((sum, name) => sum + net(name), 0);
  rows.push([label, ms(ours), '', '', ms(theirs), `${(ours / theirs).toFixed(2)}×`, target, verdict(ours < theirs)]);
  targets.push({ label, target: `${target}: ${(ours / theirs).toFixed(2)}× ECharts`, met: ours < theirs });
};
sumRow('First map on a page, loading the code included: tile `<sw-region-map>`', ['load-sw', 'first-map'], ['load-echarts', 'first-map-echarts'], 'ahead of ECharts');
sumRow('First map on a page, loading the code included: `<sw-region-map layout="geo">`', ['load-sw-geo', 'first-map-geo'], ['load-echarts', 'first-map-echarts'], 'ahead of ECharts');
sumRow('First choropleth on a page, loading the code included: `<sw-region-map indicator layout="geo">`', ['load-sw-choropleth-geo', 'first-map-indicator-geo'], ['load-echarts', 'first-map-indicator-echarts'], 'ahead of ECharts');
row('200 `<sw-stat-card>` on one page (20 metrics)', 'cards-200', { floor: 'cards-200-floor', target: '≤ 2× floor', met: withinFloor('cards-200', 'cards-200-floor') });
for (const count of [100, 1000, 10000]) {
  const label = `\`<sw-story-list>\` over ${count.toLocaleString('en')} stories (20 shown): first render`;
  const floor = `list-${count}-floor`;
  if (count === 10000) row(label, `list-${count}`, { floor, target: '≤ 2× the 100-story list', measured: `${ratio('list-10000', 'list-100')} the 100-story list`, met: net('list-10000') <= 2 * net('list-100') });
  else row(label, `list-${count}`, { floor });
}
for (const count of [100, 1000, 10000]) row(`… of which validating the report (${count.toLocaleString('en')} stories)`, `validate-${count}`);
/** The first render without validation: the difference of the two medians. */
const withoutValidation = (count) => Math.max(0, net(`list-${count}`) - net(`validate-${count}`));
for (const count of [100, 1000, 10000]) {
  const ratioTo100 = withoutValidation(count) / withoutValidation(100);
  rows.push([`… and the rest: sorting, filtering, rendering (${count.toLocaleString('en')} stories)`, ms(withoutValidation(count)), '', '', '', '', count === 10000 ? `(${ratioTo100.toFixed(2)}× the 100-story list)` : '', '']);
}
for (const count of [100, 1000, 10000]) {
  const label = `\`<sw-story-list>\` over ${count.toLocaleString('en')} stories: new region filter (7 divisions in turn, some with no story)`;
  if (count === 10000) row(label, `filter-${count}`, { target: '≤ 2× the 100-story list', measured: `${ratio('filter-10000', 'filter-100')} the 100-story list`, met: net('filter-10000') <= 2 * net('filter-100') });
  else row(label, `filter-${count}`);
}
for (const [label, name] of [
  ['`<sw-region-map>` selection change', 'select'],
  ['`<sw-region-map layout="geo">` selection change', 'select-geo'],
]) {
  row(label, name, { floor: 'select-floor', echarts: 'select-echarts', target: '≤ 16 ms (one frame)', measured: ms(net(name)), met: net(name) <= 16 });
}

const sizeRows = [...sizes, ...onDemand].map((s) => {
  const allInOne = s.file.startsWith('cdn/sw-widgets.');
  return [`\`${s.file}\``, s.what, kb(s.minified), kb(s.gzip), allInOne ? `≤ ${ALL_IN_ONE_BUDGET_KB} KB gzip` : '', allInOne ? verdict(s.gzip <= ALL_IN_ONE_BUDGET_KB * 1024) : ''];
});
for (const s of sizes.filter((s) => s.file.startsWith('cdn/sw-widgets.'))) {
  targets.push({ label: `\`${s.file}\` size`, target: `≤ ${ALL_IN_ONE_BUDGET_KB} KB gzip (${kb(s.gzip)})`, met: s.gzip <= ALL_IN_ONE_BUDGET_KB * 1024 });
}
const echartsAhead = mapAlone.gzip < echartsSize.gzip;
sizeRows.push(
  [`\`bench/.out/echarts-map.js\``, echartsSize.what, kb(echartsSize.minified), kb(echartsSize.gzip), 'larger than `sw-region-map.js`', verdict(echartsAhead)],
  ['`echarts/map/json/china.json`', echartsGeometry.what, kb(echartsGeometry.minified), kb(echartsGeometry.gzip), '', ''],
);
targets.push({ label: 'Bundle size against ECharts', target: `\`sw-region-map.js\` ${kb(mapAlone.gzip)} vs ECharts ${kb(echartsSize.gzip)} (+ ${kb(echartsGeometry.gzip)} geometry)`, met: echartsAhead });

const table = (header, body) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const cpu = os.cpus();
let revision = 'unknown revision';
try {
  revision = `commit ${execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim()}`;
} catch {
  // Not a git checkout (an npm package): the date says when.
}
const missed = targets.filter((t) => !t.met);
const markdown = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${revision}: ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}, Node ${process.version}, ${chromium} (headless). Load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after${loadBefore > cpu.length ? ' (other work was running on the machine; times are thread CPU time, which it disturbs less, but not zero)' : ''}. Took ${Math.round((Date.now() - started) / 1000)} s.

**Targets missed: ${missed.length ? missed.map((t) => t.label).join('; ') : 'none'}.** docs/reliability.md ("Performance") says why.

## Sizes

Minified as built; gzip at level 9, as a CDN serves them.

${table(['file', 'what', 'minified', 'gzip', 'target', ''], sizeRows)}

## Rendering

Renderer main-thread time, from the change until the result is on screen (two frames later: style, layout, paint and any ResizeObserver re-render included), minus the same for no change (${ms(overhead)}). Median of ${SAMPLES} samples (<sub>interquartile range</sub>), ${COLD_RUNS} fresh pages for first renders and loading; scenarios that are compared ran interleaved in the same page. Ratios are sw-widgets ÷ baseline: below 1 is faster.

- **Floor**: a minimal hand-written custom element with a shadow root that renders the same markup and CSS (captured from the sw-widgets element), with no data work: what a web component costs at least.
- **ECharts**: the build above, drawing the same 34 divisions in the same colors (canvas, no animation, labels on), 640 × 640 px; the sw-widgets maps are 640 px wide.
- **Warm**: one more element on a page that already shows one of its kind. **First on the page**: a fresh page per sample with the libraries' code loaded (\`cdn/sw-widgets.js\` and the files it loads on demand for these scenarios: \`cdn/sw-geo.js\`, \`cdn/sw-choropleth.js\`, and \`cdn/sw-report.js\`, which checks a report given as a property; ECharts with its geometry registered) and nothing rendered: template and style set-up included, and for the geographic layout fetching and decoding its geometry, projected when it was built (\`cdn/sw-china.map.json\`); the floor's first instance makes its style sheets. **Loading**: a fresh page without the library; evaluating its code (and ECharts' \`registerMap\` with its geometry parsed). Network waits are idle time and not counted.

${table(['measurement', 'sw-widgets', 'floor', 'ratio', 'ECharts', 'ratio', 'target', ''], rows)}

${serverRendering}
## Targets

${table(['measurement', 'target: measured', ''], targets.map((t) => [t.label, t.target, verdict(t.met)]))}
${warmErrors.length ? `\nErrors in the benchmark pages: ${[...new Set(warmErrors)].join('; ')}\n` : ''}`;

writeFileSync('bench/results.md', markdown);
console.log(`\n${table(['file', 'minified', 'gzip', ''], sizeRows.map((r) => [r[0], r[2], r[3], r[5]]))}\n`);
console.log(table(['measurement', 'sw-widgets', 'floor', 'ratio', 'ECharts', 'ratio', ''], rows.map((r) => [r[0], r[1].replace(/ <sub>.*<\/sub>/, ''), r[2].replace(/ <sub>.*<\/sub>/, ''), r[3], r[4].replace(/ <sub>.*<\/sub>/, ''), r[5], r[7]])));
console.log(`\nTargets missed: ${missed.length ? missed.map((t) => t.label).join('; ') : 'none'}. Written to bench/results.md (${Math.round((Date.now() - started) / 1000)} s).`);
