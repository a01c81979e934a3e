// Subresource Integrity: cdn/manifest.json matches the built files (and lists the hashes each script carries for the
// files it loads on demand), the README's and docs' snippets carry those hashes, and Chromium refuses a script whose
// bytes differ from the hash its tag names (the element is never defined). What happens to the files loaded on
// demand is test/integrity.test.ts (every engine) and test/node/integrity.test.mjs.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { snippetScripts } from '../../cli/lib/manifest.js';
import { ROOT, chromium, readJson, serveFolder, tempFolder } from './cli-helpers.mjs';

const CDN = join(ROOT, 'cdn');
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

const sha256 = (bytes) => 'sha256-' + createHash('sha256').update(bytes).digest('base64');

test('cdn/manifest.json lists every built file with its size and sha384 hash, and what each script loads with its sha256', () => {
  const manifest = readJson(join(CDN, 'manifest.json'));
  assert.equal(manifest.version, readJson(join(ROOT, 'package.json')).version);
  const files = readdirSync(CDN)
    .filter((name) => name !== 'manifest.json')
    .sort();
  assert.deepEqual(Object.keys(manifest.files), files);
  for (const name of files) {
    const bytes = readFileSync(join(CDN, name));
    const { loads, ...entry } = manifest.files[name];
    assert.deepEqual(entry, { size: bytes.length, integrity: sri(bytes) }, name);
    // Each hash a script carries is the hash of that file, and is in the script.
    for (const [file, hash] of Object.entries(loads ?? {})) {
      assert.equal(hash, sha256(readFileSync(join(CDN, file))), `${name} loads ${file}`);
      assert.ok(bytes.includes(hash), `${name} carries the hash of ${file}`);
    }
  }
  // Every bundle a partner's script tag names loads its on-demand files checked.
  for (const name of [
    'sw-widgets.js',
    'sw-widgets.iife.js',
    'sw-stat-card.js',
    'sw-region-map.iife.js',
    'sw-story-list.js',
    'embed.js',
  ]) {
    assert.ok(Object.keys(manifest.files[name].loads ?? {}).length > 0, `${name} lists what it loads`);
  }
});

test('the README’s and docs’ script tags for this version carry the hash of the file they name', () => {
  const manifest = readJson(join(CDN, 'manifest.json'));
  const docs = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  const count = {};
  for (const doc of docs) {
    const scripts = snippetScripts(readFileSync(join(ROOT, doc), 'utf8'));
    count[doc] = scripts.length;
    for (const { tag, version, file, integrity, crossorigin } of scripts) {
      assert.equal(version, manifest.version, `${doc}: ${tag} names the package's version`);
      assert.equal(
        integrity,
        manifest.files[file].integrity,
        `${doc}: ${tag} (run npm run build to update the hashes)`,
      );
      assert.equal(crossorigin, 'anonymous', `${doc}: ${tag}`);
    }
  }
  // The snippets partners copy: the README's first one, the pages on embedding, the embed page and the geographic map.
  assert.ok(count['README.md'] >= 1, 'README has a script tag naming a cdn/ file');
  for (const doc of ['docs/embedding.md', 'docs/embed.md', 'docs/geo.md'])
    assert.ok(count[doc] >= 1, `${doc} has a script tag naming a cdn/ file`);
});

test('Chromium runs the script whose hash matches and refuses a copy with one changed byte', async (t) => {
  const manifest = readJson(join(CDN, 'manifest.json'));
  const good = tempFolder(t, 'sw-good-');
  const bad = tempFolder(t, 'sw-tampered-');
  cpSync(CDN, good, { recursive: true });
  cpSync(CDN, bad, { recursive: true });
  for (const name of ['sw-widgets.iife.js', 'sw-widgets.js']) {
    const bytes = readFileSync(join(bad, name));
    // One byte in a string of the map's wording: still valid JavaScript, so only the hash can catch it.
    const at = bytes.indexOf('Number of stories');
    assert.ok(at > 0);
    bytes[at] = 'K'.charCodeAt(0);
    writeFileSync(join(bad, name), bytes);
    assert.notEqual(sri(bytes), manifest.files[name].integrity);
  }
  const goodHost = await serveFolder(t, good);
  const badHost = await serveFolder(t, bad);
  /** A partner page on its own origin: the README's snippet pointed at one of the two hosts. */
  const partner = (host, module) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>partner</title>
<script>window.scriptEvents = []; for (const type of ['load', 'error']) document.addEventListener(type, (event) => { if (event.target instanceof HTMLScriptElement && /sw-widgets(\\.iife)?\\.js$/.test(event.target.src)) scriptEvents.push(type); }, true);</script>
</head><body>
<script${module ? ' type="module"' : ''} src="${host}/${module ? 'sw-widgets.js' : 'sw-widgets.iife.js'}" integrity="${manifest.files[module ? 'sw-widgets.js' : 'sw-widgets.iife.js'].integrity}" crossorigin="anonymous"></script>
<sw-stat-card metric="chaozhou-volunteers" lang="en">Chaozhou: over 320,000 registered volunteers</sw-stat-card>
</body></html>`;
  const site = await serveFolder(t, tempFolder(t), {
    '/good.html': partner(goodHost, false),
    '/bad.html': partner(badHost, false),
    '/good-module.html': partner(goodHost, true),
    '/bad-module.html': partner(badHost, true),
  });
  const browser = await chromium(t);
  const open = async (path) => {
    const tab = await browser.newPage();
    const console = [];
    tab.on('console', (message) => console.push(message.text()));
    await tab.goto(`${site}${path}`);
    await tab.waitForFunction(() => window.scriptEvents.length > 0, { timeout: 20_000 });
    // Give a wrongly accepted script time to define the element.
    await new Promise((done) => setTimeout(done, 300));
    const state = await tab.evaluate(() => ({
      events: window.scriptEvents,
      defined: customElements.get('sw-stat-card') !== undefined,
      upgraded: document.querySelector('sw-stat-card').shadowRoot !== null,
      fallback: document.querySelector('sw-stat-card').textContent,
    }));
    await tab.close();
    return { ...state, console };
  };
  for (const kind of ['', '-module']) {
    const accepted = await open(`/good${kind}.html`);
    assert.deepEqual(accepted.events, ['load'], `good${kind}`);
    assert.equal(accepted.defined && accepted.upgraded, true, `good${kind}: the element is defined`);
    const refused = await open(`/bad${kind}.html`);
    assert.deepEqual(refused.events, ['error'], `bad${kind}: the script tag fires error`);
    assert.equal(refused.defined, false, `bad${kind}: the tampered script never ran`);
    assert.equal(refused.upgraded, false);
    assert.equal(refused.fallback, 'Chaozhou: over 320,000 registered volunteers', 'the fallback text stays');
    assert.ok(
      refused.console.some((text) => /Failed to find a valid digest in the 'integrity' attribute.*blocked/.test(text)),
      refused.console.join('\n'),
    );
  }
});
