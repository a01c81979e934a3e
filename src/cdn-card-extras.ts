/**
 * The entry of cdn/sw-series.js (scripts/build/rollup-on-demand.mjs), which the script-tag bundles load on demand for a
 * card whose metric has a `series` or a `target`: both kits in one file, so that each bundle carries one hash for
 * them (issue 22: the 30 KB budget). Not part of the library's modules: npm builds split each kit on its own.
 */
export * from './stat-card/stat-card.series-kit.js';
export * from './stat-card/stat-card.progress-kit.js';
