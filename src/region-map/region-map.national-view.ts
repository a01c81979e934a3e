/** What <sw-region-map> says of the report's national scope, which no tile shows: the line under the legend and the table's row. */
import type { Language, Metric, Report, Story } from '../report/schema.js';
import { labelAfterPlace, localize } from '../format/language.js';
import { formatNumber, formatQuantity } from '../format/quantity.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { COUNTRY_CODE, findPlace } from '../report/query.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';

/** What the report says for the whole country, which no tile shows (issue: national scope). */
export interface NationalView {
  /** Stories with a national (country-level) place. */
  stories: Story[];
  /** Metrics whose place is national. */
  metrics: Metric[];
  /** 另有 3 篇全国性报道 / plus 3 national stories; empty when there are none. */
  text: string;
  /** The row of the table: 全国 / China. */
  name: string;
  /** The value column: the metric's value when the map shows a national metric, else the story count. */
  valueText: string;
  /** The national places' names. */
  placesText: string;
  storyTitles: string[];
}

/** The national line and table row, or null when the report has nothing of national scope. */
export function nationalView(
  report: Report,
  places: Report['places'],
  stories: Story[],
  metric: Metric | null,
  language: Language,
): NationalView | null {
  const messages = REGION_MAP_MESSAGES[language];
  const shared = SHARED_MESSAGES[language];
  const metrics = report.metrics.filter(
    (candidate) => findPlace(report, candidate.place)?.provinceCode === COUNTRY_CODE,
  );
  if (!places.length && !stories.length && !metrics.length) return null;
  const shownMetric = metric && metrics.includes(metric) ? metric : null;
  return {
    stories,
    metrics,
    text: messages.nationalLine(stories.length, metrics.length),
    name: messages.nationalName,
    valueText: shownMetric
      ? messages.metricValue(
          nationalLabel(report, shownMetric, language),
          formatQuantity(shownMetric, language, { units: report.units }).text,
        )
      : stories.length
        ? messages.storyCount(stories.length, formatNumber(stories.length, language))
        : messages.noStories,
    placesText: shared.list(places.map((place) => localize(place.name, language))),
    storyTitles: stories.map((story) => localize(story.title, language)),
  };
}

/** The metric's label after the national row's name (全国 / China (national)) or its place's own (China), said once. */
function nationalLabel(report: Report, metric: Metric, language: Language): string {
  const label = localize(metric.label, language);
  const shorter = labelAfterPlace(label, REGION_MAP_MESSAGES[language].nationalName);
  return shorter !== label
    ? shorter
    : labelAfterPlace(label, localize(findPlace(report, metric.place)?.name, language));
}
