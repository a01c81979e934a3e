// Script-tag bundles for partner pages (cdn/). npm users get the unbundled
// ES modules in dist/ (built by tsc), so their bundler shares one copy of Lit.
//
// `npm run build` runs, in order (every step's code is in scripts/build/ unless named; ARCHITECTURE.md has more):
//   1. build-data.ts: checks data/report.json, writes data/report.schema.json and the generated modules in src/.
//   2. this file: cdn/ (its Rollup pieces are scripts/build/rollup-*.mjs, the on-demand table rollup-on-demand.mjs).
//   3. cdn-manifest.mjs: the on-demand files' hashes into the bundles (cdn-hashes.mjs), cdn/manifest.json, and the
//      snippets' integrity in README and docs.
//   4. build:dist: tsc (dist/), minify-dist-templates.mjs, custom-elements.json then scripts/docs/api-docs.mjs
//      (docs/api.md), jsx-types.mjs (dist/jsx.d.ts), scripts/docs/theming-docs.mjs (docs/theming.md).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { embedBuilds } from './scripts/build/rollup-embed.mjs';
import { onDemandBuilds, onDemandFiles } from './scripts/build/rollup-on-demand.mjs';
import { bundledReportLiteral } from './scripts/build/rollup-report.mjs';
import { asciiOnly, minifyLitTemplates } from './scripts/build/rollup-templates.mjs';
import { ssrWorker } from './scripts/build/rollup-ssr.mjs';
import { ES_TARGET } from './scripts/build/browser-floor.mjs';
import { COMPILE_HINT } from './scripts/build/compile-hint.mjs';

const plugins = () => [
  // What the elements load on demand comes from beside the bundle, checked against its hash (the table is there).
  onDemandFiles(),
  minifyLitTemplates(),
  nodeResolve({ exportConditions: ['production'] }),
  // ES2020 (scripts/build/browser-floor.mjs): the transform lowers our sources; the minifier, which sees the whole chunk,
  // lowers the packages too (Lit's class fields and static blocks), which the transform leaves alone.
  esbuild({ target: ES_TARGET, tsconfig: 'tsconfig.json' }),
  minify({ target: ES_TARGET, legalComments: 'none' }),
  // A second pass after esbuild's: terser's compression and frequency-ordered names gzip about 3 % smaller. It writes
  // V8's compile hint first (scripts/build/compile-hint.mjs): the maps' first render on a page is 10-20 % faster.
  terser({
    ecma: 2020,
    compress: { passes: 3 },
    format: { ascii_only: true, comments: false, preamble: COMPILE_HINT },
  }),
  // After the minifier: puts the report in as shared/report-literal.js writes it.
  bundledReportLiteral(),
  asciiOnly(),
];

/**
 * The first statement of a classic bundle: in an engine without custom elements or shadow DOM (below the floor) it
 * stops there, defining nothing (no tags, no global) and throwing nothing: the tags' fallback content stays.
 */
const CLASSIC_GUARD = 'if (!window.customElements || !Element.prototype.attachShadow) return;';

/** An ES module and a classic script (one global at most) for one entry. */
const scriptTagBundle = (input, name, global) => ({
  input,
  output: [
    { file: `cdn/${name}.js`, format: 'es', sourcemap: true },
    // Classic <script src> for CMSs that strip type="module". It first checks what it needs (CLASSIC_GUARD).
    { file: `cdn/${name}.iife.js`, format: 'iife', name: global, sourcemap: true, intro: CLASSIC_GUARD },
  ],
  plugins: plugins(),
  onwarn(warning, warn) {
    // The one-element classic scripts deliberately define no global: their exports are dropped.
    if (warning.code === 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT' && !global) return;
    warn(warning);
  },
});

export default [
  // All three elements: what the README and the embed builder give partners.
  scriptTagBundle('src/cdn-all.ts', 'sw-widgets', 'SwWidgets'),
  // One element each, for a page that needs only that one (smaller; no global).
  scriptTagBundle('src/stat-card/define.ts', 'sw-stat-card', undefined),
  scriptTagBundle('src/region-map/define.ts', 'sw-region-map', undefined),
  scriptTagBundle('src/story-list/define.ts', 'sw-story-list', undefined),
  // The iframe embed page and its resize script.
  ...embedBuilds(plugins),
  // Every file loaded on demand (the report, its checks, series, export, geographic map and geometry, choropleth,
  // hydration): one build each from the table in scripts/build/rollup-on-demand.mjs. The embed builder's server renderer
  // (cdn/sw-ssr-worker.js) is emitted with the hydration code, whose Lit it shares.
  ...onDemandBuilds(plugins, { 'sw-hydrate.js': [ssrWorker()] }),
];
