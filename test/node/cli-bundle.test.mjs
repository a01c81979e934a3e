// `sw-widgets bundle` and `serve`: another report in the prebuilt files, the SRI manifest, and the output
// rendering that report from one script tag in Chromium, copied to a temporary static host.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodeReportLiteral } from '../../shared/report-literal.js';
import {
  BUNDLED_REPORT,
  ROOT,
  chromium,
  cli,
  derivedV2Report,
  readJson,
  serveFolder,
  startServe,
  tempFolder,
} from './cli-helpers.mjs';

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const sha256 = (bytes) => 'sha256-' + createHash('sha256').update(bytes).digest('base64');
const CDN = join(ROOT, 'cdn');

/** Bundles the derived v2 report into a new temporary folder. */
function bundleDerived(t, extra = []) {
  const folder = tempFolder(t);
  const report = derivedV2Report();
  writeFileSync(join(folder, 'v2.json'), JSON.stringify(report, null, 2));
  const out = join(folder, 'out');
  const result = cli(['bundle', '--report', join(folder, 'v2.json'), '--out', out, ...extra]);
  return { folder, report, out, result };
}

test('bundle: every prebuilt file, the report swapped where it is bundled, a manifest with sizes and SRI hashes', (t) => {
  const { report, out, result } = bundleDerived(t, ['--base-url', 'https://static.example.org/sw-widgets/june']);
  assert.equal(result.code, 0, result.stderr);
  const manifest = readJson(join(out, 'manifest.json'));
  assert.equal(manifest.report, report.id);
  assert.equal(manifest.baseUrl, 'https://static.example.org/sw-widgets/june/');
  // Files: widgets/ (the oEmbed pages of --base-url, test/node/cli-oembed.test.mjs) is a folder.
  const written = readdirSync(out, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'manifest.json')
    .map((entry) => entry.name)
    .sort();
  assert.deepEqual(Object.keys(manifest.files), written);
  for (const name of written) {
    const bytes = readFileSync(join(out, name));
    assert.equal(manifest.files[name].size, bytes.length, name);
    assert.equal(manifest.files[name].integrity, sri(bytes), name);
  }
  const before = encodeReportLiteral(readJson(BUNDLED_REPORT));
  const after = encodeReportLiteral(report);
  const carriers = readdirSync(CDN).filter(
    (name) => name.endsWith('.js') && readFileSync(join(CDN, name), 'utf8').includes(before),
  );
  // One file carries the report, whichever bundles a page uses: the elements load it from beside themselves.
  assert.deepEqual(carriers, ['sw-bundled-report.js']);
  for (const name of carriers) {
    const text = readFileSync(join(out, name), 'utf8');
    assert.equal(text.split(after).length - 1, 1, `${name} carries the new report once`);
    assert.ok(!text.includes(before) && !text.includes('sourceMappingURL'), name);
    assert.ok(!written.includes(`${name}.map`), `the stale map of ${name} is left out`);
  }
  // The scripts that load the report carry its new hash in place of the package's (the same length: their source
  // maps still hold); every other file is copied as is.
  const oldHash = sha256(readFileSync(join(CDN, 'sw-bundled-report.js')));
  const newHash = sha256(readFileSync(join(out, 'sw-bundled-report.js')));
  assert.notEqual(oldHash, newHash);
  const loaders = written.filter(
    (name) => name.endsWith('.js') && readFileSync(join(CDN, name), 'latin1').includes(oldHash),
  );
  assert.ok(loaders.includes('sw-widgets.js') && loaders.includes('sw-story-list.iife.js'), loaders.join(', '));
  for (const name of loaders) {
    assert.equal(
      readFileSync(join(out, name), 'latin1'),
      readFileSync(join(CDN, name), 'latin1').split(oldHash).join(newHash),
      `${name} carries the new hash`,
    );
    assert.equal(manifest.files[name].loads['sw-bundled-report.js'], newHash, `the manifest says what ${name} carries`);
    assert.ok(written.includes(`${name}.map`) || !existsSync(join(CDN, `${name}.map`)), `${name}.map is kept`);
  }
  for (const name of written.filter((name) => !carriers.includes(name) && !loaders.includes(name)))
    assert.deepEqual(readFileSync(join(out, name)), readFileSync(join(CDN, name)), `${name} copied as is`);
  // The snippet it prints names the published address and the hash of the classic script.
  assert.ok(
    result.stdout.includes(
      `<script src="https://static.example.org/sw-widgets/june/sw-widgets.iife.js" integrity="${manifest.files['sw-widgets.iife.js'].integrity}" crossorigin="anonymous"></script>\n<sw-stat-card metric="${report.headline}"></sw-stat-card>`,
    ),
    result.stdout,
  );
});

