// Issue 24: the files the script-tag bundles load on demand, as the build leaves them (npm run build first): each
// is self-contained (no import of its own, which the browser would fetch unchecked), no placeholder is left, the
// bundles' source maps still hold after the hashes were written, and the function that writes the hashes (shared by
// the build and `sw-widgets bundle`, cli/lib/integrity.js) gets chains, re-runs and mistakes right.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';
import {
  hashPlaceholder,
  missingOnDemandFiles,
  sha256,
  withOnDemandHashes,
  writeOnDemandHashes,
} from '../../cli/lib/integrity.js';
import { ON_DEMAND_FILES } from '../../scripts/build/rollup-on-demand.mjs';
import { ROOT, readJson } from './cli-helpers.mjs';

const CDN = join(ROOT, 'cdn');
const SCRIPTS = ON_DEMAND_FILES.filter((row) => row.kind === 'js').map((row) => row.file);
const ENTRIES = ['sw-widgets', 'sw-stat-card', 'sw-region-map', 'sw-story-list'].flatMap((name) => [
  `${name}.js`,
  `${name}.iife.js`,
]);

/** The imports esbuild finds in a built file (static, and dynamic with a literal specifier). */
async function importsOf(file) {
  const result = await esbuild.build({
    entryPoints: [join(CDN, file)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    external: ['*'],
  });
  return Object.values(result.metafile.inputs).flatMap((input) =>
    input.imports.map((item) => `${item.kind} ${item.path}`),
  );
}

test('every file of the on-demand table is built, and each script of it is self-contained: no import of its own', async () => {
  for (const { file } of ON_DEMAND_FILES) assert.ok(readdirSync(CDN).includes(file), `cdn/${file} is built`);
  for (const file of SCRIPTS)
    assert.deepEqual(await importsOf(file), [], `cdn/${file} imports nothing (an import would be fetched unchecked)`);
});

test('the bundles import nothing by a literal specifier: every file they load goes through the checked loader', async () => {
  for (const file of ENTRIES) assert.deepEqual(await importsOf(file), [], file);
  // The embed page's script imports the all-in-one bundle, which its page preloads; it loads sw-report.js checked.
  assert.deepEqual(await importsOf('embed.js'), ['import-statement ./sw-widgets.js']);
  assert.ok(readJson(join(CDN, 'manifest.json')).files['embed.js'].loads['sw-report.js']);
});

test('no placeholder is left in cdn/, and each bundle carries a hash for each file it may load', () => {
  const manifest = readJson(join(CDN, 'manifest.json'));
  const names = readdirSync(CDN).filter((name) => name.endsWith('.js'));
  for (const name of names) {
    const text = readFileSync(join(CDN, name), 'latin1');
    for (const { file } of ON_DEMAND_FILES)
      assert.ok(!text.includes(hashPlaceholder(file)), `${name} still has the placeholder of ${file}`);
  }
  const all = [
    'sw-bundled-report.js',
    'sw-report.js',
    'sw-series.js',
    'sw-export.js',
    'sw-geo.js',
    'sw-choropleth.js',
    'sw-hydrate.js',
  ];
  for (const name of ['sw-widgets.js', 'sw-widgets.iife.js'])
    assert.deepEqual(Object.keys(manifest.files[name].loads).sort(), all.sort(), name);
  assert.deepEqual(Object.keys(manifest.files['sw-stat-card.js'].loads).sort(), [
    'sw-bundled-report.js',
    'sw-choropleth.js',
    'sw-export.js',
    'sw-hydrate.js',
    'sw-report.js',
    'sw-series.js',
  ]);
  assert.deepEqual(Object.keys(manifest.files['sw-story-list.iife.js'].loads).sort(), [
    'sw-bundled-report.js',
    'sw-choropleth.js',
    'sw-export.js',
    'sw-hydrate.js',
    'sw-report.js',
  ]);
  // The geometry's hash is in the geographic module, which the bundles check in turn.
  assert.deepEqual(Object.keys(manifest.files['sw-geo.js'].loads), ['sw-china.map.json']);
});

/** Decodes a source map's `mappings` into [generatedLine, generatedColumn, source, originalLine, originalColumn]. */
function decodeMappings(mappings) {
  const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const segments = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  mappings.split(';').forEach((line, generatedLine) => {
    let generatedColumn = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = CHARS.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generatedColumn += values[0];
      if (values.length < 4) continue;
      source += values[1];
      originalLine += values[2];
      originalColumn += values[3];
      segments.push([generatedLine, generatedColumn, source, originalLine, originalColumn]);
    }
  });
  return segments;
}

