// Server-rendered elements (sw-widgets/ssr) in Chromium: without JavaScript (the content, roles and names are
// in the HTML; the map's tiles are drawn), then hydrated by the script-tag bundle (the same DOM adopted, no
// console errors, CLS < 0.01, no second copy, a real click on a tile filters the linked list). Needs `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cspStyleHashes, renderPage, renderToString } from '../../dist/ssr/index.js';
import { accessibleNodes, axeViolations, launchChromium, openTab, startServer } from './ssr-harness.mjs';

const LANGUAGES = {
  'zh-Hans': { figure: '32万', division: '甘肃省', story: '庄浪', filtered: '甘肃省' },
  'zh-Hant': { figure: '32萬', division: '甘肅省', story: '莊浪', filtered: '甘肅省' },
  en: { figure: '320,000', division: 'Gansu', story: 'Zhuanglang', filtered: 'Gansu' },
};

/** A card, a map and a list following it, rendered on the server; `script` goes at the end of the body. */
export function ssrPage(lang, { theme = 'light', script = '' } = {}) {
  const [card, map, list] = renderPage(
    [
      { tag: 'sw-stat-card', attributes: { metric: 'chaozhou-volunteers' } },
      { tag: 'sw-region-map', attributes: { id: 'map' } },
      { tag: 'sw-story-list', attributes: { for: 'map' } },
    ],
    { lang, theme },
  );
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Server-rendered widgets</title>
<meta name="viewport" content="width=device-width"></head><body><main><h1>Report</h1>${card}${map}<h2>Stories</h2>${list}</main>${script}</body></html>`;
}

const shadow = (tag, selector) =>
  `document.querySelector('${tag}').shadowRoot.querySelector${selector.startsWith('*') ? 'All' : ''}('${selector.replace(/^\*/, '')}')`;

let server;
let browser;
before(async () => {
  server = await startServer();
  for (const lang of Object.keys(LANGUAGES)) {
    server.pages.set(`/ssr/${lang}.html`, ssrPage(lang));
    server.pages.set(`/ssr/${lang}-dark.html`, ssrPage(lang, { theme: 'dark' }));
    server.pages.set(
      `/ssr/${lang}-script.html`,
      ssrPage(lang, { script: '<script type="module" src="/cdn/sw-widgets.js"></script>' }),
    );
  }
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('server-rendered elements with JavaScript disabled', () => {
  for (const [lang, expected] of Object.entries(LANGUAGES)) {
    test(`${lang}: the card's figure, the map's 34 tiles and the list's stories are there, with roles and names`, async () => {
      const { page, problems } = await openTab(browser, { javaScript: false });
      await page.goto(`${server.base}/ssr/${lang}.html`);
      const nodes = await accessibleNodes(page);
      const text = nodes.map((node) => node.name).join('\n');
      assert.match(text, new RegExp(expected.figure), 'the card says its figure');
      const listbox = nodes.find((node) => node.role === 'listbox');
      assert.ok(listbox, 'the map is a listbox');
      assert.equal(nodes.filter((node) => node.role === 'option').length, 34, 'one option per division');
      assert.ok(
        nodes.some((node) => node.role === 'option' && node.name.startsWith(expected.division)),
        `an option named ${expected.division}…`,
      );
      const headings = nodes.filter((node) => node.role === 'heading' && node.name.includes(expected.story));
      assert.equal(headings.length, 1, `the list's story heading about ${expected.story}`);
      assert.ok(
        nodes.some((node) => node.role === 'button' && node.name),
        'buttons are named',
      );
      // The tiles are drawn: sized, and filled by the shadow root's styles (unstyled SVG fills black).
      const tiles = await page.evaluate(`[...${shadow('sw-region-map', '*.tile-shape')}].map((rect) => {
        const box = rect.getBoundingClientRect();
        return { width: box.width, fill: getComputedStyle(rect).fill };
      })`);
      assert.equal(tiles.length, 34);
      assert.ok(
        tiles.every((tile) => tile.width > 20),
        'every tile has a size',
      );
      assert.ok(
        tiles.every((tile) => tile.fill !== 'rgb(0, 0, 0)'),
        'tiles are filled by the theme',
      );
      assert.equal(await page.evaluate('typeof customElements.get("sw-region-map")'), 'undefined', 'no script ran');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

describe('server-rendered elements hydrated by the script-tag bundle', () => {
  for (const lang of Object.keys(LANGUAGES)) {
    const expected = LANGUAGES[lang];
    test(`${lang}: the same DOM is adopted, without errors, layout shift or a second copy; a tile click filters the list`, async () => {
      const { page, problems } = await openTab(browser);
      await page.goto(`${server.base}/ssr/${lang}.html`);
      const before = await page.evaluate(`(() => {
        window.cls = 0;
        new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value; })
          .observe({ type: 'layout-shift', buffered: true });
        window.events = [];
        for (const type of ['sw-ready', 'sw-error', 'sw-region-select']) document.addEventListener(type, (event) => events.push(type + ':' + event.target.localName));
        window.kept = [${shadow('sw-stat-card', '.card')}, ${shadow('sw-region-map', 'svg')}, ${shadow('sw-story-list', 'article')}];
        return { card: ${shadow('sw-stat-card', '.card')}.textContent, list: ${shadow('sw-story-list', '.list')}.textContent };
      })()`);
      await page.addScriptTag({ url: '/cdn/sw-widgets.js', type: 'module' });
      await page.waitForFunction(
        `['sw-stat-card', 'sw-region-map', 'sw-story-list'].every((tag) => customElements.get(tag) && document.querySelector(tag).hasUpdated)`,
      );
      // Let the map measure its width and re-render its labels; a count-up would be running by now.
      await page.evaluate('new Promise((resolve) => setTimeout(resolve, 300))');
      const afterHydration = await page.evaluate(`({
        kept: [${shadow('sw-stat-card', '.card')}, ${shadow('sw-region-map', 'svg')}, ${shadow('sw-story-list', 'article')}].every((node, i) => node === kept[i] && node.isConnected),
        cards: ${shadow('sw-stat-card', '*.card')}.length,
        maps: ${shadow('sw-region-map', '*svg[role=listbox]')}.length,
        articles: ${shadow('sw-story-list', '*article')}.length,
        templates: document.querySelectorAll('template').length,
        counting: !!${shadow('sw-stat-card', '.counting')},
        card: ${shadow('sw-stat-card', '.card')}.textContent,
        list: ${shadow('sw-story-list', '.list')}.textContent,
        cls: window.cls,
        hydrate: performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/cdn/sw-hydrate.js')),
        events: [...events],
      })`);
      assert.ok(afterHydration.kept, 'the server-rendered nodes are kept (hydrated, not rendered again)');
      assert.ok(afterHydration.hydrate, 'the hydration code was fetched');
      assert.deepEqual(
        [afterHydration.cards, afterHydration.maps, afterHydration.articles, afterHydration.templates],
        [1, 1, 4, 0],
        'one copy of everything',
      );
      assert.equal(afterHydration.card, before.card, 'the card shows what the server wrote');
      assert.equal(afterHydration.list, before.list, 'the list shows what the server wrote');
      assert.equal(afterHydration.counting, false, 'no count-up on a server-rendered card');
      assert.ok(afterHydration.cls < 0.01, `CLS ${afterHydration.cls}`);
      assert.deepEqual(afterHydration.events.sort(), [
        'sw-ready:sw-region-map',
        'sw-ready:sw-stat-card',
        'sw-ready:sw-story-list',
      ]);

      // A real click on Gansu's tile selects it; the linked server-rendered list shows its story only.
      const tile = await page.evaluateHandle(shadow('sw-region-map', '.tile[data-code="620000"] .tile-shape'));
      await tile.click();
      await page.waitForFunction(`${shadow('sw-story-list', '*article')}.length === 1`);
      const filtered = await page.evaluate(`({
        selected: document.querySelector('sw-region-map').getAttribute('selected'),
        filter: ${shadow('sw-story-list', '.filter')}?.textContent ?? '',
        story: ${shadow('sw-story-list', 'article h3')}.textContent,
        events: [...events],
      })`);
      assert.equal(filtered.selected, '620000');
      assert.match(filtered.filter, new RegExp(expected.filtered));
      assert.match(filtered.story, new RegExp(expected.story));
      assert.ok(filtered.events.includes('sw-region-select:sw-region-map'));

      // Exports, attribute changes and the map's selection from outside work as usual.
      const exported = await page.evaluate(
        `document.querySelector('sw-stat-card').exportData().then((blob) => blob.text())`,
      );
      assert.match(exported, /320/);
      await page.evaluate(
        `document.querySelector('sw-stat-card').setAttribute('metric', 'chaotian-stations'); document.querySelector('sw-region-map').setAttribute('selected', '510000')`,
      );
      await page.waitForFunction(
        `!${shadow('sw-stat-card', '.card')}.textContent.includes('${expected.figure}') && ${shadow('sw-story-list', 'article h3')}.textContent !== ${JSON.stringify(filtered.story)}`,
      );
      assert.deepEqual(problems, [], 'no console errors or warnings');
      await page.close();
    });
  }

  test('the page with the module script at the end of its body hydrates without errors or layout shift', async () => {
    const { page, problems } = await openTab(browser);
    await page.evaluateOnNewDocument(() => {
      window.cls = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.cls += entry.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    await page.goto(`${server.base}/ssr/zh-Hans-script.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(`document.querySelector('sw-story-list').hasUpdated`);
    const result = await page.evaluate(
      `({ cls, options: ${shadow('sw-region-map', '*[role=option]')}.length, articles: ${shadow('sw-story-list', '*article')}.length })`,
    );
    assert.deepEqual({ ...result, cls: result.cls < 0.01 }, { cls: true, options: 34, articles: 4 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a card rendered from its src report hydrates once the classic bundle has loaded src', async () => {
    const report = JSON.parse(await readFile(new URL('../../data/report.json', import.meta.url), 'utf8'));
    const card = renderToString(
      'sw-stat-card',
      { src: '/data/report.json', metric: 'chaozhou-volunteers' },
      { report, lang: 'en' },
    );
    server.pages.set(
      '/ssr/src.html',
      `<!doctype html><html lang="en"><head><title>src</title></head><body>${card}</body></html>`,
    );
    const { page, problems } = await openTab(browser);
    await page.goto(`${server.base}/ssr/src.html`);
    await page.evaluate(`window.kept = ${shadow('sw-stat-card', '.card')}`);
    await page.addScriptTag({ url: '/cdn/sw-widgets.iife.js' });
    await page.waitForFunction(`document.querySelector('sw-stat-card').hasUpdated`);
    assert.equal(
      await page.evaluate(`${shadow('sw-stat-card', '.card')} === kept && kept.textContent.includes('320,000')`),
      true,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a card rendered from a report given to the server waits (defer-hydration) until the page gives it the report', async () => {
    const report = JSON.parse(await readFile(new URL('../../data/report.json', import.meta.url), 'utf8'));
    report.metrics.find((metric) => metric.id === 'chaozhou-volunteers').value = 410000;
    const card = renderToString('sw-stat-card', { metric: 'chaozhou-volunteers' }, { report, lang: 'en' });
    const invalid = renderToString('sw-stat-card', { id: 'invalid' }, { report: { id: 'x' }, lang: 'en' });
    server.pages.set(
      '/ssr/deferred.html',
      `<!doctype html><html lang="en"><head><title>deferred</title></head><body>${card}${invalid}</body></html>`,
    );
    const { page, problems } = await openTab(browser);
    await page.goto(`${server.base}/ssr/deferred.html`);
    await page.evaluate(`window.kept = ${shadow('sw-stat-card', '.card')}`);
    await page.addScriptTag({ url: '/cdn/sw-widgets.js', type: 'module' });
    await page.waitForFunction(`customElements.get('sw-stat-card')`);
    await page.evaluate('new Promise((resolve) => setTimeout(resolve, 200))');
    assert.equal(
      await page.evaluate(`document.querySelector('sw-stat-card').hasUpdated`),
      false,
      'waits for the report',
    );
    assert.match(
      await page.evaluate(`document.getElementById('invalid').shadowRoot.querySelector('[role=alert]').textContent`),
      /The report property is invalid/,
    );
    await page.evaluate(
      `(() => { const card = document.querySelector('sw-stat-card'); card.report = ${JSON.stringify(report)}; card.removeAttribute('defer-hydration'); })()`,
    );
    await page.waitForFunction(`document.querySelector('sw-stat-card').hasUpdated`);
    assert.equal(
      await page.evaluate(`${shadow('sw-stat-card', '.card')} === kept && kept.textContent.includes('410,000')`),
      true,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an app bundling the npm modules (dist/, code-split by esbuild) hydrates too: the hydration code is its own chunk', async () => {
    const outdir = await mkdtemp(join(tmpdir(), 'sw-npm-'));
    const result = await build({
      stdin: { contents: "import 'sw-widgets/all.js';", resolveDir: join(import.meta.dirname, '../..'), loader: 'js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir,
      minify: true,
      write: true,
      logLevel: 'error',
      metafile: true,
      alias: { 'sw-widgets/all.js': join(import.meta.dirname, '../../dist/all.js') },
    });
    const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
    // The app's own entry (dynamic imports, such as each element's export model, are entry points too).
    const entry = files.find((file) => result.metafile.outputs[file].entryPoint === '<stdin>');
    for (const file of files) server.pages.set(`/npm/${file.split('/').pop()}`, await readFile(file, 'utf8'));
    const { page, problems } = await openTab(browser);
    // Served as pages (HTML type would break modules): answer with the JavaScript type.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/npm/'))
        request.respond({ status: 200, contentType: 'text/javascript', body: server.pages.get(path) });
      else request.continue();
    });
    await page.goto(`${server.base}/ssr/zh-Hant.html`);
    await page.evaluate(
      `window.kept = [${shadow('sw-stat-card', '.card')}, ${shadow('sw-region-map', 'svg')}, ${shadow('sw-story-list', 'article')}]`,
    );
    await page.addScriptTag({ url: `/npm/${entry.split('/').pop()}`, type: 'module' });
    await page.waitForFunction(
      `['sw-stat-card', 'sw-region-map', 'sw-story-list'].every((tag) => customElements.get(tag) && document.querySelector(tag).hasUpdated)`,
    );
    assert.equal(
      await page.evaluate(
        `[${shadow('sw-stat-card', '.card')}, ${shadow('sw-region-map', 'svg')}, ${shadow('sw-story-list', 'article')}].every((node, i) => node === kept[i])`,
      ),
      true,
    );
    const chunks = await page.evaluate(
      `performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/npm/')).length`,
    );
    assert.ok(chunks >= 2, 'the hydration code came as a chunk of its own');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("under a strict CSP the server's <style> is blocked, and the styles apply once the script has hydrated", async () => {
    server.pages.set('/ssr/csp.html', {
      html: ssrPage('en'),
      headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
    });
    const { page, problems } = await openTab(browser);
    await page.goto(`${server.base}/ssr/csp.html`);
    const fill = `getComputedStyle(${shadow('sw-region-map', '.tile[data-code="440000"] .tile-shape')}).fill`;
    assert.equal(await page.evaluate(fill), 'rgb(0, 0, 0)', 'unstyled: the inline <style> is refused');
    assert.ok(
      problems.some((problem) => /Content Security Policy/.test(problem)),
      'the browser reports the refused style',
    );
    problems.length = 0;
    await page.addScriptTag({ url: '/cdn/sw-widgets.js', type: 'module' });
    await page.waitForFunction(
      `['sw-stat-card', 'sw-region-map', 'sw-story-list'].every((tag) => document.querySelector(tag).hasUpdated)`,
    );
    assert.notEqual(await page.evaluate(fill), 'rgb(0, 0, 0)', 'styled by the adopted style sheets');
    assert.equal(await page.evaluate(`${shadow('sw-region-map', '*.tile')}.length`), 34);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("with cspStyleHashes() in style-src, a strict CSP applies the server's styles before any script", async () => {
    const hashes = cspStyleHashes();
    assert.equal(hashes.length, 3);
    server.pages.set('/ssr/csp-hashes.html', {
      html: ssrPage('en'),
      headers: {
        'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' ${hashes.join(' ')}`,
      },
    });
    const { page, problems } = await openTab(browser, { javaScript: false });
    await page.goto(`${server.base}/ssr/csp-hashes.html`);
    assert.notEqual(
      await page.evaluate(`getComputedStyle(${shadow('sw-region-map', '.tile[data-code="440000"] .tile-shape')}).fill`),
      'rgb(0, 0, 0)',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const theme of ['light', 'dark']) {
    test(`axe finds no violations on the hydrated page (${theme})`, async () => {
      const { page } = await openTab(browser);
      await page.goto(`${server.base}/ssr/en${theme === 'dark' ? '-dark' : ''}.html`);
      await page.addScriptTag({ url: '/cdn/sw-widgets.js', type: 'module' });
      await page.waitForFunction(
        `['sw-stat-card', 'sw-region-map', 'sw-story-list'].every((tag) => document.querySelector(tag).hasUpdated)`,
      );
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
});
