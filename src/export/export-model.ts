/**
 * What an element exports, worked out from the report with no DOM: the CSV
 * table and the figure the image draws, with the title, source line and the
 * report's attribution that make the image stand alone. Each element builds
 * its model in `src/<element>/<element>.export.ts`; the element class only
 * says what it shows (an `ExportRequest`).
 */
import type { Language, Report } from '../report/schema.js';
import { localize } from '../format/language.js';
import type { QuantityParts } from '../format/quantity.js';
import type { GeoMapLayout } from '../map/geo-map.js';
import type { CsvTable } from './csv.js';
import { EXPORT_MESSAGES } from './export.messages.js';

/** What an element shows, as its class tells the exporter (attributes and state that change the content). */
export type ExportRequest =
  | { kind: 'stat-card'; metric: string | null; story: boolean }
  | {
      kind: 'region-map';
      metric: string | null;
      selected: string | null;
      /** The geographic layout as drawn (layout="geo" once its geometry has loaded); otherwise the tile grid. */
      geo?: GeoMapLayout;
      /** The indicator the map draws (`indicator`, `scale`, `steps`, `year` attributes), if any. */
      indicator?: { id: string; scale: string | null; steps: number | null; year: string | null };
    }
  | {
      kind: 'story-list';
      /** The division filter in effect (the list's own, or its map's selection). */
      region: string | null;
      tag: string | null;
      sort: 'date' | 'title';
      /** How many stories are on screen: the image shows these, the CSV all that match. */
      shown: number;
    };

export interface CardFigure {
  kind: 'card';
  figure: QuantityParts;
  /** 潮州市 · 2024年6月 */
  meta: string;
  note?: string;
  progress?: { fraction: number; text: string };
  /** 报道：title, when the card shows its story. */
  story?: string;
}

export interface MapTile {
  code: string;
  /** In the grid's units (a tile is 100). */
  x: number;
  y: number;
  size: number;
  /** Color step 1–5, or null for no data. */
  step: number | null;
  /** 广东 / Guangdong */
  name: string;
  /** 粤 / GD */
  abbreviation: string;
  /** The value on the tile, or null. */
  value: string | null;
  marked: boolean;
  selected: boolean;
}

/** A division's outline in the geographic layout (SVG path data in the map's units). */
export interface GeoRegion {
  code: string;
  d: string;
  step: number | null;
}

/** The geographic map as the element draws it: outlines, the dashed line, the 南海诸岛 inset, markers. */
export interface GeoFigure {
  box: { minX: number; minY: number; width: number; height: number };
  regions: GeoRegion[];
  dashes: string;
  inset: {
    x: number;
    y: number;
    width: number;
    height: number;
    land: string;
    islands: string;
    dashes: string;
    regions: GeoRegion[];
    /** Ways to write its label, fewest lines first. */
    labels: string[][];
  } | null;
  /** The report's places, projected. */
  markers: Array<{ x: number; y: number }>;
  /** The outline of the selected division, if any. */
  selected: string | null;
}

export interface MapFigure {
  kind: 'map';
  /** Set for layout="geo": drawn instead of the tiles. */
  geo?: GeoFigure;
  /** The grid's box, in the tiles' units. */
  grid: { minX: number; minY: number; width: number; height: number };
  tiles: MapTile[];
  /** Set for an indicator (a choropleth): divisions without a value and the no-data swatch are hatched, with dashed outlines. */
  hatchNoData?: boolean;
  /** Steps 1–5 with their ranges, then no data (step null), then the place marker when used. */
  legend: Array<{ step: number | null | 'marker'; label: string }>;
}

export interface ListFigure {
  kind: 'list';
  /** 共 4 篇报道 */
  status: string;
  stories: Array<{ title: string; meta: string; sources: string; summary: string }>;
}

export interface ExportModel {
  language: Language;
  /** The download's name without extension: sw-stat-card-chaozhou-volunteers. */
  fileName: string;
  /** The image's heading. */
  title: string;
  /** 据《潮州日报》 / Source: Chaozhou Daily */
  source: string;
  /** 报告：社工资讯摘编（2024年6月） */
  attribution: string;
  table: CsvTable;
  figure: CardFigure | MapFigure | ListFigure;
}

/**
 * Builds an element's export model from its report, language and request (the request's own variant): each element
 * has one in its `*.export.ts` and loads it on demand; the shared export code never imports an element.
 */
export type ExportModelBuilder = (report: Report, language: Language, request: never) => ExportModel;

/** What an element shows, read before the export code loads (SwElement's export tools, src/base/export-tools.ts). */
export interface ExportSubject {
  data: Report | undefined;
  request: ExportRequest | undefined;
  /** The element's export model (its `*.export.ts`), loading. */
  builder: Promise<ExportModelBuilder> | undefined;
  language: Language;
  /** Why there is nothing to export while there is no report: the element's error, or that it is loading. */
  unavailable: string;
}

/** Why an element has nothing to export (unknown metric, ...): the message it shows. */
export class ExportProblem extends Error {
  override name = 'ExportProblem';
}

/** Safe, short file-name part: letters, digits and dashes of an id. */
export function fileNamePart(id: string | null | undefined): string {
  return (id ?? '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The footer line naming the report: 报告：社工资讯摘编（2024年6月）. */
export function reportAttribution(report: Report, language: Language): string {
  return EXPORT_MESSAGES[language].attribution(localize(report.title, language), localize(report.publisher, language));
}