test('the bundles’ source maps still point at the right sources after the hashes were written', () => {
  // Text that comes after the bundle's hashes, each on one line of one source (outside Lit templates, whose
  // minified text keeps no line breaks): it must map back to that line. A hash of another length would move it.
  const tokens = [
    '"sw-region-select"',
    '"sw-ready"',
    '"geo-load-failed"',
    '"integrity"',
    '"unknown-region"',
    '"needs-kit"',
  ];
  for (const name of ['sw-widgets.js', 'sw-region-map.iife.js']) {
    const code = readFileSync(join(CDN, name), 'utf8');
    const map = readJson(join(CDN, `${name}.map`));
    const segments = decodeMappings(map.mappings);
    const lines = code.split('\n');
    const lastHash = code.lastIndexOf('sha256-');
    const after = tokens.filter((token) => code.indexOf(token, lastHash) >= 0);
    assert.ok(after.length >= 1, `${name}: a token after its last hash (of ${tokens.join(' ')})`);
    for (const token of after) {
      const at = code.indexOf(token, lastHash);
      const line = code.slice(0, at).split('\n').length - 1;
      const column = at - (code.lastIndexOf('\n', at - 1) + 1);
      // The segment that covers the token: the last one at or before it on its line.
      const segment = segments.filter(([l, c]) => l === line && c <= column).at(-1);
      assert.ok(segment, `${name}: a mapping for ${token}`);
      const original = (map.sourcesContent[segment[2]] ?? '').split('\n')[segment[3]] ?? '';
      assert.ok(
        original.includes(token.replaceAll('"', '')),
        `${name}: ${token} maps to ${map.sources[segment[2]]}:${segment[3] + 1}: ${original.trim()}`,
      );
      assert.ok(lines[line].length > column);
    }
  }
});

/** A folder in memory: name → text. */
const folder = (files) => new Map(Object.entries(files).map(([name, text]) => [name, Buffer.from(text)]));
const text = (files, name) => files.get(name).toString();

test('writeOnDemandHashes: placeholders become hashes, a file that loads another is written after it', () => {
  const files = folder({
    'data.json': '{"a":1}',
    'code.js': `fetch("data.json", { integrity: "${hashPlaceholder('data.json')}" })`,
    'entry.js': `load("code.js", "${hashPlaceholder('code.js')}")`,
    'other.js': 'nothing loaded',
  });
  const { changed, loads } = writeOnDemandHashes(files);
  assert.deepEqual([...changed].sort(), ['code.js', 'entry.js']);
  assert.equal(text(files, 'code.js'), `fetch("data.json", { integrity: "${sha256(Buffer.from('{"a":1}'))}" })`);
  // entry.js carries the hash of code.js as written, with the hash of data.json in it.
  assert.equal(text(files, 'entry.js'), `load("code.js", "${sha256(files.get('code.js'))}")`);
  assert.deepEqual(Object.fromEntries(loads), {
    'code.js': { 'data.json': sha256(files.get('data.json')) },
    'entry.js': { 'code.js': sha256(files.get('code.js')) },
  });
  // A placeholder is as long as a hash (source maps stay exact), and is not one of any real content.
  assert.equal(hashPlaceholder('sw-geo.js').length, sha256(Buffer.from('x')).length);
  assert.notEqual(hashPlaceholder('sw-geo.js'), hashPlaceholder('sw-series.js'));
});

test('writeOnDemandHashes for a prebuilt folder: a changed file gets its new hash in every file up the chain; a re-run changes nothing', () => {
  const built = folder({
    'data.json': '{"a":1}',
    'code.js': `fetch("data.json","${hashPlaceholder('data.json')}")`,
    'entry.js': `load("code.js","${hashPlaceholder('code.js')}")`,
  });
  writeOnDemandHashes(built);
  const earlier = new Map([...built].map(([name, bytes]) => [name, sha256(bytes)]));
  const again = new Map(built);
  assert.equal(writeOnDemandHashes(again, earlier).changed.size, 0, 'a re-run on a written folder');
  // `bundle` changes the data: the code that loads it, and the entry that loads the code, follow.
  const next = new Map(built);
  next.set('data.json', Buffer.from('{"a":2}'));
  const { changed } = writeOnDemandHashes(next, earlier);
  assert.deepEqual([...changed].sort(), ['code.js', 'entry.js']);
  assert.ok(text(next, 'code.js').includes(sha256(next.get('data.json'))));
  assert.ok(text(next, 'entry.js').includes(sha256(next.get('code.js'))));
  assert.ok(!text(next, 'entry.js').includes(earlier.get('code.js')));
});

test('writeOnDemandHashes refuses files that load each other in a circle; a missing file is named', () => {
  const circle = folder({ 'a.js': `"${hashPlaceholder('b.js')}"`, 'b.js': `"${hashPlaceholder('a.js')}"` });
  assert.throws(() => writeOnDemandHashes(circle), /circle: a\.js → b\.js → a\.js/);
  const lost = folder({ 'entry.js': `"${hashPlaceholder('sw-geo.js')}"` });
  assert.deepEqual(missingOnDemandFiles(lost, ['sw-geo.js', 'sw-series.js']), [['entry.js', 'sw-geo.js']]);
  const manifest = withOnDemandHashes(
    { files: { 'entry.js': { size: 1, integrity: 'sha384-x' } } },
    new Map([['entry.js', { 'code.js': 'sha256-y' }]]),
  );
  assert.deepEqual(manifest.files['entry.js'], { size: 1, integrity: 'sha384-x', loads: { 'code.js': 'sha256-y' } });
});
