// `sw-widgets bundle --base-url`: a page per widget of the report (widgets/*.html) with oEmbed discovery, and the
// static oEmbed 1.0 answers (widgets/*.json), whose heights are the builder's measurement (shared/embed-height.js:
// the tallest height at every column width from 320 to 1280 px, plus a margin for readers' fonts). In WordPress:
// test/node/wordpress.test.mjs; the pages in WordPress's sandbox in three engines: test/embed-sandbox.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, chromium, derivedV2Report, readJson, serveFolder, tempFolder } from './cli-helpers.mjs';
import { MAX_WIDTH, MIN_WIDTH, snippetHeight } from '../../shared/embed-height.js';

const BASE = 'https://static.example.org/june/';

function bundle(folder, report, extra = []) {
  writeFileSync(join(folder, 'report.json'), JSON.stringify(report));
  const out = join(folder, 'out');
  const result = spawnSync(
    process.execPath,
    [BIN, 'bundle', '--report', join(folder, 'report.json'), '--out', out, ...extra],
    { encoding: 'utf8', timeout: 300_000, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' } },
  );
  return { out, result };
}

/** The tags of an HTML fragment, by name. */
const tagNames = (html) => [...html.matchAll(/<([a-z][\w-]*)/g)].map((match) => match[1]);

test('bundle --base-url: a page per widget with oEmbed discovery, and rich oEmbed answers of iframes at the base URL, measured', async (t) => {
  const folder = tempFolder(t);
  const report = derivedV2Report();
  const { out, result } = bundle(folder, report, ['--base-url', BASE]);
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /not measured|Could not measure/);
  const names = [
    ...report.metrics.map((metric) => `stat-card-${metric.id}`),
    'region-map',
    `region-map-${report.indicators[0].id}`,
    'story-list',
  ];
  assert.deepEqual(
    readdirSync(join(out, 'widgets')).sort(),
    [...names.flatMap((name) => [`${name}.html`, `${name}.json`]), 'index.json'].sort(),
  );
  assert.ok(
    result.stdout.includes(`oEmbed widget pages: ${names.length} in widgets/`) &&
      result.stdout.includes(`${BASE}widgets/stat-card-${report.headline}.html`),
    result.stdout,
  );
  assert.match(result.stdout, /Access-Control-Allow-Origin/);

  const index = readJson(join(out, 'widgets/index.json'));
  assert.equal(index.baseUrl, BASE);
  assert.deepEqual(
    index.widgets.map((widget) => widget.name),
    names,
  );
  for (const widget of index.widgets) {
    const html = readFileSync(join(out, 'widgets', `${widget.name}.html`), 'utf8');
    const page = `${BASE}widgets/${widget.name}.html`;
    const oembed = `${BASE}widgets/${widget.name}.json`;
    assert.equal(widget.page, page);
    assert.ok(
      html.includes(`<link rel="alternate" type="application/json+oembed" href="${oembed}" title="${widget.title}">`),
      widget.name,
    );
    assert.ok(html.includes(`<link rel="canonical" href="${page}">`));
    // Its query (the embed page's) in a meta tag; its files one folder up; its policy names the bundle's origin.
    const query = new URLSearchParams(
      /<meta name="sw-embed-query" content="([^"]*)">/.exec(html)[1].replaceAll('&amp;', '&'),
    );
    assert.equal(query.get('el'), widget.kind);
    for (const [name, value] of Object.entries(widget.attributes)) assert.equal(query.get(name), value);
    assert.match(html, /<script type="module" src="\.\.\/embed\.js"><\/script>/);
    assert.match(html, /script-src 'self' https:\/\/static\.example\.org;/);

    const answer = readJson(join(out, 'widgets', `${widget.name}.json`));
    assert.deepEqual(Object.keys(answer).sort(), [
      'height',
      'html',
      'provider_name',
      'provider_url',
      'title',
      'type',
      'version',
      'width',
    ]);
    assert.equal(answer.version, '1.0');
    assert.equal(answer.type, 'rich');
    assert.equal(answer.width, MAX_WIDTH);
    assert.ok(Number.isInteger(answer.height) && answer.height >= 100, `${widget.name}: ${answer.height}`);
    assert.equal(answer.height, widget.height);
    assert.equal(widget.measured, true);
    assert.equal(answer.provider_url, BASE);
    // What WordPress keeps of a provider it does not know: a blockquote with a link, and the iframe.
    assert.deepEqual(tagNames(answer.html), ['blockquote', 'a', 'iframe']);
    assert.ok(
      answer.html.includes(
        `<iframe src="${page}" title="${widget.title}" width="100%" height="${answer.height}" frameborder="0"></iframe>`,
      ),
      answer.html,
    );
    assert.ok(answer.html.startsWith(`<blockquote><a href="${page}">`));
  }
  const card = index.widgets.find((widget) => widget.attributes.metric === 'zhuanglang-stations');
  assert.equal(card.title, '数字卡片 · 庄浪县乡镇（城市社区）社工站14个');
  assert.match(
    readFileSync(join(out, 'widgets', `${card.name}.html`), 'utf8'),
    /<main id="embed"><p>庄浪县乡镇（城市社区）社工站14个<\/p><\/main>/,
  );
  assert.equal(index.widgets.at(-2).title, `地区图 · ${report.indicators[0].label['zh-Hans']}`);
  // The builder's snippet fallback for readers without JavaScript.
  assert.match(
    readFileSync(join(out, 'widgets/story-list.html'), 'utf8'),
    /<main id="embed"><p>报道列表：[^<]+。<\/p><\/main>/,
  );

  // The heights hold the page's content at the narrowest, a middle and the widest width, as a browser lays it out,
  // with the builder's margin.
  const served = await serveFolder(t, out);
  const browser = await chromium(t);
  const page = await browser.newPage();
  for (const widget of [card, ...index.widgets.filter((item) => item.kind !== 'stat-card')]) {
    await page.setViewport({ width: MIN_WIDTH, height: 600 });
    await page.goto(`${served}/widgets/${widget.name}.html`);
    await page.waitForFunction(() => {
      const element = document.querySelector('sw-stat-card, sw-region-map, sw-story-list');
      return (
        element?.shadowRoot &&
        !element.shadowRoot.querySelector('[part~="placeholder"], [aria-busy="true"]') &&
        element.shadowRoot.textContent.trim().length > 0
      );
    });
    const heights = [];
    for (const width of [MIN_WIDTH, 720, MAX_WIDTH]) {
      await page.setViewport({ width, height: 600 });
      // Fonts, the count-up and the new width settle: the height once it stops changing.
      let last = -1;
      for (let same = 0; same < 4;) {
        const height = await page.evaluate(() =>
          Math.ceil(Math.max(document.documentElement.getBoundingClientRect().height, document.body.scrollHeight)),
        );
        same = height === last ? same + 1 : 0;
        last = height;
        await new Promise((done) => setTimeout(done, 100));
      }
      heights.push(last);
    }
    const tallest = Math.max(...heights);
    // At least the tallest of these widths (the builder scans every width between them too), and not far above it.
    assert.ok(
      widget.height >= snippetHeight(tallest) - 2 && widget.height <= snippetHeight(tallest * 1.2),
      `${widget.name}: answer ${widget.height}, laid out ${heights} at ${MIN_WIDTH}, 720 and ${MAX_WIDTH} px`,
    );
  }
});

test('bundle without --base-url writes no widget pages, and removes those of an earlier bundle', (t) => {
  const folder = tempFolder(t);
  const { out } = bundle(folder, derivedV2Report());
  assert.equal(existsSync(join(out, 'widgets')), false);
  // As an earlier bundle with --base-url left them: pages that would name another address.
  mkdirSync(join(out, 'widgets'));
  writeFileSync(join(out, 'widgets', 'stat-card-removed.html'), 'stale');
  const again = bundle(folder, derivedV2Report());
  assert.equal(again.result.status, 0, again.result.stderr);
  assert.equal(existsSync(join(out, 'widgets')), false);
});
