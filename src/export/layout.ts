/**
 * Lays out an element's export model as an image scene: the heading, what the
 * element shows (the figure, the tile map with its legend, the stories), then
 * the source line and the report's attribution so that the image stands
 * alone (e.g. in a WeChat article). Pure: text widths come from `measure`.
 */
import { fitTileLabels, TILE_LINE_HEIGHT } from '../map/tile-labels.js';
import { TILE_SIZE } from '../map/tile-layout.js';
import type { CardFigure, ExportModel, GeoFigure, GeoRegion, ListFigure, MapFigure } from './export-model.js';
import type { Scene, SceneItem, SceneText } from './scene.js';
import { wrapText } from './text-wrap.js';

/** The element's colors, resolved to values an SVG file understands (#rrggbb or rgba()). */
export interface Palette {
  surface: string;
  surfaceAlt: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  /** Fills of the map's color steps 1–5, and the label color on each. */
  steps: string[];
  stepInk: string[];
  noData: string;
  noDataInk: string;
  /** Borders between divisions on the geographic map. */
  mapBorder: string;
}

export type Weight = SceneText['weight'];
/** The width of a text at a font size and weight, in CSS pixels. */
export type TextMeasure = (text: string, size: number, weight: Weight) => number;

export interface LayoutOptions {
  /** The image's width in CSS pixels (the element's width). */
  width: number;
  /** CSS font-family list. */
  font: string;
  palette: Palette;
  measure: TextMeasure;
}

/** Narrowest and widest image, in CSS pixels. */
export const MIN_IMAGE_WIDTH = 280;
export const MAX_IMAGE_WIDTH = 1200;
/** The tile grid is not drawn wider than the element draws it beside its legend (44rem). */
const MAX_GRID_WIDTH = 704;
const LINE_HEIGHT = 1.45;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Writes lines and shapes top to bottom inside the padding. */
class Flow {
  readonly items: SceneItem[] = [];
  y: number;
  constructor(
    private readonly options: LayoutOptions,
    readonly left: number,
    readonly width: number,
    top: number,
  ) {
    this.y = top;
  }

  /** The text wrapped to the width (less `indent`), one line box of size × 1.45 per line. */
  text(text: string, size: number, weight: Weight, fill: string, indent = 0): void {
    if (!text) return;
    const measure = (line: string) => this.options.measure(line, size, weight);
    const lineHeight = size * LINE_HEIGHT;
    for (const line of wrapText(text, this.width - indent, measure)) {
      this.items.push({
        type: 'text',
        x: this.left + indent,
        y: baseline(this.y, lineHeight, size),
        text: line,
        size,
        weight,
        fill,
      });
      this.y += lineHeight;
    }
  }

  gap(px: number): void {
    this.y += px;
  }

  rule(color: string): void {
    this.items.push({ type: 'rect', x: this.left, y: this.y, width: this.width, height: 1, fill: color });
    this.y += 1;
  }
}

/** The baseline that centres a line of CJK or Latin text in a line box. */
function baseline(top: number, lineHeight: number, size: number): number {
  return top + (lineHeight - size) / 2 + size * 0.86;
}

function layoutCard(flow: Flow, figure: CardFigure, options: LayoutOptions): void {
  const { palette, measure } = options;
  const { before, number, after } = figure.figure;
  // The figure as large as the card draws it (11% of the width), smaller when it would not fit on one line.
  let size = clamp(options.width * 0.11, 32, 64);
  const widthAt = (s: number) => measure(before, s / 2, 600) + measure(number, s, 700) + measure(after, s / 2, 600);
  if (widthAt(size) > flow.width) size = Math.max(16, (size * flow.width) / widthAt(size));
  const lineHeight = size * 1.2;
  const y = baseline(flow.y, lineHeight, size);
  let x = flow.left;
  for (const [text, partSize, weight] of [
    [before, size / 2, 600],
    [number, size, 700],
    [after, size / 2, 600],
  ] as const) {
    if (!text) continue;
    flow.items.push({ type: 'text', x, y, text, size: partSize, weight, fill: palette.accent });
    x += measure(text, partSize, weight);
  }
  flow.y += lineHeight;
  flow.gap(6);
  flow.text(figure.meta, 14, 400, palette.muted);
  if (figure.note) {
    flow.gap(6);
    const top = flow.y;
    flow.text(figure.note, 14, 400, palette.muted, 11);
    flow.items.push({ type: 'rect', x: flow.left, y: top, width: 3, height: flow.y - top, fill: palette.border });
  }
  if (figure.progress) {
    flow.gap(10);
    const { fraction, text } = figure.progress;
    flow.items.push({
      type: 'rect',
      x: flow.left,
      y: flow.y,
      width: flow.width,
      height: 10,
      radius: 5,
      fill: palette.surfaceAlt,
      stroke: palette.border,
    });
    if (fraction > 0)
      flow.items.push({
        type: 'rect',
        x: flow.left,
        y: flow.y,
        width: Math.max(10, flow.width * fraction),
        height: 10,
        radius: 5,
        fill: palette.accent,
      });
    flow.gap(14);
    flow.text(text, 14, 400, palette.muted);
  }
  if (figure.story) {
    flow.gap(6);
    flow.text(figure.story, 14, 400, palette.muted);
  }
}

