// Sizes of the script-tag bundles (minified and gzip), of what an app that imports one npm entry ships, and of
// the bundles in esbuild's two charsets; written to docs/sizes.md and printed: `node scripts/docs/size-report.mjs`
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
  [
    'cdn/sw-series.js',
    'a stat card whose metric has a `series` (change line, sparkline, table) or a `target` (the progress bar)',
  ],
  [
    'cdn/sw-choropleth.js',
    "a map with `indicator` (the choropleth: classed scales, legend ranges and ranks); in engines without CSS `color-mix()`, every element (the map's colors computed from the theme, flex-gap fallbacks)",
  ],
  ['cdn/sw-export.js', 'image and CSV export, on first export'],
  ['cdn/sw-geo.js', '`layout="geo"` only (decoding the geometry projected when built, callouts, drawing)'],
  ['cdn/sw-china.map.json', '`layout="geo"` without `geo-src`: the geometry, projected when built'],
  ['cdn/sw-hydrate.js', "pages with server-rendered elements only (Lit's hydration)"],
  ['cdn/sw-ssr-worker.js', "the embed builder's server-rendered snippet only (server rendering in a Web Worker)"],
];

/** The budgets of test/bundle-size.test.ts, in KB gzip, by file. */
function budgets() {
  const source = readFileSync('test/bundle-size.test.ts', 'utf8');
  return Object.fromEntries([...source.matchAll(/'\/(cdn\/[\w.-]+)': ([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
}

export const APP_ENTRIES = [
  ['sw-widgets/stat-card.js', '<sw-stat-card>'],
  ['sw-widgets/region-map.js', '<sw-region-map>'],
  ['sw-widgets/story-list.js', '<sw-story-list>'],
  ['sw-widgets/all.js', 'all three'],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

export function measureBundles(list = BUNDLES) {
  return list
    .filter(([file]) => existsSync(file))
    .map(([file, what]) => {
      const code = readFileSync(file);
      return { file, what, minified: code.length, gzip: gzip(code) };
    });
}

const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const escape = (text) => text.replace(/</g, '&lt;');

if (import.meta.url === `file://${process.argv[1]}`) {
  const budget = budgets();
  const budgetCell = (file) => (budget[file] ? `${budget[file]} KB` : '');
  const bundles = table(
    ['file', 'what', 'minified', 'gzip', 'budget'],
    measureBundles().map((r) => [`\`${r.file}\``, escape(r.what), kb(r.minified), kb(r.gzip), budgetCell(r.file)]),
  );
  const onDemand = table(
    ['file', 'loaded for', 'minified', 'gzip', 'budget'],
    measureBundles(ON_DEMAND).map((r) => [
      `\`${r.file}\``,
      escape(r.what),
      kb(r.minified),
      kb(r.gzip),
      budgetCell(r.file),
    ]),
  );
  const apps = [];
  for (const [entry, what] of APP_ENTRIES) {
    const cost = await appCost(entry);
    apps.push([`\`import '${entry}'\``, escape(what), kb(cost.minified), kb(cost.gzip), kb(await appFirstLoad(entry))]);
  }
  const appTable = table(
    ['app code', 'element', 'no splitting: minified', 'no splitting: gzip', 'with splitting: first load, gzip'],
    apps,
  );
  const charsets = [];
  for (const file of ['cdn/sw-widgets.js', 'cdn/sw-widgets.iife.js']) {
    const code = readFileSync(file, 'utf8');
    const utf8 = (await transform(code, { charset: 'utf8', minify: true, legalComments: 'none' })).code;
    charsets.push([`\`${file}\``, kb(gzip(code)), kb(gzip(utf8))]);
  }
  const charsetTable = table(['file', 'ASCII (as built) gzip', "esbuild `charset: 'utf8'` gzip"], charsets);
  const text = `# Bundle sizes

Written by \`node scripts/docs/size-report.mjs\` after \`npm run build\` (the tables; the text is in that script). Gzip at
level 9. The budget column is \`test/bundle-size.test.ts\`'s, which fails \`npm test\` (and CI) when a file passes it;
that test measures with the browser's \`CompressionStream\` gzip, a few tenths of a KB apart from level 9.

## Script-tag bundles (cdn/)

Each bundle includes Lit. The bundled report is a file beside them (\`cdn/sw-bundled-report.js\`) that every
element without \`src\` or \`report\` loads on first render, once per page whichever bundles the page uses;
validation, a card's series, the choropleth, the export code, the geographic map and hydration are separate files
too, loaded only when a page uses them. The cost: the first element shows its loading placeholder one request
longer (a page can \`<link rel="modulepreload">\` \`cdn/sw-bundled-report.js\`).

${bundles}

${onDemand}

- **Loaded on demand.** The bundled report was validated when the package was built, so showing it loads no
  validation code; an element given \`src\` or \`report\` loads \`sw-report.js\` (valibot, the schema, the loader)
  and validates. The all-in-one bundle's global \`SwWidgets\` therefore does not carry \`validateReport\`,
  \`loadReport\` and the valibot schemas: \`const { validateReport } = await import('…/sw-report.js')\` (the npm
  module \`sw-widgets\` exports them). Each element loads its own export model with the shared export code when it
  first exports.
- **The report inside.** The bundled report is one \`JSON.parse('…')\` literal (\`shared/report-literal.js\`),
  which \`sw-widgets bundle --report\` swaps in the built files ([publishing.md](publishing.md#bundle)).

## What an npm import costs in an app

An app with only that import, bundled by esbuild with no code splitting (its default), minified: Lit and the
bundled report included. Without splitting, esbuild puts the code loaded on demand (validation, the export code
and the element's own export model) into the one file; with splitting (or Rollup, or Vite) those are separate
chunks loaded on first use (the last column: what loads before anything shows), and no other element's code is
in either (test/node/entry-bundles.test.mjs). The map's npm module imports its geographic layout (the
drawing and callouts; the geometry is fetched) on demand too, which esbuild without splitting also puts in the one file.

${appTable}

An npm import carries one element: \`import 'sw-widgets/stat-card.js'\` bundles no code of the map or the list (tag
names, templates, messages, export models), with esbuild with or without code splitting and with Rollup
(test/node/entry-bundles.test.mjs).

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
