// The embed builder's "server-rendered HTML" snippet (demo/builder.html, rendered by cdn/sw-ssr-worker.js),
// pasted into a blank page: the content without JavaScript, then hydration with the snippet's own script.
// Needs `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { accessibleNodes, axeViolations, launchChromium, openTab, ROOT, startServer } from './ssr-harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The builder's snippet for a map and a linked list, server-rendered, as an editor gets it: once the builder is
 * ready, they choose the widgets and type this server's cdn/ address into the script-address field (the builder
 * opened on 127.0.0.1 offers the published package's address, unreachable here), then copy the snippet.
 */
async function builderSnippet({ lang = 'en', scriptKind = 'classic' } = {}) {
  const { page, problems } = await openTab(browser);
  await page.goto(`${server.base}/demo/builder.html?ui=en`);
  // Ready: the builder has read cdn/manifest.json and written its first snippet.
  await page.waitForFunction(`document.getElementById('snippet').value !== ''`);
  await page.click('[name=kind][value=map-list]');
  await page.click(`[name=scriptKind][value=${scriptKind}]`);
  await page.select('#widget-lang', lang);
  await page.click('#script-base', { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type('#script-base', `${server.base}/cdn/`);
  await page.click('[name=ssr]');
  await page.waitForFunction(`document.getElementById('snippet').dataset.rendered === 'done'`);
  const snippet = await page.$eval('#snippet', (box) => box.value);
  const label = await page.$eval('[name=ssr]', (box) => box.labels[0].textContent.trim());
  // Closing the builder aborts its height measuring iframes: only console errors count here.
  assert.deepEqual(
    problems.filter((problem) => !problem.startsWith('requestfailed')),
    [],
  );
  await page.close();
  return { snippet, label };
}

// The script tag the snippet must end with: this server's build, with the SRI hash cdn/manifest.json gives it.
async function expectedScriptTag(scriptKind) {
  const file = scriptKind === 'module' ? 'sw-widgets.js' : 'sw-widgets.iife.js';
  const manifest = JSON.parse(await readFile(join(ROOT, 'cdn/manifest.json'), 'utf8'));
  const attributes = `src="${server.base}/cdn/${file}" integrity="${manifest.files[file].integrity}" crossorigin="anonymous"`;
  return scriptKind === 'module' ? `<script type="module" ${attributes}></script>` : `<script ${attributes}></script>`;
}

const pasted = (snippet) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><main><h1>A blank page</h1><h2>Social work in June 2024</h2>\n${snippet}\n</main></body></html>`;
const shadow = (tag, selector) =>
  `document.querySelector('${tag}').shadowRoot.querySelector${selector.startsWith('*') ? 'All' : ''}('${selector.replace(/^\*/, '')}')`;

test('the builder offers server-rendered HTML: the rendered elements, then the script', async () => {
  const { snippet, label } = await builderSnippet({ lang: 'zh-Hant' });
  assert.equal(label, 'Server-rendered HTML (the content shows without JavaScript)');
  assert.match(snippet, /^<sw-region-map id="sw-map-1" selected="[^"]*"|^<sw-region-map id="sw-map-1"/);
  assert.match(snippet, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(snippet, /lang="zh-Hant"/);
  // The script at the typed address, with the SRI hash of the build's manifest (the publisher toolkit's snippets).
  assert.ok(snippet.endsWith(`\n${await expectedScriptTag('classic')}`), snippet.slice(-300));
});

test('pasted into a blank page, without JavaScript: the map and the list are there, with roles and names', async () => {
  const { snippet } = await builderSnippet();
  server.pages.set('/pasted/no-js.html', pasted(snippet));
  const { page, problems } = await openTab(browser, { javaScript: false });
  await page.goto(`${server.base}/pasted/no-js.html`);
  const nodes = await accessibleNodes(page);
  assert.equal(nodes.filter((node) => node.role === 'option').length, 34);
  assert.ok(nodes.some((node) => node.role === 'option' && node.name.startsWith('Gansu')));
  assert.equal(
    nodes.filter((node) => node.role === 'heading').length,
    2 + 4,
    "the page's two headings and the list's four stories",
  );
  assert.ok(nodes.some((node) => node.role === 'heading' && /Zhuanglang/.test(node.name)));
  assert.deepEqual(problems, []);
  await page.close();
});

for (const scriptKind of ['classic', 'module']) {
  test(`pasted into a blank page with its ${scriptKind} script: hydrated without errors or shift; a tile click filters the list`, async () => {
    const { snippet } = await builderSnippet({ scriptKind });
    assert.ok(snippet.endsWith(`\n${await expectedScriptTag(scriptKind)}`), snippet.slice(-300));
    server.pages.set(`/pasted/${scriptKind}.html`, pasted(snippet));
    const { page, problems } = await openTab(browser);
    await page.evaluateOnNewDocument(() => {
      window.cls = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.cls += entry.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    await page.goto(`${server.base}/pasted/${scriptKind}.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      `['sw-region-map', 'sw-story-list'].every((tag) => document.querySelector(tag).hasUpdated)`,
    );
    const state = await page.evaluate(
      `({ cls, maps: ${shadow('sw-region-map', '*svg')}.length, articles: ${shadow('sw-story-list', '*article')}.length, templates: document.querySelectorAll('template').length })`,
    );
    assert.ok(state.cls < 0.01, `CLS ${state.cls}`);
    assert.deepEqual([state.maps, state.articles, state.templates], [1, 4, 0]);
    const tile = await page.evaluateHandle(shadow('sw-region-map', '.tile[data-code="620000"] .tile-shape'));
    await tile.click();
    await page.waitForFunction(`${shadow('sw-story-list', '*article')}.length === 1`);
    assert.match(await page.evaluate(`${shadow('sw-story-list', 'article h3')}.textContent`), /Zhuanglang/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the snippet hydrates: the DOM the snippet brought is kept when its script runs', async () => {
  const { snippet } = await builderSnippet({ scriptKind: 'module' });
  const script = snippet.match(/<script[^>]*src="([^"]+)"/)[1];
  server.pages.set('/pasted/later.html', pasted(snippet.replace(/<script[^>]*><\/script>$/, '')));
  const { page, problems } = await openTab(browser);
  await page.goto(`${server.base}/pasted/later.html`);
  await page.evaluate(`window.kept = [${shadow('sw-region-map', 'svg')}, ${shadow('sw-story-list', 'article')}]`);
  await page.addScriptTag({ url: script, type: 'module' });
  await page.waitForFunction(
    `['sw-region-map', 'sw-story-list'].every((tag) => document.querySelector(tag).hasUpdated)`,
  );
  assert.equal(
    await page.evaluate(
      `${shadow('sw-region-map', 'svg')} === kept[0] && ${shadow('sw-story-list', 'article')} === kept[1]`,
    ),
    true,
  );
  assert.deepEqual(problems, []);
  await page.close();
});
