/**
 * What <sw-region-map> exports: every division with its value (those with
 * data first, largest first, as the map's table; then the rest) as CSV, and
 * the tile grid with its legend as an image model. Pure; loaded with the
 * export code, not with the element.
 */
import { localize } from '../format/language.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { findSource, storyProvinceCodes } from '../report/query.js';
import type { Language, Report } from '../report/schema.js';
import { EXPORT_MESSAGES } from '../export/export.messages.js';
import { REGION_MAP_EXPORT_MESSAGES } from './region-map.export.messages.js';
import type { GeoMapLayout } from '../map/geo-map.js';
import {
  ExportProblem,
  fileNamePart,
  reportAttribution,
  type ExportModel,
  type GeoFigure,
} from '../export/export-model.js';
import { CHOROPLETH_MESSAGES } from '../map/choropleth.messages.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import { REGION_MAP_GEO_DRAWING_MESSAGES } from './region-map-geo.messages.js';
import { regionMapView } from './region-map.view.js';
// The export code is loaded on demand itself: it carries the choropleth code it needs rather than loading it again.
import { chooseIndicator } from '../map/indicator-choice.js';
import { indicatorColoring } from '../map/indicator-coloring.js';

export interface RegionMapExportOptions {
  metric: string | null;
  selected: string | null;
  /** The geographic layout, when the map draws it. */
  geo?: GeoMapLayout;
  /** The indicator the map draws, if any (its attributes). */
  indicator?: { id: string; scale: string | null; steps: number | null; year: string | null };
}

/** The geographic map in the colors of the view's steps, with the report's places as markers. */
function geoFigure(
  map: GeoMapLayout,
  steps: Map<string, number | null>,
  report: Report,
  language: Language,
  selected: string | null,
): GeoFigure {
  const [minX, minY, width, height] = map.viewBox.split(' ').map(Number);
  const region = ({ code, d }: { code: string; d: string }) => ({ code, d, step: steps.get(code) ?? null });
  const inset = map.inset;
  return {
    box: { minX, minY, width, height },
    regions: map.divisions.map(region),
    dashes: map.dashes,
    inset: inset && {
      ...inset,
      regions: inset.divisions.map(region),
      labels: REGION_MAP_GEO_DRAWING_MESSAGES[language].insetLabel,
    },
    markers: report.places.flatMap((place) => {
      const at = place.coordinates && map.project(place.coordinates.lon, place.coordinates.lat);
      return at ? [{ x: at[0], y: at[1] }] : [];
    }),
    selected: map.divisions.find((division) => division.code === selected)?.d ?? null,
  };
}

export function regionMapExport(report: Report, language: Language, options: RegionMapExportOptions): ExportModel {
  const indicator = options.indicator;
  const result = regionMapView(
    report,
    options.metric,
    language,
    indicator
      ? {
          indicator: indicator.id,
          scale: indicator.scale,
          steps: indicator.steps,
          year: indicator.year,
          kit: { chooseIndicator, indicatorColoring },
        }
      : {},
  );
  if (!result.ok) throw new ExportProblem(result.message);
  const view = result.view;
  const messages = EXPORT_MESSAGES[language];
  const shared = SHARED_MESSAGES[language];
  const headers = REGION_MAP_EXPORT_MESSAGES[language];
  const metric = view.measure.kind === 'metric' ? view.measure.metric : null;

  // The source of a metric, or of every story the map counts.
  const mapped = report.stories.filter((story) => storyProvinceCodes(report, story).length > 0);
  const sourceIds = metric ? [metric.source] : [...new Set(mapped.flatMap((story) => story.sources))];
  const sourceNames = sourceIds.map((id) => localize(findSource(report, id)?.name, language) || id);

  const shown = view.indicator;
  // With an indicator: one row per division with its value, unit, date and rank (no data: empty cells).
  const rows = [...view.tableRows, ...view.tiles.filter((tile) => tile.value === null)].map((tile) => [
    tile.code,
    tile.name,
    tile.value,
    ...(shown ? [tile.value === null ? '' : shown.indicator.unit, tile.date ?? '', tile.rank ?? ''] : []),
    tile.value === null ? '' : tile.valueText,
    tile.placesText ?? '',
    tile.storyTitles.join(messages.cellSeparator),
  ]);
  const [minX, minY, width, height] = view.viewBox.split(' ').map(Number);
  return {
    language,
    fileName: `sw-region-map-${shown ? `${fileNamePart(shown.indicator.id)}-${shown.year}` : fileNamePart(metric?.id) || 'stories'}`,
    title: shown ? CHOROPLETH_MESSAGES[language].indicatorTitle(view.mapLabel, shown.year) : view.mapLabel,
    source: shown ? shown.sourceLine : sourceNames.length ? shared.source(shared.list(sourceNames)) : '',
    attribution: reportAttribution(report, language),
    table: {
      header: [
        headers.code,
        headers.division,
        view.measureLabel,
        ...(shown
          ? [
              CHOROPLETH_MESSAGES[language].unitHeader,
              CHOROPLETH_MESSAGES[language].dateHeader,
              CHOROPLETH_MESSAGES[language].rankHeader,
            ]
          : []),
        headers.shownAs,
        headers.places,
        headers.stories,
      ],
      rows,
    },
    figure: {
      kind: 'map',
      geo:
        options.geo &&
        geoFigure(
          options.geo,
          new Map(view.tiles.map((tile) => [tile.code, tile.step])),
          report,
          language,
          options.selected,
        ),
      grid: { minX, minY, width, height },
      hatchNoData: !!shown,
      tiles: view.tiles.map((tile) => ({
        code: tile.code,
        x: tile.x,
        y: tile.y,
        size: tile.size,
        step: tile.step,
        name: tile.shortName,
        abbreviation: tile.abbreviation,
        value: tile.tileValue,
        marked: tile.markedPlaces > 0,
        selected: tile.code === options.selected,
      })),
      legend: [
        ...view.legend.map(({ step, label }) => ({ step, label })),
        { step: null, label: view.noDataLegend },
        ...(view.hasMarkers ? [{ step: 'marker' as const, label: REGION_MAP_MESSAGES[language].markerLegend }] : []),
      ],
    },
  };
}
