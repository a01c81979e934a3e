/**
 * The entry of the all-in-one script-tag bundles (cdn/sw-widgets.js, and the global `SwWidgets` of the classic
 * one): the three elements and the library's API, except what only a report given by `src` or `report` needs —
 * validation, loading and the valibot schemas — which cdn/sw-report.js beside it exports
 * (`const { validateReport } = await import('…/sw-report.js')`), and the bundled report itself, which
 * cdn/sw-bundled-report.js exports (`bundledReport`; `SwWidgets.loadBundledReport()` loads it). The npm entry `sw-widgets/all.js` is src/all.ts.
 * test/node/cdn-exports.test.mjs checks that the two files together export everything src/index.ts does.
 */
import './stat-card/define.js';
import './region-map/define.js';
import './story-list/define.js';

// From the modules themselves, not src/index.ts: that one also re-exports the valibot schemas, which would then
// be in the bundle's module graph (a bundler keeps what it cannot prove free of side effects).
export { SwElement } from './base/sw-element.js';
export { defineElement } from './base/define.js';
export { VERSION } from './base/version.js';
export { resolveLanguage } from './base/language.js';
export { StatCard } from './stat-card/stat-card.js';
export { RegionMap } from './region-map/region-map.js';
export { StoryList } from './story-list/story-list.js';
export { loadBundledReport } from './report/load-bundled.js';
export { DEFAULT_TIMEOUT_MS } from './report/defaults.js';
export { findMetric, findPlace, findStory, findSource, storyProvinceCodes } from './report/query.js';
export { LANGUAGES, normalizeLanguage, localize, DEFAULT_LANGUAGE } from './format/language.js';
export { formatQuantity, formatNumber, formatPercent } from './format/quantity.js';
export { BUILT_IN_UNITS, unitText } from './format/units.js';
// BUILT_IN_UNIT_NAMES, isKnownUnit and unitName (the checks' and the CSV's) are exported by cdn/sw-report.js.
export { formatDateSpan, formatDateRange, formatPartialDate } from './format/date.js';
export { DIVISIONS, findDivision, divisionName } from './map/divisions.js';