test('bundle: an invalid report, a bad option value or a foreign output folder is refused', (t) => {
  const folder = tempFolder(t);
  const report = readJson(BUNDLED_REPORT);
  report.metrics[0].place = 'nowhere';
  writeFileSync(join(folder, 'bad.json'), JSON.stringify(report, null, 2));
  const invalid = cli(['bundle', '--report', join(folder, 'bad.json'), '--out', join(folder, 'out')]);
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /bad\.json:\d+:\d+ {2}metrics\[0\]\.place {2}refers to a place "nowhere"/);
  assert.equal(existsSync(join(folder, 'out')), false);
  assert.equal(
    cli(['bundle', '--report', BUNDLED_REPORT, '--out', join(folder, 'o'), '--allow-origin', 'https://a.example/path'])
      .code,
    2,
  );
  assert.equal(
    cli(['bundle', '--report', BUNDLED_REPORT, '--out', join(folder, 'o'), '--base-url', 'ftp://x/']).code,
    2,
  );
  // Never writes into a folder that holds something else; rewrites an earlier bundle.
  writeFileSync(join(folder, 'keep.txt'), 'mine');
  const foreign = cli(['bundle', '--report', BUNDLED_REPORT, '--out', folder]);
  assert.equal(foreign.code, 1);
  assert.match(foreign.stderr, /is not empty and is not an earlier bundle/);
  assert.equal(cli(['bundle', '--report', BUNDLED_REPORT, '--out', join(folder, 'again')]).code, 0);
  assert.equal(cli(['bundle', '--report', BUNDLED_REPORT, '--out', join(folder, 'again')]).code, 0);
});

test('bundle --allow-origin writes the origins into the embed page', (t) => {
  assert.match(readFileSync(join(CDN, 'embed.html'), 'utf8'), /<meta name="sw-allow-origins" content="[^"]*">/);
  const { out, result } = bundleDerived(t, [
    '--allow-origin',
    'https://data.example.cn',
    '--allow-origin',
    'https://b.example:8443',
  ]);
  assert.equal(result.code, 0, result.stderr);
  const page = readFileSync(join(out, 'embed.html'), 'utf8');
  assert.match(page, /<meta name="sw-allow-origins" content="https:\/\/data\.example\.cn https:\/\/b\.example:8443">/);
  assert.match(page, /connect-src 'self' https:\/\/data\.example\.cn https:\/\/b\.example:8443/);
});

test('a bundle copied to a static host renders its report from a single script tag in Chromium (no src)', async (t) => {
  const { out, report, result } = bundleDerived(t);
  assert.equal(result.code, 0, result.stderr);
  const host = tempFolder(t, 'sw-host-');
  cpSync(out, host, { recursive: true });
  const manifest = readJson(join(host, 'manifest.json'));
  const scripts = await serveFolder(t, host);
  const headline = report.metrics.find((metric) => metric.id === report.headline);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>partner</title></head><body>
<script src="${scripts}/sw-widgets.iife.js" integrity="${manifest.files['sw-widgets.iife.js'].integrity}" crossorigin="anonymous"></script>
<sw-stat-card metric="${headline.id}"></sw-stat-card>
<sw-story-list></sw-story-list>
</body></html>`;
  const site = await serveFolder(t, tempFolder(t), { '/partner.html': page });
  const browser = await chromium(t);
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${site}/partner.html`);
  await tab.waitForFunction(
    () =>
      document.querySelector('sw-story-list')?.shadowRoot?.querySelector('li') &&
      document.querySelector('sw-stat-card')?.shadowRoot?.textContent.includes('Zhuanglang'),
    { timeout: 20_000 },
  );
  const seen = await tab.evaluate(() => ({
    card: document.querySelector('sw-stat-card').shadowRoot.textContent.replace(/\s+/g, ' '),
    list: document.querySelector('sw-story-list').shadowRoot.textContent,
  }));
  assert.deepEqual(errors, []);
  assert.ok(seen.card.includes(headline.label.en), seen.card);
  for (const story of report.stories) assert.ok(seen.list.includes(story.title.en), `story "${story.title.en}" listed`);
  assert.ok(!seen.list.includes('Chaozhou'), 'the digest’s Chaozhou story is not in this report');
  // The embed page of the bundle shows the same report.
  await tab.goto(`${scripts}/embed.html?el=story-list&lang=en`);
  await tab.waitForFunction(() => document.querySelector('sw-story-list')?.shadowRoot?.querySelector('li'), {
    timeout: 20_000,
  });
  const embedded = await tab.evaluate(() => document.querySelector('sw-story-list').shadowRoot.textContent);
  for (const story of report.stories) assert.ok(embedded.includes(story.title.en));
});

