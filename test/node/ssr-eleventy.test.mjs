// The Eleventy recipe (examples/eleventy): the site built with Eleventy 3 shows the widgets without JavaScript,
// and its script (the package's cdn/ copied to the site) hydrates them. Needs `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { accessibleNodes, axeViolations, launchChromium, openTab, ROOT, startServer } from './ssr-harness.mjs';

let server;
let browser;
let site;
before(async () => {
  site = await mkdtemp(join(tmpdir(), 'sw-eleventy-'));
  const folder = join(ROOT, 'examples/eleventy');
  const previous = process.cwd();
  process.chdir(folder); // Eleventy resolves its input and config from the project folder, as `npx @11ty/eleventy` there does.
  try {
    await new Eleventy('src', site, { configPath: 'eleventy.config.mjs', quietMode: true }).write();
  } finally {
    process.chdir(previous);
  }
  server = await startServer(new Map(), `${site}/`);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const shadow = (tag, selector) =>
  `document.querySelector('${tag}').shadowRoot.querySelector${selector.startsWith('*') ? 'All' : ''}('${selector.replace(/^\*/, '')}')`;

test('the Eleventy site shows the card, the map and the list without JavaScript', async () => {
  const { page, problems } = await openTab(browser, { javaScript: false });
  await page.goto(`${server.base}/`);
  const nodes = await accessibleNodes(page);
  assert.ok(
    nodes.some((node) => /320,000/.test(node.name)),
    'the card says its figure',
  );
  assert.equal(nodes.filter((node) => node.role === 'option').length, 34);
  assert.equal(nodes.filter((node) => node.role === 'heading').length, 2 + 4);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Eleventy site hydrates with its script: same DOM, no errors, no shift; a tile click filters the list', async () => {
  // The built page, its script held back until the server's nodes are noted, then added as the page has it.
  const built = await readFile(join(site, 'index.html'), 'utf8');
  const script = built.match(/<script type="module" src="([^"]+)"><\/script>/)[1];
  server.pages.set('/later.html', built.replace(/<script type="module" src="[^"]+"><\/script>/, ''));
  const { page, problems } = await openTab(browser);
  await page.evaluateOnNewDocument(() => {
    window.cls = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.cls += entry.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await page.goto(`${server.base}/later.html`);
  await page.evaluate(
    `window.kept = [${shadow('sw-stat-card', '.card')}, ${shadow('sw-region-map', 'svg')}, ${shadow('sw-story-list', 'article')}]`,
  );
  await page.addScriptTag({ url: script, type: 'module' });
  await page.waitForFunction(
    `['sw-stat-card', 'sw-region-map', 'sw-story-list'].every((tag) => document.querySelector(tag).hasUpdated)`,
  );
  const state = await page.evaluate(`({
    kept: [${shadow('sw-stat-card', '.card')}, ${shadow('sw-region-map', 'svg')}, ${shadow('sw-story-list', 'article')}].every((node, i) => node === kept[i]),
    cls, articles: ${shadow('sw-story-list', '*article')}.length,
  })`);
  assert.deepEqual({ ...state, cls: state.cls < 0.01 }, { kept: true, cls: true, articles: 4 });
  const tile = await page.evaluateHandle(shadow('sw-region-map', '.tile[data-code="620000"] .tile-shape'));
  await tile.click();
  await page.waitForFunction(`${shadow('sw-story-list', '*article')}.length === 1`);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});
