/**
 * The entry of cdn/sw-choropleth.js (scripts/build/rollup-on-demand.mjs): the choropleth's code, and the styles of
 * engines without CSS color-mix() (mixed-colors.ts: the map's computed colors, the flex-gap fallbacks of every
 * element), which only those engines load, in one file, so that each bundle carries one hash for them (issue 22:
 * the 30 KB budget). Not part of the library's modules: npm builds split each on its own.
 */
export * from './map/choropleth-kit.js';
export * from './base/mixed-colors.js';
