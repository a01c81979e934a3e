// sw-widgets/ssr in Node: what renderToString and renderPage write. Needs `npm run build` (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { renderPage, renderToString } from '../../dist/ssr/index.js';

const report = JSON.parse(await readFile(new URL('../../data/report.json', import.meta.url), 'utf8'));
/** The text a reader sees: markup, styles and part markers out. */
const visibleText = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('a card: the tag with its attributes and a declarative shadow root holding its styles and figure', () => {
  const html = renderToString('sw-stat-card', { metric: 'chaozhou-volunteers' }, { lang: 'en' });
  assert.match(
    html,
    /^<sw-stat-card metric="chaozhou-volunteers" lang="en" theme="light"><template shadowroot="open" shadowrootmode="open"><style>/,
  );
  assert.match(html, /<\/template><\/sw-stat-card>$/);
  assert.match(
    visibleText(html),
    /Chaozhou, June 2024: over 320,000 registered volunteers, according to Chaozhou Daily\./,
  );
  assert.match(html, /<!--lit-part [^>]+-->/, 'part markers for hydration');
});

test('the language: zh-Hans by default, zh-Hant and en on request; the theme as an attribute', () => {
  assert.match(visibleText(renderToString('sw-stat-card', { metric: 'chaozhou-volunteers' })), /超32万/);
  assert.match(renderToString('sw-stat-card', {}), /lang="zh-Hans"/);
  assert.match(
    visibleText(renderToString('sw-stat-card', { metric: 'chaozhou-volunteers' }, { lang: 'zh-HK', theme: 'dark' })),
    /32萬/,
  );
  assert.match(renderToString('sw-stat-card', {}, { theme: 'dark' }), /theme="dark"/);
  assert.match(
    renderToString('sw-stat-card', { lang: 'en' }, { lang: 'zh-Hant' }),
    /lang="en"/,
    "the element's own lang wins",
  );
});

test('the map: 34 tiles with names, in a listbox, and the table of divisions', () => {
  const html = renderToString('sw-region-map', { selected: '620000' }, { lang: 'zh-Hant' });
  assert.equal(html.match(/role="option"/g).length, 34);
  assert.match(html, /role="listbox"/);
  assert.match(html, /aria-selected="true"[^>]*aria-label="甘肅省/);
  assert.match(html, /<table part="table">/);
});

test('renderPage: a list following a map shows the map’s selection and place buttons, like the browser', () => {
  const [map, list] = renderPage(
    [
      { tag: 'sw-region-map', attributes: { id: 'map', selected: '510000' } },
      { tag: 'sw-story-list', attributes: { for: 'map' } },
    ],
    { lang: 'en' },
  );
  assert.match(map, /^<sw-region-map id="map" selected="510000"/);
  assert.match(visibleText(list), /Filtered: Sichuan Clear filter 1 story/);
  assert.equal(list.match(/<article /g).length, 1);
  assert.match(list, /<button[^>]*class="place"/);
  // Alone, the list has no map to follow: all stories, places as text.
  const alone = renderToString('sw-story-list', { for: 'map' }, { lang: 'en' });
  assert.equal(alone.match(/<article /g).length, 4);
  assert.doesNotMatch(alone, /class="place"/);
});

test('a given report is validated: an invalid one gives the element’s error markup', () => {
  const html = renderToString('sw-stat-card', {}, { report: { id: 'broken' }, lang: 'en' });
  assert.match(html, /<div class="error" part="error" role="alert">/);
  assert.match(visibleText(html), /Cannot show this The report property is invalid: title: is required/);
  const list = renderToString('sw-story-list', { region: '999999' }, { lang: 'en' });
  assert.match(list, /role="alert"/, "the element's own problems too (unknown region)");
});

test('a given valid report is shown; without src the element waits for the page (defer-hydration)', () => {
  const changed = structuredClone(report);
  changed.metrics.find((metric) => metric.id === 'chaozhou-volunteers').value = 410000;
  const html = renderToString('sw-stat-card', { metric: 'chaozhou-volunteers' }, { report: changed, lang: 'en' });
  assert.match(visibleText(html), /over 410,000/);
  assert.match(html, /^<sw-stat-card metric="chaozhou-volunteers" lang="en" defer-hydration /);
  const withSrc = renderToString('sw-stat-card', { src: '/report.json' }, { report: changed });
  assert.doesNotMatch(withSrc, /defer-hydration/);
  assert.throws(
    () => renderToString('sw-stat-card', { src: '/report.json' }),
    /cannot load src; load the report and pass it as options\.report/,
  );
});

test('attributes are escaped and checked; other tags are refused', () => {
  const html = renderToString(
    'sw-story-list',
    { tag: '"><script>alert(1)</script>', limit: 2, tools: true, sort: false },
    { lang: 'en' },
  );
  assert.match(
    html,
    /^<sw-story-list tag="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;" limit="2" tools lang="en"/,
  );
  assert.doesNotMatch(html, /<script>/);
  assert.throws(() => renderToString('sw-story-list', { 'onclick="x"': 'y' }), /Not an attribute name/);
  assert.throws(() => renderToString('script', {}), /renders sw-stat-card, sw-region-map, sw-story-list/);
});

test('a relative story-href resolves against baseUrl, as the browser resolves it against the page', () => {
  const html = renderToString(
    'sw-stat-card',
    { metric: 'chaozhou-volunteers', 'story-href': '/news/{story}.html' },
    { baseUrl: 'https://example.org/a/page.html' },
  );
  assert.match(html, /href="https:\/\/example\.org\/news\/hk-social-workers-chaozhou\.html"/);
});
