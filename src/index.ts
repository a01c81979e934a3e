/**
 * sw-widgets: the element classes, the report model and the formatting
 * functions. Importing this module registers no tag; import
 * `sw-widgets/all.js` or one element's module (`sw-widgets/stat-card.js`) for that.
 */
export { SwElement, type SwErrorDetail, type SwReadyDetail, type Theme } from './base/sw-element.js';
export { defineElement } from './base/define.js';
export { VERSION } from './base/version.js';
export { resolveLanguage } from './base/language.js';
export { StatCard } from './stat-card/stat-card.js';
export { RegionMap, type RegionSelectDetail } from './region-map/region-map.js';
export { StoryList } from './story-list/story-list.js';
export * from './report/index.js';
export { findMetric, findPlace, findStory, findSource, storyProvinceCodes } from './report/query.js';
export { normalizeLanguage, localize, DEFAULT_LANGUAGE } from './format/language.js';
export {
  formatQuantity,
  formatNumber,
  formatPercent,
  type Quantity,
  type QuantityParts,
  type QuantityOptions,
} from './format/quantity.js';
export {
  BUILT_IN_UNITS,
  BUILT_IN_UNIT_NAMES,
  isKnownUnit,
  unitText,
  unitName,
  type UnitEntry,
  type UnitTable,
} from './format/units.js';
export { formatDateSpan, formatDateRange, formatPartialDate } from './format/date.js';
export { DIVISIONS, findDivision, divisionName, type Division } from './map/divisions.js';
