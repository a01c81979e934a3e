/**
 * The map's part of an exported image: the tile grid or the geographic map as the element draws it, then its
 * legend. Pure: text widths come from the layout options' `measure`.
 */
import { fitTileLabels, TILE_LINE_HEIGHT } from '../map/tile-labels.js';
import { TILE_SIZE } from '../map/tile-layout.js';
import type { GeoFigure, GeoRegion, MapFigure } from './export-model.js';
import {
  baseline,
  clamp,
  LINE_HEIGHT,
  type Flow,
  type LayoutOptions,
  type Palette,
  type TextMeasure,
} from './layout-flow.js';

/** The tile grid is not drawn wider than the element draws it beside its legend (44rem). */
const MAX_GRID_WIDTH = 704;

export function layoutMap(flow: Flow, figure: MapFigure, options: LayoutOptions): void {
  const { palette, measure } = options;
  if (figure.geo) layoutGeo(flow, figure.geo, options, !!figure.hatchNoData);
  else layoutTiles(flow, figure, options);
  flow.gap(12);
  legend(flow, figure, palette, measure);
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
