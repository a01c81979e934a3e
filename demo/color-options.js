// What can color a <sw-region-map>, for the embed builder's (and the demo's) one "Color by" control. Pure: no
// DOM, no imports; tested in test/color-options.test.ts.
//
// A map is colored by one of three things, and by one only:
// - the number of stories per division (no attribute);
// - a metric whose place lies in one of the 34 divisions (`metric="…"`): its value colors that division. A
//   national metric (its place's provinceCode is 100000) or one whose place the report does not list colors
//   no division: it is not offered;
// - an indicator, a figure for every division (`indicator="…"`, a choropleth).
// The control's value says which: '' (stories), 'metric:<id>' or 'indicator:<id>'; colorAttributes() turns it
// into attributes, so a snippet can never carry `metric` and `indicator` together.

/** The code of a national place: COUNTRY_CODE of src/report/query.ts (this module runs unbuilt, so it cannot import it). */
const COUNTRY_CODE = '100000';

/**
 * The choices of the "Color by" control for a report, in their groups: the stories, the metrics that color a
 * division, the indicators. Labels are the report's own localized texts (`{ 'zh-Hans': …, en: … }`): the caller
 * localizes them.
 * @param {{ places?: Array<{ id: string, provinceCode?: string }>, metrics?: Array<{ id: string, place: string, label: unknown }>, indicators?: Array<{ id: string, label: unknown }> }} report
 */
export function mapColorChoices(report) {
  const places = new Map((report.places || []).map((place) => [place.id, place]));
  const metrics = [];
  for (const metric of report.metrics || []) {
    const place = places.get(metric.place);
    if (!place || !/^\d{6}$/.test(String(place.provinceCode)) || place.provinceCode === COUNTRY_CODE) continue;
    metrics.push({ value: `metric:${metric.id}`, id: metric.id, label: metric.label, place, division: place.provinceCode });
  }
  const indicators = (report.indicators || []).map((indicator) => ({ value: `indicator:${indicator.id}`, id: indicator.id, label: indicator.label }));
  return { stories: { value: '' }, metrics, indicators };
}

/**
 * The control's value as the map's attributes: `{}` for the stories, `{ metric }` or `{ indicator }`; never both.
 * @param {string} value
 * @returns {{ metric?: string, indicator?: string }}
 */
export function colorAttributes(value) {
  const match = /^(metric|indicator):(.+)$/.exec(value || '');
  if (!match) return {};
  return match[1] === 'metric' ? { metric: match[2] } : { indicator: match[2] };
}

/**
 * The control's value for a map's attributes (an indicator wins, as it does on the element), or '' when what they
 * name is not among the report's choices.
 * @param {{ metric?: string | null, indicator?: string | null }} attributes
 * @param {ReturnType<typeof mapColorChoices>} choices
 */
export function colorValue(attributes, choices) {
  if (attributes.indicator) return choices.indicators.some((choice) => choice.id === attributes.indicator) ? `indicator:${attributes.indicator}` : '';
  if (attributes.metric) return choices.metrics.some((choice) => choice.id === attributes.metric) ? `metric:${attributes.metric}` : '';
  return '';
}

/**
 * The report's choice that opens a map best: its first indicator (a choropleth), else the stories.
 * @param {ReturnType<typeof mapColorChoices>} choices
 */
export function defaultColorValue(choices) {
  return choices.indicators.length ? choices.indicators[0].value : '';
}