/** The geographic map as the element draws it: outlines in step colors, the dashed line, the 南海诸岛 inset, markers, the selection. */
function layoutGeo(flow: Flow, geo: GeoFigure, options: LayoutOptions, hatched: boolean): void {
  const { palette, measure } = options;
  const scale = Math.min(flow.width, MAX_GRID_WIDTH) / geo.box.width;
  const x = flow.left - geo.box.minX * scale;
  const y = flow.y - geo.box.minY * scale;
  const path = (d: string, fill: string, stroke?: string, strokeWidth?: number) => {
    if (d) flow.items.push({ type: 'path', d, x, y, scale, fill, stroke, strokeWidth });
  };
  const fill = (step: number | null) => (step === null ? palette.noData : palette.steps[step - 1]);
  const region = ({ d, step }: GeoRegion) => {
    if (d)
      flow.items.push({
        type: 'path',
        d,
        x,
        y,
        scale,
        fill: fill(step),
        strokeWidth: 0.75,
        ...noDataLook(step, hatched, palette, palette.mapBorder),
      });
  };
  geo.regions.forEach(region);
  path(geo.dashes, palette.muted, palette.muted, 1.5);
  const inset = geo.inset;
  if (inset) {
    const left = x + inset.x * scale;
    const top = y + inset.y * scale;
    const width = inset.width * scale;
    const height = inset.height * scale;
    flow.items.push({ type: 'rect', x: left, y: top, width, height, fill: palette.surface, stroke: palette.border });
    path(inset.land, palette.surfaceAlt, palette.border, 0.5);
    inset.regions.forEach(region);
    path(inset.islands, palette.muted, palette.muted, 1);
    path(inset.dashes, palette.muted, palette.muted, 1.5);
    // The label in as few lines as keep it at 9 px or more, at most 12 px, in the inset's lower right corner.
    let lines = inset.labels[inset.labels.length - 1] ?? [];
    let size = 9;
    for (const candidate of inset.labels) {
      const fits = Math.min(12, (9 * (width - 8)) / Math.max(...candidate.map((line) => measure(line, 9, 400))));
      if (fits >= 9) {
        [lines, size] = [candidate, fits];
        break;
      }
    }
    lines.forEach((line, i) => {
      const baselineY = top + height - 4 - (lines.length - 1 - i) * size * 1.2;
      flow.items.push({
        type: 'text',
        x: left + width - 4 - measure(line, size, 400),
        y: baselineY,
        text: line,
        size,
        weight: 400,
        fill: palette.muted,
      });
    });
  }
  for (const marker of geo.markers)
    flow.items.push({
      type: 'circle',
      cx: x + marker.x * scale,
      cy: y + marker.y * scale,
      r: 4,
      fill: palette.text,
      stroke: palette.surface,
    });
  if (geo.selected) path(geo.selected, 'none', palette.text, 3);
  flow.y += geo.box.height * scale;
}

function layoutMap(flow: Flow, figure: MapFigure, options: LayoutOptions): void {
  const { palette, measure } = options;
  if (figure.geo) layoutGeo(flow, figure.geo, options, !!figure.hatchNoData);
  else layoutTiles(flow, figure, options);
  flow.gap(12);
  legend(flow, figure, palette, measure);
}

