/**
 * The entry of cdn/sw-export.js (rollup.config.mjs), which the script-tag bundles load on demand: the shared
 * export code and each element's export model in one file. Not part of the library's modules: in npm builds an
 * element loads only its own model (`loadExportModel`), and src/export/ imports no element.
 */
export * from './export/exporter.js';
export { statCardExport } from './stat-card/stat-card.export.js';
export { regionMapExport } from './region-map/region-map.export.js';
export { storyListExport } from './story-list/story-list.export.js';
