// Whole pages in Chromium 92 and 108 (before class static blocks, color-mix() and container queries; headless builds
// from npm, scripts/test/browsers.mjs), as a partner's reader on an older Chromium-based browser sees them: both script
// bundles, a report with a series and an indicator (class colors compared with the current Chromium's), a 280 px
// column, an engine without custom elements, server-rendered HTML, the demo and the embed builder. Issue 22;
// docs/testing.md says which engines run which tests. Needs `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { renderPage, renderToString } from '../../dist/ssr/index.js';
import { hasOldChromium, OLD_CHROMIUMS, OLD_ENGINES, unpackOldChromium } from '../../scripts/test/browsers.mjs';
import { CHROME_ARGS } from '../../cli/lib/find-chrome.js';
import { launchChromium, openTab, startServer } from './ssr-harness.mjs';

const require = createRequire(import.meta.url);

const ALL_THREE = `<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>
<sw-region-map id="map"></sw-region-map>
<sw-story-list for="map"></sw-story-list>`;
const page = (body, { head = '', lang = 'zh-CN' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>old engines</title>${head}</head><body>${body}</body></html>`;

/** What a reader sees of the three elements: the card's text, the map's tiles, the list's stories. */
const SEEN = `(() => {
  const root = (tag) => document.querySelector(tag)?.shadowRoot;
  return {
    card: root('sw-stat-card')?.textContent.replace(/\\s+/g, ' ') ?? '',
    tiles: root('sw-region-map')?.querySelectorAll('[role=option]').length ?? 0,
    stories: root('sw-story-list')?.querySelectorAll('article').length ?? 0,
  };
})()`;

/** The fill of every tile and the background of every legend swatch, by division code and by step. */
const COLORS = (selector) => `(() => {
  const root = document.querySelector(${JSON.stringify(selector)}).shadowRoot;
  const tiles = {};
  for (const tile of root.querySelectorAll('.tile')) tiles[tile.dataset.code] = getComputedStyle(tile.querySelector('.tile-shape')).fill;
  const swatches = {};
  for (const swatch of root.querySelectorAll('.swatch[class*=step-]')) swatches[[...swatch.classList].find((name) => name.startsWith('step-'))] = getComputedStyle(swatch).backgroundColor;
  return { tiles, swatches };
})()`;

/** rgb(231, 185, 181), or color(srgb 0.906 0.724 0.71) as the current Chromium gives a color-mix(), in 0–255. */
const channels = (color) =>
  (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => Number(value) * (color.startsWith('color(') ? 255 : 1));
const close = (a, b) =>
  channels(a).length === 3 && channels(a).every((value, i) => Math.abs(value - channels(b)[i]) <= 1);

const PAGES = {
  '/old/classic.html': page(`${ALL_THREE}<script src="/cdn/sw-widgets.iife.js"></script>`),
  '/old/module.html': page(`<script type="module" src="/cdn/sw-widgets.js"></script>${ALL_THREE}`),
  // A card with a yearly series, and choropleths of the census population in 7 and 5 classes, light and dark.
  '/old/series-indicator.html': page(`<script src="/cdn/sw-widgets.iife.js"></script>
<sw-stat-card src="/data/examples/national-workforce.json" metric="national-certified-social-workers" lang="en"></sw-stat-card>
<sw-region-map id="seven" src="/data/examples/province-indicators.json" indicator="resident-population" steps="7"></sw-region-map>
<sw-region-map id="dark" theme="dark" src="/data/examples/province-indicators.json" indicator="population-share"></sw-region-map>
<sw-region-map id="stories"></sw-region-map>
<sw-region-map id="geo" layout="geo" src="/data/examples/province-indicators.json" indicator="resident-population"></sw-region-map>`),
  '/old/narrow.html':
    page(`<div id="column" style="width: 280px">${ALL_THREE}<sw-stat-card metric="chaozhou-volunteers" lang="en"></sw-stat-card></div>
<script src="/cdn/sw-widgets.iife.js"></script>`),
  // An engine without custom elements (below the floor): the editor's text inside the tags stays.
  '/old/no-custom-elements.html': page(`<script src="/old/remove-custom-elements.js"></script>
<script src="/cdn/sw-widgets.iife.js"></script><script src="/cdn/sw-stat-card.iife.js"></script><script type="module" src="/cdn/sw-widgets.js"></script>
<sw-stat-card metric="chaozhou-volunteers">潮州市注册志愿者超32万人</sw-stat-card>
<sw-story-list><a href="https://example.org/chaozhou.html">潮州：慈善组织与志愿者</a></sw-story-list>`),
};

for (const engine of OLD_ENGINES) {
  describe(
    `${OLD_CHROMIUMS[engine].name}`,
    { skip: !hasOldChromium(engine) && `${engine} is not installed (npm ci)` },
    () => {
      let server;
      let browser;
      let current;
      before(async () => {
        server = await startServer(new Map(Object.entries(PAGES)));
        server.pages.set('/old/remove-custom-elements.js', {
          html: "Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });",
          headers: { 'content-type': 'text/javascript' },
        });
        const puppeteer = require(OLD_CHROMIUMS[engine].puppeteer);
        browser = await puppeteer.launch({
          executablePath: await unpackOldChromium(engine),
          args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
          headless: true,
        });
      });
      after(async () => {
        await browser?.close();
        await current?.close();
        await server?.close();
      });

      /** Opens a path; resolves once `ready` is true (or fails naming what was seen). */
      async function open(path, ready, { width = 1000, javaScript = true } = {}) {
        const tab = await openTab(browser, { width, javaScript });
        tab.page.on('pageerror', () => {});
        await tab.page.goto(server.base + path, { waitUntil: 'load' });
        if (ready) await tab.page.waitForFunction(ready, { timeout: 20000 });
        return tab;
      }

      for (const [script, path] of [
        ['classic', '/old/classic.html'],
        ['module', '/old/module.html'],
      ]) {
        test(`the ${script} script shows all three elements with the bundled report, with no console error`, async () => {
          const { page: tab, problems } = await open(
            path,
            `(${SEEN}).stories === 4 && (${SEEN}).tiles === 34 && (${SEEN}).card.includes('32')`,
          );
          const seen = await tab.evaluate(SEEN);
          assert.match(seen.card, /超32万/);
          assert.equal(seen.tiles, 34);
          assert.equal(seen.stories, 4);
          assert.deepEqual(problems, []);
          await tab.close();
        });
      }

      test('a series and an indicator: the sparkline and the change, and the class colors of the current Chromium', async () => {
        const ready = `['seven', 'dark', 'stories', 'geo'].every((id) => document.getElementById(id).shadowRoot?.querySelector('[role=option]'))
        && !!document.querySelector('sw-stat-card').shadowRoot?.querySelector('.sparkline svg path')
        && !!document.getElementById('seven').shadowRoot.querySelector('.swatch.step-7')`;
        const { page: tab, problems } = await open('/old/series-indicator.html', ready);
        const card = await tab.evaluate(`(() => { const root = document.querySelector('sw-stat-card').shadowRoot;
        return { change: root.querySelector('.change')?.textContent.trim() ?? '', points: root.querySelector('.sparkline path').getAttribute('d').split(/[ML]/).length - 1 }; })()`);
        assert.match(card.change, /\d/, 'the change line');
        assert.ok(card.points >= 2, 'the sparkline');
        // The same page in the current Chromium (with color-mix()): every tile and swatch the same color, ±1 per channel.
        current ??= await launchChromium();
        const reference = await openTab(current, { width: 1000 });
        await reference.page.goto(server.base + '/old/series-indicator.html', { waitUntil: 'load' });
        await reference.page.waitForFunction(ready, { timeout: 20000 });
        for (const id of ['#seven', '#dark', '#stories']) {
          // Mixed colors are written after the render (mixed-colors.ts, in cdn/sw-choropleth.js): until then mixed steps show the no-data color.
          await tab.waitForFunction(`(() => {
          const root = document.querySelector('${id}').shadowRoot;
          const noData = getComputedStyle(root.querySelector('.swatch:not([class*=step-]), .swatch.hatched')).backgroundColor;
          return [...root.querySelectorAll('.swatch[class*=step-]:not(.step-5)')].every((swatch) => getComputedStyle(swatch).backgroundColor !== noData);
        })()`);
          const old = await tab.evaluate(COLORS(id));
          const now = await reference.page.evaluate(COLORS(id));
          assert.ok(
            Object.keys(now.tiles).length === 34 && Object.keys(now.swatches).length >= (id === '#stories' ? 1 : 5),
            id,
          );
          for (const [code, fill] of Object.entries(now.tiles)) {
            assert.ok(close(old.tiles[code], fill), `${id} tile ${code}: ${old.tiles[code]}, current Chromium ${fill}`);
            assert.notEqual(old.tiles[code], 'rgb(0, 0, 0)', `${id} tile ${code} is black`);
          }
          for (const [step, background] of Object.entries(now.swatches))
            assert.ok(
              close(old.swatches[step], background),
              `${id} swatch ${step}: ${old.swatches[step]}, current Chromium ${background}`,
            );
        }
        // The geographic map's borders (color-mix() of the muted text and the surface).
        const border = `getComputedStyle(document.getElementById('geo').shadowRoot.querySelector('.region-shape')).stroke`;
        assert.ok(close(await tab.evaluate(border), await reference.page.evaluate(border)), 'the geographic borders');
        assert.deepEqual(problems, []);
        assert.deepEqual(reference.problems, []);
        await reference.page.close();
        await tab.close();
      });

      test('in a 280 px column, without container queries, the card, the map and the list fit', async () => {
        const { page: tab, problems } = await open(
          '/old/narrow.html',
          `(${SEEN}).stories === 4 && (${SEEN}).tiles === 34 && [...document.querySelectorAll('sw-stat-card')].every((card) => card.shadowRoot?.querySelector('[part~=value]'))`,
          { width: 600 },
        );
        // Chromium 92 has no container queries (105 has): there the fallback layout is the one measured.
        if (engine === 'chromium-92')
          assert.equal(await tab.evaluate(`CSS.supports('container-type', 'inline-size')`), false);
        const overflow = await tab.evaluate(`(() => {
        const out = [];
        for (const host of document.querySelectorAll('#column > *')) {
          const frame = host.getBoundingClientRect();
          if (frame.width > 280.5) out.push(host.localName + ' is ' + frame.width + ' px wide');
          for (const node of host.shadowRoot.querySelectorAll('*')) {
            if (node.closest('.visually-hidden, svg, style, [hidden]') || !node.getClientRects().length) continue;
            const box = node.getBoundingClientRect();
            if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) out.push(host.localName + ' ' + node.localName + '.' + node.className + ' overflows');
            if (getComputedStyle(node).display !== 'inline' && node.scrollWidth > node.clientWidth + 0.5 && getComputedStyle(node).overflowX !== 'visible') out.push(host.localName + ' ' + node.className + ' is cut off');
          }
        }
        return out;
      })()`);
        assert.deepEqual(overflow, []);
        // The figure keeps a size between the body text and the largest (fixed without container queries).
        const figure = await tab.evaluate(
          `parseFloat(getComputedStyle(document.querySelector('sw-stat-card').shadowRoot.querySelector('[part~=value]')).fontSize)`,
        );
        assert.ok(figure >= 24 && figure <= 64, `figure ${figure}px`);
        assert.deepEqual(problems, []);
        await tab.close();
      });

      test('without custom elements (below the floor) the text inside the tags stays, and nothing is thrown', async () => {
        const tab = await openTab(browser, { width: 800 });
        const errors = [];
        tab.page.on('pageerror', (error) => errors.push(error.message));
        // The classic script runs before `load`; its guard returns there, starting nothing that could throw later.
        await tab.page.goto(server.base + '/old/no-custom-elements.html', { waitUntil: 'load' });
        const seen = await tab.page.evaluate(`({
        text: document.body.innerText,
        shadow: [...document.querySelectorAll('sw-stat-card, sw-story-list')].some((el) => el.shadowRoot),
        global: typeof window.SwWidgets,
      })`);
        assert.match(seen.text, /潮州市注册志愿者超32万人/);
        assert.match(seen.text, /潮州：慈善组织与志愿者/);
        assert.equal(seen.shadow, false);
        assert.equal(seen.global, 'undefined', 'the classic script defines nothing');
        assert.deepEqual(errors, []);
        assert.deepEqual(tab.problems, []);
        await tab.page.close();
      });

      test('server-rendered HTML shows its content: hydrated, or rendered afresh where the engine has no declarative shadow DOM', async () => {
        const [card, map, list] = renderPage(
          [
            { tag: 'sw-stat-card', attributes: { metric: 'chaozhou-volunteers' } },
            { tag: 'sw-region-map', attributes: { id: 'map' } },
            { tag: 'sw-story-list', attributes: { for: 'map' } },
          ],
          { lang: 'zh-Hans' },
        );
        const html = `${card}${map}${list}`;
        // As an engine without any declarative shadow DOM parses it (Safari < 16.4, Firefox < 123): only shadowrootmode.
        const noDsd = html
          .replace(/ shadowroot="open"/g, '')
          .replace(/shadowrootmode="open"/g, 'shadowrootmode="open" data-no-dsd');
        const fallback = '<p>潮州市注册志愿者超32万人</p>';
        server.pages.set('/old/ssr.html', page(`${html}<script src="/cdn/sw-widgets.iife.js"></script>`));
        server.pages.set(
          '/old/ssr-no-dsd.html',
          page(
            `${noDsd.replace('</template>', `</template>${fallback}`)}<script src="/cdn/sw-widgets.iife.js"></script>`,
          ),
        );
        const done = `(${SEEN}).stories === 4 && (${SEEN}).tiles === 34 && (${SEEN}).card.includes('32')`;
        for (const path of ['/old/ssr.html', '/old/ssr-no-dsd.html']) {
          const { page: tab, problems } = await open(path, done);
          assert.deepEqual(problems, [], path);
          // The text written for readers without JavaScript is not shown beside the card.
          if (path.endsWith('no-dsd.html'))
            assert.equal(await tab.evaluate(`document.querySelector('sw-stat-card > p').getClientRects().length`), 0);
          await tab.close();
        }
        // Without JavaScript: an engine without declarative shadow DOM shows the fallback text written after the template.
        const { page: noScript } = await open('/old/ssr-no-dsd.html', undefined, { javaScript: false });
        assert.match(await noScript.evaluate('document.body.innerText'), /潮州市注册志愿者超32万人/);
        await noScript.close();
        // A card rendered from a report given to the server (defer-hydration) waits for the page's report there too,
        // rather than showing the bundled report meanwhile.
        const report = JSON.parse(readFileSync('data/report.json', 'utf8'));
        report.metrics.find((metric) => metric.id === 'chaozhou-volunteers').value = 410000;
        const deferred = renderToString(
          'sw-stat-card',
          { metric: 'chaozhou-volunteers' },
          { report, lang: 'en' },
        ).replace(/ shadowroot="open"/g, '');
        assert.match(deferred, /defer-hydration/);
        // A second card, not deferred, shows the bundled report: once it has, the deferred one had the same chance.
        server.pages.set(
          '/old/ssr-deferred.html',
          page(
            `${deferred}<sw-stat-card id="other" metric="chaozhou-volunteers"></sw-stat-card><script src="/cdn/sw-widgets.iife.js"></script>`,
            { lang: 'en' },
          ),
        );
        const { page: tab, problems } = await open(
          '/old/ssr-deferred.html',
          `!!document.getElementById('other').shadowRoot?.querySelector('.card')`,
        );
        assert.equal(
          await tab.evaluate(`document.querySelector('sw-stat-card').hasUpdated`),
          false,
          'waits for the report',
        );
        await tab.evaluate(
          `(() => { const card = document.querySelector('sw-stat-card'); card.report = ${JSON.stringify(report)}; card.removeAttribute('defer-hydration'); })()`,
        );
        await tab.waitForFunction(`document.querySelector('sw-stat-card').shadowRoot?.textContent.includes('410,000')`);
        assert.deepEqual(problems, []);
        await tab.close();
      });

      test('the demo and the embed builder work: widgets, the metric choices and a snippet', async () => {
        const { page: demo, problems: demoProblems } = await open(
          '/demo/index.html',
          `document.querySelectorAll('#cards sw-stat-card').length > 3 && !!document.querySelector('sw-region-map')?.shadowRoot?.querySelector('[role=option]')`,
        );
        assert.deepEqual(demoProblems, []);
        await demo.close();
        const { page: builder, problems } = await open(
          '/demo/builder.html',
          `document.getElementById('snippet').value.includes('<sw-') && !!document.querySelector('#preview > *')?.shadowRoot?.textContent.trim()`,
        );
        const state = await builder.evaluate(
          `({ metrics: document.querySelector('[name=cardMetric]')?.options.length ?? 0, snippet: document.getElementById('snippet').value })`,
        );
        assert.ok(state.metrics > 3, `${state.metrics} metrics offered`);
        assert.match(state.snippet, /<script/);
        assert.deepEqual(problems, []);
        await builder.close();
      });
    },
  );
}
