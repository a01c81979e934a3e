// Rollup pieces for <sw-region-map indicator> (imported by rollup.config.mjs).
import { fileURLToPath } from 'node:url';

const CDN_LOADER = fileURLToPath(new URL('../src/region-map/choropleth-loader.cdn.ts', import.meta.url));

/**
 * In the script-tag bundles, the choropleth's scales (d3-scale), legend
 * ranges and indicator checks are not bundled: src/region-map/choropleth-loader.ts
 * is replaced by choropleth-loader.cdn.ts, which imports cdn/sw-choropleth.js
 * from beside the running bundle, by a URL computed at run time.
 */
export function choroplethOnDemand() {
  return {
    name: 'sw-choropleth-on-demand',
    resolveId(source, importer) {
      if (source === './choropleth-loader.js' && importer?.replace(/\\/g, '/').endsWith('/src/region-map/region-map.ts')) return CDN_LOADER;
      return null;
    },
  };
}

/** cdn/sw-choropleth.js: an ES module for both the ESM and the classic bundles. */
export function choroplethBuilds(plugins) {
  return [{ input: 'src/map/choropleth-kit.ts', output: { file: 'cdn/sw-choropleth.js', format: 'es', sourcemap: true }, plugins: plugins() }];
}
