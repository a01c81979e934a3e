// Sizes of the script-tag bundles (minified and gzip), of what an app that imports one npm entry ships, and of
// the bundles in esbuild's two charsets; written to docs/sizes.md and printed: `node scripts/size-report.mjs`
// after `npm run build`.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { appCost, appFirstLoad } from './app-bundles.mjs';

export const BUNDLES = [
  ['cdn/sw-widgets.js', 'all three elements, ES module'],
  ['cdn/sw-widgets.iife.js', 'all three elements, classic script'],
  ['cdn/sw-stat-card.js', '<sw-stat-card> alone'],
  ['cdn/sw-region-map.js', '<sw-region-map> alone'],
  ['cdn/sw-story-list.js', '<sw-story-list> alone'],
];

/** Loaded on demand, beside the bundles: not part of any first load. */
export const ON_DEMAND = [
  ['cdn/sw-bundled-report.js', 'the bundled report, for every element without `src` or `report` (once per page)'],
  ['cdn/sw-report.js', 'validation and loading, for `src` or `report` only'],
  ['cdn/sw-series.js', 'a stat card whose metric has a `series` (change line, sparkline, table)'],
  ['cdn/sw-progress.js', 'a stat card whose metric has a `target` (the progress bar)'],
  ['cdn/sw-mixed-colors.js', 'the map in engines without CSS `color-mix()` (its class colors computed from the theme)'],
  ['cdn/sw-export.js', 'image and CSV export, on first export'],
  ['cdn/sw-geo.js', '`layout="geo"` only (its geometry, cdn/sw-china.topo.json, apart)'],
];

export const APP_ENTRIES = [
  ['sw-widgets/stat-card.js', '<sw-stat-card>'],
  ['sw-widgets/region-map.js', '<sw-region-map>'],
  ['sw-widgets/story-list.js', '<sw-story-list>'],
  ['sw-widgets/all.js', 'all three'],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

export function measureBundles(list = BUNDLES) {
  return list.filter(([file]) => existsSync(file)).map(([file, what]) => {
    const code = readFileSync(file);
    return { file, what, minified: code.length, gzip: gzip(code) };
  });
}

const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const escape = (text) => text.replace(/</g, '&lt;');

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundles = table(['file', 'what', 'minified', 'gzip'], measureBundles().map((r) => [`\`${r.file}\``, escape(r.what), kb(r.minified), kb(r.gzip)]));
  const onDemand = table(['file', 'loaded for', 'minified', 'gzip'], measureBundles(ON_DEMAND).map((r) => [`\`${r.file}\``, escape(r.what), kb(r.minified), kb(r.gzip)]));
  const apps = [];
  for (const [entry, what] of APP_ENTRIES) {
    const cost = await appCost(entry);
    apps.push([`\`import '${entry}'\``, escape(what), kb(cost.minified), kb(cost.gzip), kb(await appFirstLoad(entry))]);
  }
  const appTable = table(['app code', 'element', 'no splitting: minified', 'no splitting: gzip', 'with splitting: first load, gzip'], apps);
  const charsets = [];
  for (const file of ['cdn/sw-widgets.js', 'cdn/sw-widgets.iife.js']) {
    const code = readFileSync(file, 'utf8');
    const utf8 = (await transform(code, { charset: 'utf8', minify: true, legalComments: 'none' })).code;
    charsets.push([`\`${file}\``, kb(gzip(code)), kb(gzip(utf8))]);
  }
  const charsetTable = table(['file', 'ASCII (as built) gzip', 'esbuild `charset: \'utf8\'` gzip'], charsets);
  const text = `# Bundle sizes

Written by \`node scripts/size-report.mjs\` after \`npm run build\`. Gzip at level 9.

## Script-tag bundles (cdn/)

Each includes Lit and the bundled report; none includes validation, export or the geographic map, which load on
demand from the files below (beside the bundle) when a page uses them.

${bundles}

${onDemand}

## What an npm import costs in an app

An app with only that import, bundled by esbuild with no code splitting (its default), minified: Lit and the
bundled report included. Without splitting, esbuild puts the code loaded on demand (validation, the export code
and the element's own export model) into the one file; with splitting (or Rollup, or Vite) those are separate
chunks loaded on first use (the last column: what loads before anything shows), and no other element's code is
in either (test/node/entry-bundles.test.mjs). The map's npm module imports its geographic layout (d3-geo,
topojson-client and the geometry) on demand too, which esbuild without splitting also puts in the one file.

${appTable}

## Charset

The bundles are ASCII: text outside ASCII is written as \`\\uXXXX\`. A classic script served without a charset in
its Content-Type is decoded in the page's charset (GBK, Big5...): esbuild's \`charset: 'utf8'\` output then shows
garbled Chinese on a GBK page, the ASCII bundle does not (test/charset.test.ts). Module scripts are always read as
UTF-8. And UTF-8 is not smaller once gzipped:

${charsetTable}
`;
  writeFileSync('docs/sizes.md', text);
  console.log(text);
}
