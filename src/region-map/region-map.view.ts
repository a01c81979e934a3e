/**
 * Everything <sw-region-map> draws, in one language: tiles with their names,
 * values, steps and accessible names, the legend and the table rows. Pure:
 * the element only turns this into DOM.
 */
import type { Indicator, Language, Metric, Report, Story } from '../report/schema.js';
import { labelAfterPlace, localize } from '../format/language.js';
import { formatNumber, formatQuantity } from '../format/quantity.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { DIVISION_GRID, divisionName, type Division } from '../map/divisions.js';
import { buildStepScale } from '../map/color-scale.js';
import type { ClassScaleKind } from '../map/class-scale.js';
import type * as ChoroplethKit from '../map/choropleth-kit.js';
import type { IndicatorSlice } from '../map/indicator-values.js';
import { findDivision } from '../map/divisions.js';
import { COUNTRY_CODE, findPlace, findSource } from '../report/query.js';
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
  /** With an indicator: the division's rank by value among those with a value (1 = largest), else null. */
  rank: number | null;
  /** 第 3 / 31 / 3rd of 31, or null. */
  rankText: string | null;
  /** With an indicator: the date the value holds for (2020), else null. */
  date: string | null;
}

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
  /** The legend's no-data entry: with an indicator and up to five divisions without a value, it names them (无数据：香港、澳门、台湾). */
  noDataLegend: string;
  /** True when some tile has a place marker. */
  hasMarkers: boolean;
  /** Tiles with a value, largest first (ties in reading order): the table's rows. */
  tableRows: TileView[];
  /** Stories and figures of national scope, or null when the report has none. */
  national: NationalView | null;
  /** With an indicator: the indicator, the scale used, the year shown and the legend's source line. */
  indicator: IndicatorView | null;
}

export interface IndicatorView {
  indicator: Indicator;
  scale: ClassScaleKind;
  /** How many classes the scale has. */
  classes: number;
  year: string;
  /** The unit as the reader's language writes it in the legend header is part of each range; this is the source line: 据国家统计局… */
  sourceLine: string;
  /** The indicator's note in the reader's language, or ''. */
  note: string;
}

/** What to draw instead of the story count or a metric: an indicator over all divisions. */
export interface RegionMapOptions {
  /** Id of one of the report's indicators. */
  indicator?: string | null;
  /** quantile | quantize | threshold; default: threshold when the indicator has breaks, else quantile. */
  scale?: string | null;
  /** Number of classes, 3–7. */
  steps?: number | null;
  /** The year to show; default the latest. */
  year?: string | null;
  /** The choropleth code (src/map/choropleth-kit.ts), loaded on demand: without it an indicator gives `needs-kit`. */
  kit?: typeof ChoroplethKit;
}

export type RegionMapViewProblemCode =
  | 'needs-kit'
  | 'unknown-metric'
  | 'unknown-indicator'
  | 'unknown-year'
  | 'unknown-scale'
  | 'unknown-division'
  | 'duplicate-value'
  | 'invalid-value';

export type RegionMapViewResult =
  { ok: true; view: RegionMapView } | { ok: false; code: RegionMapViewProblemCode; message: string; field?: string };