test('serve: the builder previews a bundle, its snippets carry the bundle’s --base-url and SRI hash', async (t) => {
  const { out, report, result } = bundleDerived(t, ['--base-url', 'https://static.example.org/june/']);
  assert.equal(result.code, 0, result.stderr);
  const manifest = readJson(join(out, 'manifest.json'));
  const url = await startServe(t, [out]);
  const browser = await chromium(t);
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(url);
  await tab.waitForFunction(() => document.getElementById('snippet')?.value.includes('sw-stat-card'), {
    timeout: 20_000,
  });
  const snippet = await tab.$eval('#snippet', (box) => box.value);
  assert.match(
    snippet,
    new RegExp(
      `^<script src="https://static\\.example\\.org/june/sw-widgets\\.iife\\.js" integrity="${manifest.files['sw-widgets.iife.js'].integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"></script>\\n<sw-stat-card metric="${report.metrics[0].id}">`,
    ),
  );
  const options = await tab.$$eval('select option', (items) => items.map((item) => item.value));
  assert.ok(
    options.includes(report.metrics[0].id) && !options.includes('chaozhou-volunteers'),
    'the builder lists the bundle’s metrics',
  );
  assert.deepEqual(errors, []);
  const served = await fetch(url.replace('/demo/builder.html', '/cdn/manifest.json')).then((response) =>
    response.json(),
  );
  assert.deepEqual(served, manifest);
  assert.equal((await fetch(url.replace('/demo/builder.html', '/cdn/../package.json'))).status, 404);
});

test('the docs say what bundle writes: the file count it prints, and every file by name', (t) => {
  const { out, result } = bundleDerived(t);
  assert.equal(result.code, 0, result.stderr);
  const written = readdirSync(out);
  const count = Number(/\((\d+) files, manifest\.json\)/.exec(result.stdout)?.[1]);
  assert.equal(count, written.length, 'the count it prints is what it wrote');
  // Every guide that shows bundle's output line (English or Chinese) shows this count.
  const guides = [
    join(ROOT, 'README.md'),
    ...readdirSync(join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(ROOT, 'docs', name)),
  ];
  for (const file of [
    ...guides,
    ...readdirSync(ROOT)
      .filter((name) => /^README\..+\.md$/.test(name))
      .map((name) => join(ROOT, name)),
  ]) {
    const text = readFileSync(file, 'utf8');
    for (const [, english, chinese] of text.matchAll(
      /\((\d+) files, manifest\.json\)|（(\d+) 个文件，清单 manifest\.json）/g,
    )) {
      assert.equal(
        Number(english ?? chinese),
        count,
        `${file} says bundle writes ${english ?? chinese} files; it writes ${count}`,
      );
    }
  }
  const guide = readFileSync(join(ROOT, 'docs/publishing.md'), 'utf8');
  const section = guide.slice(guide.indexOf('\n## bundle'), guide.indexOf('\n## serve'));
  for (const name of written.filter((name) => !name.endsWith('.map')))
    assert.ok(section.includes(`\`${name}\``), `docs/publishing.md, section bundle, names ${name}`);
});
