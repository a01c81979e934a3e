// Rollup pieces (imported by rollup.config.mjs): the files the script-tag bundles load on demand, in one table, and
// the one way they are located and checked. In the sources an element loads such code with a plain
// `import('./x.js')` (or names a data file with `checkedFile(new URL('…', import.meta.url))`): that is what npm
// builds (dist/) keep, for the reader's bundler to split off. In the script-tag bundles (cdn/) this plugin turns it
// into a load of the file beside the running bundle, checked against the file's sha256 hash
// (src/on-demand/cdn-load.ts). The hashes are known only once every file is built: Rollup writes a placeholder of the
// same length, and the build's next step (scripts/build/cdn-manifest.mjs → cli/lib/integrity.js, which
// `sw-widgets bundle` also runs) writes the hashes in, before the manifest and the snippets' hashes are computed.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPlaceholder } from '../../cli/lib/integrity.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fromRoot = (path) => relative(root, path).replace(/\\/g, '/');

/**
 * Every file the script-tag bundles load on demand, beside themselves, and what loads it:
 * - `file`: its name in cdn/ and in a `bundle` output;
 * - `kind`: `js`, an ES module with no imports of its own, run only if its content matches its hash
 *   (`<script type="module" integrity>`, then `import()` of the same URL); `json`, data fetched with `integrity`;
 * - `entry` (js): the module it is built from; `modules`: the modules whose `import()` it answers (the entry alone
 *   unless listed); `source` (json): the file it is a copy of, named in the sources by
 *   `checkedFile(new URL('<path>', import.meta.url))`.
 * Its hash is not in this table: it is computed after the build and written into every file that loads it.
 */
export const ON_DEMAND_FILES = [
  // The bundled report (data/report.json), for every element without `src` or `report`: once per page, whichever bundles the page uses.
  { file: 'sw-bundled-report.js', kind: 'js', entry: 'src/report/bundled.ts' },
  // Loading and validation of a report given by `src` or `report` (the bundled report needs neither).
  { file: 'sw-report.js', kind: 'js', entry: 'src/report/report-checks.ts' },
  // A stat card's series (change line, sparkline, table), only for a metric with a `series`…
  // …and its progress bar, for a metric with a `target` (issue 22: out of the all-in-one bundle; one file, one hash).
  {
    file: 'sw-series.js',
    kind: 'js',
    entry: 'src/cdn-card-extras.ts',
    modules: ['src/stat-card/stat-card.series-kit.ts', 'src/stat-card/stat-card.progress-kit.ts'],
  },
  // Image and CSV export with every element's export model, on first export.
  {
    file: 'sw-export.js',
    kind: 'js',
    entry: 'src/cdn-export.ts',
    modules: [
      'src/export/exporter.ts',
      'src/stat-card/stat-card.export.ts',
      'src/region-map/region-map.export.ts',
      'src/story-list/story-list.export.ts',
    ],
  },
  // The geographic map's projection (d3-geo, topojson-client) and drawing, only for <sw-region-map layout="geo">…
  { file: 'sw-geo.js', kind: 'js', entry: 'src/region-map/geo-module.ts' },
  // …and its geometry, unless the page gives its own (`geo-src`).
  { file: 'sw-china.map.json', kind: 'json', source: 'data/geo/sw-china.map.json' },
  // The choropleth's scales, ranges and wording, only for <sw-region-map indicator>.
  // …and, only in engines without CSS color-mix() (issue 22), the map's colors computed from the theme and the
  // flex-gap fallbacks of every element (mixed-colors.ts): one file, one hash.
  {
    file: 'sw-choropleth.js',
    kind: 'js',
    entry: 'src/cdn-choropleth.ts',
    modules: ['src/map/choropleth-kit.ts', 'src/base/mixed-colors.ts'],
  },
  // Lit's hydration, only on pages with server-rendered elements (sw-widgets/ssr).
  { file: 'sw-hydrate.js', kind: 'js', entry: 'src/base/hydrator.ts' },
];

/** Module path from the repository root → its file (js). */
const BY_MODULE = new Map(
  ON_DEMAND_FILES.filter((row) => row.kind === 'js').flatMap((row) =>
    (row.modules ?? [row.entry]).map((module) => [module, row]),
  ),
);
/** Data path from the repository root → its file (json). */
const BY_SOURCE = new Map(ON_DEMAND_FILES.filter((row) => row.kind === 'json').map((row) => [row.source, row]));

