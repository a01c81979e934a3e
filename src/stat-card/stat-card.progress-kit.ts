/**
 * What a card whose metric has a `target` loads on demand (in cdn/sw-series.js, src/cdn-card-extras.ts; a chunk of the reader's bundler with
 * npm): the progress view and wording, the bar's template and its styles.
 */
export { progressView } from './stat-card.progress.js';
export { progressTemplate } from './stat-card.progress.render.js';
export { PROGRESS_CSS } from './stat-card.progress.styles.js';
