// Script-tag bundles for partner pages (cdn/). npm users get the unbundled
// ES modules in dist/ (built by tsc), so their bundler shares one copy of Lit.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { embedBuilds, exportOnDemand } from './scripts/rollup-embed.mjs';
import { geoBuilds, geoOnDemand } from './scripts/rollup-geo.mjs';
import { choroplethBuilds, choroplethOnDemand } from './scripts/rollup-choropleth.mjs';

const plugins = () => [
  exportOnDemand(),
  geoOnDemand(),
  choroplethOnDemand(),
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  minify({ target: 'es2022', legalComments: 'none' }),
];

/** An ES module and a classic script (one global at most) for one entry. */
const scriptTagBundle = (input, name, global) => ({
  input,
  output: [
    { file: `cdn/${name}.js`, format: 'es', sourcemap: true },
    // Classic <script src> for CMSs that strip type="module".
    { file: `cdn/${name}.iife.js`, format: 'iife', name: global, sourcemap: true },
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
  scriptTagBundle('src/all.ts', 'sw-widgets', 'SwWidgets'),
  // One element each, for a page that needs only that one (smaller; no global).
  scriptTagBundle('src/stat-card/define.ts', 'sw-stat-card', undefined),
  scriptTagBundle('src/region-map/define.ts', 'sw-region-map', undefined),
  scriptTagBundle('src/story-list/define.ts', 'sw-story-list', undefined),
  // The export code (loaded on demand), the iframe embed page and its resize script.
  ...embedBuilds(plugins),
  // The geographic map's module and geometry, loaded only for <sw-region-map layout="geo">.
  ...geoBuilds(plugins),
  // The choropleth's scales and ranges, loaded only for <sw-region-map indicator>.
  ...choroplethBuilds(plugins),
];
