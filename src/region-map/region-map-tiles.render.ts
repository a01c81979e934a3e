/**
 * Drawing of the tile map (<sw-region-map>'s default layout, beside the geographic one in
 * region-map-geo.render.ts): one option per division with its square and place marker, the labels over the
 * tiles, sized to the tiles' width on screen, and the rings of the selected and focused tiles.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { TILE_SIZE } from '../map/tile-layout.js';
import { fitTileLabels, TILE_LINE_HEIGHT, type TileLabel } from '../map/tile-labels.js';
import type { RegionMapView, TileView } from './region-map.view.js';

/** Tile size assumed before the map has been measured. */
const UNMEASURED_TILE_PX = 56;

const stepClass = (tile: TileView) => (tile.step === null ? 'no-data' : `step-${tile.step}`);

/**
 * The content of the map's svg (its viewBox is `view.viewBox`): the tiles in the order of `view.tiles`, drawn
 * `width` CSS pixels wide (0: not measured yet); `tabStop` the tile with the tab stop, `tooltip` the one it describes.
 */
export function tileMapTemplate(
  view: RegionMapView,
  width: number,
  tabStop: TileView,
  selected: TileView | undefined,
  tooltip: TileView | undefined,
): TemplateResult {
  const scale = (width || (UNMEASURED_TILE_PX * view.viewBoxWidth) / TILE_SIZE) / view.viewBoxWidth;
  const { fontPx, labels } = fitTileLabels(
    view.tiles.map((tile) => ({ name: tile.shortName, abbreviation: tile.abbreviation, value: tile.tileValue })),
    TILE_SIZE * scale,
  );
  const ring = (tile: TileView, inset: number, className: string) =>
    svg`<rect class="ring ${className}" x=${tile.x + inset} y=${tile.y + inset} width=${tile.size - 2 * inset} height=${tile.size - 2 * inset} rx=${Math.max(2, 8 - inset)}></rect>`;
  return svg`${view.tiles.map((tile) => tileTemplate(tile, scale, tile === tabStop, tile === selected, tile === tooltip, !!view.indicator))}
    <g class="labels" aria-hidden="true" font-size=${fontPx / scale}>${view.tiles.map((tile, i) => labelTemplate(tile, labels[i], fontPx / scale))}</g>
    <g aria-hidden="true">${selected ? [ring(selected, 0, ''), ring(selected, 3 / scale, 'inner')] : nothing}${ring(tabStop, -4, 'focus')}</g>`;
}

/** One division's option: its square (hatched without a value on a choropleth) and its place marker. */
function tileTemplate(
  tile: TileView,
  scale: number,
  isTabStop: boolean,
  selected: boolean,
  describedByTooltip: boolean,
  hatch: boolean,
): TemplateResult {
  const radius = Math.min(6, Math.max(3, tile.size * scale * 0.06)) / scale;
  return svg`<g class="tile ${stepClass(tile)}" part=${selected ? 'tile selected' : 'tile'} role="option" data-code=${tile.code}
      tabindex=${isTabStop ? 0 : -1} aria-selected=${String(selected)} aria-label=${tile.accessibleName} aria-describedby=${describedByTooltip ? 'tooltip' : nothing}>
      <rect class="tile-shape" part="tile-shape" x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size} rx="8"></rect>
      ${hatch && tile.step === null ? svg`<rect class="hatch" fill="url(#no-data-hatch)" x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size} rx="8"></rect>` : nothing}
      ${
        tile.markedPlaces
          ? svg`<circle class="marker" part="marker" cx=${tile.x + tile.size - radius - 4 / scale} cy=${tile.y + radius + 4 / scale} r=${radius}></circle>`
          : nothing
      }
    </g>`;
}

/**
 * The visible label of a tile, drawn outside its option: the option's
 * accessible name already says all of it in full (广东省，1 篇报道), and the
 * label may be abbreviated (粤 / GD). Pointer events pass through to the tile.
 */
function labelTemplate(tile: TileView, label: TileLabel, fontSize: number): TemplateResult | typeof nothing {
  const rows = [...label.lines, ...(label.value === null ? [] : [label.value])];
  if (!rows.length) return nothing;
  const lineHeight = fontSize * TILE_LINE_HEIGHT;
  const x = tile.x + tile.size / 2;
  const firstY = tile.y + tile.size / 2 - ((rows.length - 1) * lineHeight) / 2;
  return svg`<text class="tile-label ${stepClass(tile)}" part="tile-label" data-label-for=${tile.code} text-anchor="middle" dominant-baseline="central">${rows.map(
    (row, i) =>
      i < label.lines.length
        ? svg`<tspan x=${x} y=${firstY + i * lineHeight}>${row}</tspan>`
        : svg`<tspan class="tile-value" part="tile-value" x=${x} y=${firstY + i * lineHeight}>${row}</tspan>`,
  )}</text>`;
}
