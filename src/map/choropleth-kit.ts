/**
 * What `<sw-region-map indicator>` loads on demand, in one file
 * (cdn/sw-choropleth.js; a chunk of the reader's bundler with npm): the
 * classed scales (d3-scale), the legend's ranges and the tiles' figures in
 * their display format (万/亿, k/m/bn), ranks, the table's sortable headers, the
 * indicator's values and checks, and their wording. A map without `indicator` never loads it.
 */
export { buildClassScale, CLASS_SCALES } from './class-scale.js';
export { formatRank, indicatorDisplay, rankValues } from './legend-ranges.js';
export { findIndicator, indicatorProblem, indicatorSlice } from './indicator-values.js';
export { CHOROPLETH_MESSAGES } from './choropleth.messages.js';
export { CHOROPLETH_CSS } from './choropleth.styles.js';
export { noDataHatch } from './no-data-hatch.js';
export { sortTableRows } from './table-sort.js';
export { chooseIndicator } from './indicator-choice.js';
export { sortableHeaders } from './sortable-headers.js';
export { indicatorColoring } from './indicator-coloring.js';
