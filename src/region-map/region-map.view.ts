/**
 * Everything <sw-region-map> draws, in one language: tiles with their names,
 * values, steps and accessible names, the legend and the table rows. Pure:
 * the element only turns this into DOM. A tile's texts are in
 * region-map.tile-view.ts, the national line and row in region-map.national-view.ts,
 * an indicator's classes, ranks and legend in the choropleth's code (src/map/indicator-coloring.ts).
 */
import type { Indicator, Language, Metric, Report } from '../report/schema.js';
import type { IndicatorSlice } from '../map/indicator-values.js';
import { labelAfterPlace, localize } from '../format/language.js';
import { formatNumber, formatQuantity } from '../format/quantity.js';
import { DIVISION_GRID, findDivision, type Division } from '../map/divisions.js';
import { buildStepScale } from '../map/color-scale.js';
import type * as ChoroplethKit from '../map/choropleth-kit.js';
import type { IndicatorView, LegendStep, MapColoring } from '../map/map-coloring.js';
import { COUNTRY_CODE, findSource } from '../report/query.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { regionValues, type RegionEntry, type RegionMeasure } from '../map/region-values.js';
import { gridLayout } from '../map/tile-layout.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import { nationalView, type NationalView } from './region-map.national-view.js';
import { tileView } from './region-map.tile-view.js';

export type { IndicatorView, LegendStep } from '../map/map-coloring.js';
export type { NationalView } from './region-map.national-view.js';
export type { TableSort } from '../map/table-sort.js';

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
  kit?: Pick<typeof ChoroplethKit, 'chooseIndicator' | 'indicatorColoring'>;
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

/**
 * Writes a value of a division (`name`, `code`) in words (1 篇报道, 注册志愿者：超32万人, 无报道) and on its tile (1, 32万;
 * null for no data).
 */
export type ValueWriter = (value: number | null, code: string, name: string) => [text: string, tile: string | null];

/** The indicator a map shows and its values at the year shown. */
type IndicatorChosen = { indicator: Indicator; slice: IndicatorSlice };

export function regionMapView(
  report: Report,
  metricId: string | null | undefined,
  language: Language,
  options: RegionMapOptions = {},
): RegionMapViewResult {
  const messages = REGION_MAP_MESSAGES[language];
  const shared = SHARED_MESSAGES[language];
  const kit = options.kit;
  let chosen: IndicatorChosen | undefined;
  if (options.indicator) {
    if (!kit) return { ok: false, code: 'needs-kit', message: '' };
    const choice = kit.chooseIndicator(
      report,
      options as { indicator: string },
      language,
      (code) => !!findDivision(code),
    );
    if (!choice.ok) return choice;
    chosen = choice;
  }
  const values = regionValues(report, chosen ? null : metricId);
  if (!values.ok) return { ok: false, code: values.code, message: messages.unknownMetric(values.metricId) };

  const { entries, measure } = values;
  // A national place lies in no division: its stories and figures are said in words, never on a tile or in the legend.
  const nationalEntry = entries.get(COUNTRY_CODE);
  for (const code of [...entries.keys()]) if (!findDivision(code)) entries.delete(code);
  const metric = measure.kind === 'metric' ? measure.metric : null;
  const [measureLabel, noDataLabel, formatValue, writer] = measureWording(report, metric, chosen, language);
  const coloring = chosen
    ? kit!.indicatorColoring(report, chosen, entries, options, language)
    : stepColoring(entries, formatValue, language);
  const write = writer(coloring);
  const indicator = coloring.indicator;
  const layout = gridLayout(DIVISION_GRID);
  const tiles = layout.tiles.map((box) => tileView(box, entries.get(box.division.code), write, coloring, language));
  const missing = tiles.filter((tile) => tile.value === null).map((tile) => tile.shortName);
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
      legend: coloring.legend,
      noDataLabel,
      noDataLegend: indicator ? indicator.noData(noDataLabel, missing, shared.list) : noDataLabel,
      hasMarkers: tiles.some((tile) => tile.markedPlaces > 0),
      tableRows,
      national: nationalView(report, nationalEntry?.places ?? [], nationalEntry?.stories ?? [], metric, language),
      indicator: indicator
        ? {
            ...indicator,
            sourceLine: shared.source(
              localize(findSource(report, indicator.indicator.source)?.name, language) || indicator.indicator.source,
            ),
            note: indicator.indicator.note ? localize(indicator.indicator.note, language) : '',
          }
        : null,
    },
  };
}

/**
 * How the measure is named (报道数量 / Number of stories, or the metric's or indicator's label) and its values
 * written: as quantities (`formatValue`), and in words and on the tiles (`writer`, once the coloring says what an
 * indicator's tiles show).
 */
function measureWording(
  report: Report,
  metric: Metric | null,
  chosen: IndicatorChosen | undefined,
  language: Language,
) {
  const messages = REGION_MAP_MESSAGES[language];
  const figure = chosen ? { label: chosen.indicator.label, unit: chosen.indicator.unit } : metric;
  const metricLabel = figure ? localize(figure.label, language) : '';
  // English metric labels are written to follow a number ("registered volunteers"); as a title they start with a capital.
  const measureLabel = figure
    ? language === 'en'
      ? metricLabel.charAt(0).toUpperCase() + metricLabel.slice(1)
      : metricLabel
    : messages.storiesMeasure;
  const noDataLabel = figure ? messages.noData : messages.noStories;
  const formatValue = (value: number, code = '') =>
    figure
      ? formatQuantity(
          {
            value,
            unit: figure.unit,
            qualifier: (chosen ? chosen.slice.values.get(code)?.qualifier : metric?.qualifier) ?? 'exact',
          },
          language,
          { units: report.units },
        )
      : null;
  const writer =
    (coloring: MapColoring): ValueWriter =>
    (value, code, name) => {
      if (value === null) return [noDataLabel, null];
      const quantity = formatValue(value, code);
      const tile = coloring.indicator
        ? coloring.indicator.tile(value)
        : quantity
          ? quantity.number
          : formatNumber(value, language);
      // After the division's name, a label that begins with it does not say it again (广东省，社工站：…).
      return [
        quantity && figure
          ? messages.metricValue(labelAfterPlace(metricLabel, name), quantity.text)
          : messages.storyCount(value, tile),
        tile,
      ];
    };
  return [measureLabel, noDataLabel, formatValue, writer] as const;
}

/** Story counts and metrics in five color steps; the legend's bins as the values are written (1, 2–3, 超32万人). */
function stepColoring(
  entries: Map<string, RegionEntry>,
  formatValue: (value: number) => { text: string } | null,
  language: Language,
): MapColoring {
  const scale = buildStepScale([...entries.values()].map((entry) => entry.value));
  const boundText = (value: number) => formatValue(value)?.text ?? formatNumber(value, language);
  return {
    step: scale.step,
    legend: scale.bins.map((bin) => ({
      step: bin.step,
      label: bin.from === bin.to ? boundText(bin.from) : `${boundText(bin.from)}–${boundText(bin.to)}`,
    })),
  };
}