export function regionMapView(
  report: Report,
  metricId: string | null | undefined,
  language: Language,
  options: RegionMapOptions = {},
): RegionMapViewResult {
  const messages = REGION_MAP_MESSAGES[language];
  const shared = SHARED_MESSAGES[language];
  let indicator: Indicator | undefined;
  let slice: IndicatorSlice | null = null;
  const kit = options.kit;
  if (options.indicator && !kit) return { ok: false, code: 'needs-kit', message: '' };
  const choropleth = kit?.CHOROPLETH_MESSAGES[language];
  if (options.indicator && kit) {
    const chosen = kit.chooseIndicator(
      report,
      { indicator: options.indicator, scale: options.scale, year: options.year },
      language,
      (code) => !!findDivision(code),
    );
    if (!chosen.ok) return chosen;
    ({ indicator, slice } = chosen);
  }
  const values = regionValues(report, indicator ? null : metricId);
  if (!values.ok) return { ok: false, code: values.code, message: messages.unknownMetric(values.metricId) };

  const { entries } = values;
  const measure = values.measure;
  // A national place lies in no division: its stories and figures are said in words, never on a tile or in the legend.
  const nationalEntry = entries.get(COUNTRY_CODE);
  for (const code of [...entries.keys()]) if (!findDivision(code)) entries.delete(code);
  if (indicator && slice) {
    for (const entry of entries.values()) entry.value = null;
    for (const [code, value] of slice.values) {
      const entry = entries.get(code) ?? { code, value: null, places: [], stories: [] };
      entry.value = value.value;
      entries.set(code, entry);
    }
  }
  const metric = measure.kind === 'metric' ? measure.metric : null;
  const figure = indicator ? { label: indicator.label, unit: indicator.unit } : metric;
  const metricLabel = figure ? localize(figure.label, language) : '';
  // English metric labels are written to follow a number ("registered volunteers"); as a title they start with a capital.
  const measureLabel = figure
    ? language === 'en'
      ? metricLabel.charAt(0).toUpperCase() + metricLabel.slice(1)
      : metricLabel
    : messages.storiesMeasure;
  const noDataLabel = figure ? messages.noData : messages.noStories;
  const qualifierOf = (code: string) =>
    indicator ? (slice?.values.get(code)?.qualifier ?? 'exact') : (metric?.qualifier ?? 'exact');
  const formatValue = (value: number, code = '') =>
    figure
      ? formatQuantity({ value, unit: figure.unit, qualifier: qualifierOf(code) }, language, { units: report.units })
      : null;
  const classes =
    indicator && kit
      ? kit.buildClassScale(
          [...entries.values()].map((entry) => entry.value),
          {
            kind: (options.scale as ClassScaleKind | null) ?? null,
            classes: options.steps,
            breaks: indicator.breaks,
          },
        )
      : null;
  const stepScale = classes ? null : buildStepScale([...entries.values()].map((entry) => entry.value));
  const stepOf = (value: number | null) => (classes ? classes.step(value) : stepScale!.step(value));
  const display =
    indicator && classes
      ? kit!.indicatorDisplay(
          indicator,
          [...entries.values()].flatMap((entry) => (entry.value === null ? [] : [entry.value])),
          classes,
          language,
          report.units,
        )
      : null;
  const ranks =
    indicator && kit
      ? kit.rankValues(
          new Map(
            [...entries].flatMap(([code, entry]) =>
              entry.value === null ? [] : [[code, entry.value] as [string, number]],
            ),
          ),
        )
      : null;
  const ranked = ranks?.size ?? 0;
  const layout = gridLayout(DIVISION_GRID);

  const tiles = layout.tiles.map(({ division, x, y, size }): TileView => {
    const entry = entries.get(division.code);
    const value = entry?.value ?? null;
    const name = divisionName(division, language, 'full');
    let valueText = noDataLabel;
    let tileValue: string | null = null;
    if (value !== null) {
      const quantity = formatValue(value, division.code);
      tileValue = display ? display.tile(value) : quantity ? quantity.number : formatNumber(value, language);
      // After the division's name, a label that begins with it does not say it again (广东省，社工站：…).
      valueText =
        quantity && figure
          ? messages.metricValue(labelAfterPlace(metricLabel, name), quantity.text)
          : messages.storyCount(value, tileValue);
    }
    const rank = value === null ? null : (ranks?.get(division.code) ?? null);
    const rankText = rank === null || !kit ? null : kit.formatRank(rank, ranked, language);
    const groups = groupPlaces(entry?.places ?? []);
    const placesText = groups.length
      ? shared.list(
          groups.map(({ place, children }) => {
            const placeName = localize(place.name, language);
            return children.length
              ? messages.placeWithChildren(
                  placeName,
                  shared.list(children.map((child) => localize(child.name, language))),
                )
              : placeName;
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
      step: stepOf(value),
      placesText,
      markedPlaces: (entry?.places ?? []).filter(isBelowProvince).length,
      storyTitles: (entry?.stories ?? []).map((story) => localize(story.title, language)),
      accessibleName: messages.joinParts([
        name,
        valueText,
        ...(rankText ? [rankText] : []),
        ...(placesText ? [messages.places(placesText)] : []),
      ]),
      rank,
      rankText,
      date: value === null ? null : (slice?.values.get(division.code)?.date ?? null),
    };
  });

  const boundText = (value: number) => formatValue(value)?.text ?? formatNumber(value, language);
  const legend = classes
    ? classes.bins.map((bin) => ({ step: bin.step, label: display!.legend(bin) }))
    : stepScale!.bins.map((bin) => ({
        step: bin.step,
        label: bin.from === bin.to ? boundText(bin.from) : `${boundText(bin.from)}–${boundText(bin.to)}`,
      }));
  const noDataLegend = () => {
    const missing = tiles.filter((tile) => tile.value === null);
    return indicator && missing.length && missing.length <= 5
      ? choropleth!.noDataNamed(noDataLabel, shared.list(missing.map((tile) => tile.shortName)))
      : noDataLabel;
  };
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
      noDataLegend: noDataLegend(),
      hasMarkers: tiles.some((tile) => tile.markedPlaces > 0),
      tableRows,
      national: nationalView(report, nationalEntry?.places ?? [], nationalEntry?.stories ?? [], metric, language),
      indicator:
        indicator && classes && slice
          ? {
              indicator,
              scale: classes.kind,
              classes: classes.classes,
              year: slice.year,
              sourceLine: shared.source(
                localize(findSource(report, indicator.source)?.name, language) || indicator.source,
              ),
              note: indicator.note ? localize(indicator.note, language) : '',
            }
          : null,
    },
  };
}

/** The national line and table row, or null when the report has nothing of national scope. */
function nationalView(
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

export type { TableSort } from '../map/table-sort.js';
