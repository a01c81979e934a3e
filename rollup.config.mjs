// Script-tag bundles for partner pages (cdn/). npm users get the unbundled
// ES modules in dist/ (built by tsc), so their bundler shares one copy of Lit.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { embedBuilds } from './scripts/rollup-embed.mjs';
import { onDemandFiles } from './scripts/rollup-on-demand.mjs';
import { geoBuilds, geoOnDemand } from './scripts/rollup-geo.mjs';
import { bundledReportLiteral } from './scripts/rollup-report.mjs';
import { asciiOnly, minifyLitTemplates } from './scripts/rollup-templates.mjs';
import { hydrateBuilds, hydrateOnDemand } from './scripts/rollup-ssr.mjs';
import { choroplethBuilds, choroplethOnDemand } from './scripts/rollup-choropleth.mjs';
import { ES_TARGET } from './scripts/browser-floor.mjs';

const plugins = () => [
  onDemandFiles(),
  geoOnDemand(),
  minifyLitTemplates(),
  hydrateOnDemand(),
  choroplethOnDemand(),
  nodeResolve({ exportConditions: ['production'] }),
  // ES2020 (scripts/browser-floor.mjs): the transform lowers our sources; the minifier, which sees the whole chunk,
  // lowers the packages too (Lit's class fields and static blocks), which the transform leaves alone.
  esbuild({ target: ES_TARGET, tsconfig: 'tsconfig.json' }),
  minify({ target: ES_TARGET, legalComments: 'none' }),
  // A second pass after esbuild's: terser's compression and frequency-ordered names gzip about 3 % smaller.
  terser({ ecma: 2020, compress: { passes: 3 }, format: { ascii_only: true, comments: false } }),
  // After the minifier: puts the report in as scripts/report-literal.mjs writes it.
  bundledReportLiteral(),
  asciiOnly(),
];

/**
 * The first statement of a classic bundle: in an engine without custom elements or shadow DOM (below the floor) it
 * stops there, defining nothing (no tags, no global) and throwing nothing: the tags' fallback content stays.
 */
const CLASSIC_GUARD = "if (!window.customElements || !Element.prototype.attachShadow) return;";

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
  // The export code (loaded on demand), the iframe embed page and its resize script.
  ...embedBuilds(plugins),
  // Loading and validation of a report given by `src` or `report` (loaded on demand; the bundled report needs neither).
  { input: 'src/report/report-checks.ts', output: { file: 'cdn/sw-report.js', format: 'es', sourcemap: true }, plugins: plugins() },
  // The bundled report (data/report.json), loaded by elements without `src` or `report`: once per page, whichever
  // bundles the page uses.
  { input: 'src/report/bundled.ts', output: { file: 'cdn/sw-bundled-report.js', format: 'es', sourcemap: true }, plugins: plugins() },
  // A stat card's progress bar towards a target, loaded only for a metric with a `target`.
  { input: 'src/stat-card/stat-card.progress-kit.ts', output: { file: 'cdn/sw-progress.js', format: 'es', sourcemap: true }, plugins: plugins() },
  // A stat card's series (change line, sparkline, table), loaded only for a metric with a `series`.
  { input: 'src/stat-card/stat-card.series-kit.ts', output: { file: 'cdn/sw-series.js', format: 'es', sourcemap: true }, plugins: plugins() },
  // The geographic map's module and geometry, loaded only for <sw-region-map layout="geo">.
  ...geoBuilds(plugins),
  // Lit's hydration, loaded only on pages with server-rendered elements (sw-widgets/ssr).
  ...hydrateBuilds(plugins),
  // The choropleth's scales and ranges, loaded only for <sw-region-map indicator>.
  ...choroplethBuilds(plugins),
  // The map's class colors and borders computed from the theme, loaded only by engines without CSS color-mix().
  { input: 'src/region-map/mixed-colors.ts', output: { file: 'cdn/sw-mixed-colors.js', format: 'es', sourcemap: true }, plugins: plugins() },
];