const LOADER = resolve(root, 'src/on-demand/cdn-load.ts');
/** A module of one loader per file of the table (`load_sw_geo_js()`), so that a bundle carries each hash once. */
const LOADERS = '\0sw-on-demand-loaders';
const loaderName = (file) => `load_${file.replace(/\W/g, '_')}`;
const DYNAMIC_IMPORT = /(?<!typeof\s*)\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g;
const DATA_FILE = /\bcheckedFile\(\s*new URL\((['"])(\.{1,2}\/[^'"]+)\1,\s*import\.meta\.url\)\s*\)/g;
const ANY_URL = /\bnew URL\((['"])(\.{1,2}\/[^'"]+)\1,\s*import\.meta\.url\)/g;

/**
 * Rewrites, in our sources, `import('./x.js')` of a module in the table into a call of the file's loader,
 * `importChecked("<file>", "<hash>")` (one per file in a bundle, however many modules load it),
 * and `checkedFile(new URL('<data path>', import.meta.url))` into `checkedFile(cdnUrl("<file>"), "<hash>")`: the
 * file beside the running bundle (`import.meta.url` is the bundle's own URL, the script's src in the classic
 * bundles: a relative import() from a cross-origin classic script would resolve against about:blank).
 */
export function onDemandFiles() {
  return {
    name: 'sw-on-demand-files',
    transform(code, id) {
      if (!id.startsWith(root) || id.includes('/node_modules/') || !/\.ts$/.test(id) || id === LOADER) return null;
      const resolveFrom = (specifier) => fromRoot(resolve(dirname(id), specifier));
      const used = new Set();
      let rewritten = code.replace(DYNAMIC_IMPORT, (whole, _quote, specifier) => {
        const row = BY_MODULE.get(resolveFrom(specifier).replace(/\.js$/, '.ts'));
        if (!row) return whole;
        used.add(loaderName(row.file));
        return `${loaderName(row.file)}()`;
      });
      let data = false;
      rewritten = rewritten.replace(DATA_FILE, (whole, _quote, path) => {
        const row = BY_SOURCE.get(resolveFrom(path));
        if (!row) return whole;
        data = true;
        return `checkedFile(cdnUrl(${JSON.stringify(row.file)}), ${JSON.stringify(hashPlaceholder(row.file))})`;
      });
      // A data file of the table named any other way would be loaded unchecked (or not at all) from the bundles.
      for (const [, , path] of rewritten.matchAll(ANY_URL)) {
        if (BY_SOURCE.has(resolveFrom(path)))
          this.error(
            `${fromRoot(id)}: name ${path} as checkedFile(new URL('${path}', import.meta.url)), so that the bundles check it`,
          );
      }
      if (!used.size && !data) return null;
      // At the end, so that no line moves (the transform keeps lines; the source maps stay line-exact).
      const imports = [
        used.size ? `import { ${[...used].join(', ')} } from ${JSON.stringify(LOADERS)};` : '',
        data ? `import { cdnUrl } from ${JSON.stringify(LOADER)};` : '',
      ];
      return { code: `${rewritten}\n${imports.join('\n')}\n`, map: null };
    },
    resolveId(source) {
      return source === LOADERS ? LOADERS : null;
    },
    load(id) {
      if (id !== LOADERS) return null;
      const rows = ON_DEMAND_FILES.filter((row) => row.kind === 'js');
      return [
        `import { importChecked } from ${JSON.stringify(LOADER)};`,
        ...rows.map(
          (row) =>
            `export const ${loaderName(row.file)} = () => importChecked(${JSON.stringify(row.file)}, ${JSON.stringify(hashPlaceholder(row.file))});`,
        ),
      ].join('\n');
    },
  };
}

/** The Rollup builds of the table's files (cdn/<file>: ES modules, for both the ESM and the classic bundles; data copied). */
export function onDemandBuilds(plugins, extraPlugins = {}) {
  const data = ON_DEMAND_FILES.filter((row) => row.kind === 'json');
  const copyData = {
    name: 'sw-copy-on-demand-data',
    generateBundle() {
      for (const row of data)
        this.emitFile({ type: 'asset', fileName: row.file, source: readFileSync(resolve(root, row.source)) });
    },
  };
  return ON_DEMAND_FILES.filter((row) => row.kind === 'js').map((row, i) => ({
    input: row.entry,
    output: { file: `cdn/${row.file}`, format: 'es', sourcemap: true },
    plugins: [...plugins(), ...(extraPlugins[row.file] ?? []), ...(i === 0 ? [copyData] : [])],
  }));
}
