// Rollup pieces for <sw-region-map layout="geo"> (imported by rollup.config.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CDN_LOADER = fileURLToPath(new URL('../src/region-map/geo-loader.cdn.ts', import.meta.url));

/**
 * In the script-tag bundles, d3-geo, topojson-client and the geometry are not
 * bundled: src/region-map/geo-loader.ts is replaced by geo-loader.cdn.ts, which
 * imports cdn/sw-geo.js and fetches cdn/sw-china.map.json from beside the
 * running bundle, by URLs computed at run time.
 */
export function geoOnDemand() {
  return {
    name: 'sw-geo-on-demand',
    resolveId(source, importer) {
      if (source === './geo-loader.js' && importer?.replace(/\\/g, '/').endsWith('/src/region-map/region-map-geo.ts')) return CDN_LOADER;
      return null;
    },
  };
}

/** cdn/sw-geo.js (the geographic module and drawing, an ES module for both the ESM and the classic bundles) and cdn/sw-china.map.json. */
export function geoBuilds(plugins) {
  return [
    {
      input: 'src/region-map/geo-module.ts',
      output: { file: 'cdn/sw-geo.js', format: 'es', sourcemap: true },
      plugins: [
        ...plugins(),
        {
          name: 'sw-copy-geometry',
          generateBundle() {
            this.emitFile({ type: 'asset', fileName: 'sw-china.map.json', source: readFileSync('data/geo/sw-china.map.json') });
          },
        },
      ],
    },
  ];
}
