/**
 * The entry of the all-in-one script-tag bundles (cdn/sw-widgets.js, and the global `SwWidgets` of the classic
 * one): the three elements and the library's API, except what only a report given by `src` or `report` needs —
 * validation, loading and the valibot schemas — which cdn/sw-report.js beside it exports
 * (`const { validateReport } = await import('…/sw-report.js')`). The npm entry `sw-widgets/all.js` is src/all.ts.
 * test/node/cdn-exports.test.mjs checks that the two files together export everything src/index.ts does.
 */
import './stat-card/define.js';
import './region-map/define.js';
import './story-list/define.js';

export { SwElement, defineElement, VERSION, resolveLanguage, StatCard, RegionMap, StoryList } from './index.js';
export { findMetric, findPlace, findStory, findSource, storyProvinceCodes } from './index.js';
export { normalizeLanguage, localize, DEFAULT_LANGUAGE, formatQuantity, formatNumber, formatPercent } from './index.js';
export { formatDateSpan, formatDateRange, formatPartialDate, DIVISIONS, findDivision, divisionName } from './index.js';
export { bundledReport } from './report/bundled.js';
export { DEFAULT_TIMEOUT_MS } from './report/defaults.js';