function layoutTiles(flow: Flow, figure: MapFigure, options: LayoutOptions): void {
  const { palette } = options;
  const { grid } = figure;
  const gridWidth = Math.min(flow.width, MAX_GRID_WIDTH);
  const scale = gridWidth / grid.width;
  const originX = flow.left - grid.minX * scale;
  const originY = flow.y - grid.minY * scale;
  const { fontPx, labels } = fitTileLabels(
    figure.tiles.map((tile) => ({ name: tile.name, abbreviation: tile.abbreviation, value: tile.value })),
    TILE_SIZE * scale,
  );
  figure.tiles.forEach((tile, i) => {
    const x = originX + tile.x * scale;
    const y = originY + tile.y * scale;
    const side = tile.size * scale;
    const fill = tile.step === null ? palette.noData : palette.steps[tile.step - 1];
    const ink = tile.step === null ? palette.noDataInk : palette.stepInk[tile.step - 1];
    flow.items.push({
      type: 'rect',
      x,
      y,
      width: side,
      height: side,
      radius: 8 * scale,
      fill,
      ...noDataLook(tile.step, !!figure.hatchNoData, palette, palette.border),
    });
    const label = labels[i];
    const rows = [...label.lines, ...(label.value === null ? [] : [label.value])];
    const lineHeight = fontPx * TILE_LINE_HEIGHT;
    rows.forEach((row, r) => {
      const centre = y + side / 2 + (r - (rows.length - 1) / 2) * lineHeight;
      const weight = r < label.lines.length ? 400 : 700;
      flow.items.push({
        type: 'text',
        x: x + side / 2,
        y: centre + fontPx * 0.35,
        text: row,
        size: fontPx,
        weight,
        fill: ink,
        anchor: 'middle',
      });
    });
    if (tile.marked) {
      const radius = clamp(side * 0.06, 3, 6);
      flow.items.push({
        type: 'circle',
        cx: x + side - radius - 4,
        cy: y + radius + 4,
        r: radius,
        fill: palette.text,
        stroke: palette.surface,
      });
    }
    if (tile.selected)
      flow.items.push({
        type: 'rect',
        x,
        y,
        width: side,
        height: side,
        radius: 8 * scale,
        fill: 'none',
        stroke: palette.text,
        strokeWidth: 3,
      });
  });
  flow.y += grid.height * scale;
}

/** A choropleth's division without a value as the map draws it: hatched, outlined with dashes, in its no-data label color. */
function noDataLook(
  step: number | null,
  hatched: boolean,
  palette: Palette,
  stroke: string,
): { stroke: string; hatch?: string } {
  return hatched && step === null ? { stroke: palette.noDataInk, hatch: palette.noDataInk } : { stroke };
}

/** The legend: swatches and labels in rows, wrapping like text. */
function legend(flow: Flow, figure: MapFigure, palette: Palette, measure: TextMeasure): void {
  const size = 13;
  const rowHeight = size * LINE_HEIGHT + 4;
  let x = flow.left;
  for (const entry of figure.legend) {
    const width = 14 + 6 + measure(entry.label, size, 400);
    if (x > flow.left && x + width > flow.left + flow.width) {
      x = flow.left;
      flow.y += rowHeight;
    }
    const top = flow.y + (rowHeight - 14) / 2;
    if (entry.step === 'marker') flow.items.push({ type: 'circle', cx: x + 7, cy: top + 7, r: 4, fill: palette.text });
    else
      flow.items.push({
        type: 'rect',
        x,
        y: top,
        width: 14,
        height: 14,
        radius: 3,
        fill: entry.step === null ? palette.noData : palette.steps[entry.step - 1],
        ...noDataLook(entry.step, !!figure.hatchNoData, palette, palette.border),
      });
    flow.items.push({
      type: 'text',
      x: x + 20,
      y: baseline(flow.y, rowHeight, size),
      text: entry.label,
      size,
      weight: 400,
      fill: palette.text,
    });
    x += width + 16;
  }
  flow.y += rowHeight;
}

function layoutList(flow: Flow, figure: ListFigure, options: LayoutOptions): void {
  const { palette } = options;
  flow.text(figure.status, 14, 400, palette.muted);
  for (const story of figure.stories) {
    flow.gap(10);
    flow.rule(palette.border);
    flow.gap(10);
    flow.text(story.title, 17, 600, palette.text);
    flow.gap(2);
    flow.text(story.meta, 13, 400, palette.muted);
    flow.text(story.sources, 13, 400, palette.muted);
    flow.gap(4);
    flow.text(story.summary, 15, 400, palette.text);
  }
}

/** The scene of an export model at a width (clamped to 280–1200 CSS pixels). */
export function layoutExport(model: ExportModel, options: LayoutOptions): Scene {
  const width = Math.round(clamp(options.width || 640, MIN_IMAGE_WIDTH, MAX_IMAGE_WIDTH));
  const laid = { ...options, width };
  const padding = Math.round(clamp(width * 0.05, 16, 32));
  const flow = new Flow(laid, padding, width - 2 * padding, padding);
  const { palette } = options;
  flow.text(model.title, width < 400 ? 17 : 19, 600, palette.text);
  flow.gap(8);
  const figure = model.figure;
  if (figure.kind === 'card') layoutCard(flow, figure, laid);
  else if (figure.kind === 'map') layoutMap(flow, figure, laid);
  else layoutList(flow, figure, laid);
  flow.gap(16);
  flow.rule(palette.border);
  flow.gap(8);
  flow.text(model.source, 13, 400, palette.muted);
  flow.text(model.attribution, 12, 400, palette.muted);
  return {
    width,
    height: Math.ceil(flow.y + padding),
    background: palette.surface,
    font: options.font,
    language: model.language,
    title: model.title,
    items: flow.items,
  };
}
