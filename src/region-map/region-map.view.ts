/**
 * Everything <sw-region-map> draws, in one language: tiles with their names,
 * values, steps and accessible names, the legend and the table rows. Pure:
 * the element only turns this into DOM.
 */
import type { Language, Report } from '../report/schema.js';
import { localize } from '../format/language.js';
import { formatNumber, formatQuantity } from '../format/quantity.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { DIVISION_GRID, divisionName, type Division } from '../map/divisions.js';
import { buildStepScale } from '../map/color-scale.js';
import { groupPlaces, isBelowProvince, regionValues, type RegionMeasure } from '../map/region-values.js';
import { gridLayout } from '../map/tile-layout.js';
import { divisionAbbreviation } from '../map/tile-labels.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';

export interface TileView {
  code: string;
  division: Division;
  /** Top left corner and side in SVG user units. */
  x: number;
  y: number;
  size: number;
  /** 广东省 / 廣東省 / Guangdong: how the division is named in text. */
  name: string;
  /** 广东 / 廣東 / Guangdong: the label on the tile. */
  shortName: string;
  /** 粤 / 粵 / GD: the label on a small tile. */
  abbreviation: string;
  value: number | null;
  /** The value in words: 1 篇报道, 注册志愿者：超32万人, 无报道. */
  valueText: string;
  /** The value on the tile: 1, 32万; null for no data. */
  tileValue: string | null;
  /** Color step 1–5, or null for no data (neutral). */
  step: number | null;
  /** 朝天区（中子镇、朝天镇…）, or null when the report names no place there. */
  placesText: string | null;
  /** How many places below province level the report names in the division (the tile's marker). */
  markedPlaces: number;
  storyTitles: string[];
  /** Begins with the division's name: 广东省，1 篇报道，地点：潮州市. */
  accessibleName: string;
}

export interface LegendStep {
  step: number;
  /** 1, 2–3, 超32万人. */
  label: string;
}

export interface RegionMapView {
  measure: RegionMeasure;
  /** 报道数量 / Number of stories / the metric's label (capitalized in English). */
  measureLabel: string;
  /** Accessible name of the map. */
  mapLabel: string;
  viewBox: string;
  viewBoxWidth: number;
  /** All 34 tiles in reading order. */
  tiles: TileView[];
  legend: LegendStep[];
  /** What no data is called in this measure: 无报道 / 无数据. */
  noDataLabel: string;
  /** True when some tile has a place marker. */
  hasMarkers: boolean;
  /** Tiles with a value, largest first (ties in reading order): the table's rows. */
  tableRows: TileView[];
}

export type RegionMapViewResult = { ok: true; view: RegionMapView } | { ok: false; code: 'unknown-metric'; message: string };

export function regionMapView(report: Report, metricId: string | null | undefined, language: Language): RegionMapViewResult {
  const messages = REGION_MAP_MESSAGES[language];
  const shared = SHARED_MESSAGES[language];
  const values = regionValues(report, metricId);
  if (!values.ok) return { ok: false, code: values.code, message: messages.unknownMetric(values.metricId) };

  const { measure, entries } = values;
  const metric = measure.kind === 'metric' ? measure.metric : null;
  const metricLabel = metric ? localize(metric.label, language) : '';
  // English metric labels are written to follow a number ("registered volunteers"); as a title they start with a capital.
  const measureLabel = metric ? (language === 'en' ? metricLabel.charAt(0).toUpperCase() + metricLabel.slice(1) : metricLabel) : messages.storiesMeasure;
  const noDataLabel = metric ? messages.noData : messages.noStories;
  const formatValue = (value: number) => (metric ? formatQuantity({ value, unit: metric.unit, qualifier: metric.qualifier }, language) : null);
  const scale = buildStepScale([...entries.values()].map((entry) => entry.value));
  const layout = gridLayout(DIVISION_GRID);

  const tiles = layout.tiles.map(({ division, x, y, size }): TileView => {
    const entry = entries.get(division.code);
    const value = entry?.value ?? null;
    const name = divisionName(division, language, 'full');
    let valueText = noDataLabel;
    let tileValue: string | null = null;
    if (value !== null) {
      const quantity = formatValue(value);
      tileValue = quantity ? quantity.number : formatNumber(value, language);
      valueText = quantity && metric ? messages.metricValue(metricLabel, quantity.text) : messages.storyCount(value, tileValue);
    }
    const groups = groupPlaces(entry?.places ?? []);
    const placesText = groups.length
      ? shared.list(
          groups.map(({ place, children }) => {
            const placeName = localize(place.name, language);
            return children.length ? messages.placeWithChildren(placeName, shared.list(children.map((child) => localize(child.name, language)))) : placeName;
          }),
        )
      : null;
    return {
      code: division.code,
      division,
      x,
      y,
      size,
      name,
      shortName: divisionName(division, language, 'short'),
      abbreviation: divisionAbbreviation(division.code, language),
      value,
      valueText,
      tileValue,
      step: scale.step(value),
      placesText,
      markedPlaces: (entry?.places ?? []).filter(isBelowProvince).length,
      storyTitles: (entry?.stories ?? []).map((story) => localize(story.title, language)),
      accessibleName: messages.joinParts([name, valueText, ...(placesText ? [messages.places(placesText)] : [])]),
    };
  });

  const boundText = (value: number) => formatValue(value)?.text ?? formatNumber(value, language);
  const legend = scale.bins.map((bin) => ({
    step: bin.step,
    label: bin.from === bin.to ? boundText(bin.from) : `${boundText(bin.from)}–${boundText(bin.to)}`,
  }));
  const tableRows = tiles
    .filter((tile) => tile.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || tiles.indexOf(a) - tiles.indexOf(b));

  return {
    ok: true,
    view: {
      measure,
      measureLabel,
      mapLabel: messages.mapLabel(measureLabel),
      viewBox: layout.viewBox,
      viewBoxWidth: layout.width,
      tiles,
      legend,
      noDataLabel,
      hasMarkers: tiles.some((tile) => tile.markedPlaces > 0),
      tableRows,
    },
  };
}
