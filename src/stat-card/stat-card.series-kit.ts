/**
 * What a card whose metric has a `series` loads on demand (cdn/sw-series.js; a chunk of the reader's bundler
 * with npm): the series' view (change, sparkline path with d3-shape, wording) and its template.
 */
export { seriesView } from './stat-card.series.js';
export { seriesTemplate } from './stat-card.series.render.js';
export { SERIES_CSS } from './stat-card.series.styles.js';
