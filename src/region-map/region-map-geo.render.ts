/**
 * Drawing of <sw-region-map layout="geo">: the divisions, markers, rings and
 * the 南海诸岛 inset as SVG templates, and their styles. Loaded on demand with
 * the geographic module (geo-module.ts), so that it costs the element's
 * bundle nothing. It imports no Lit at run time: the element passes its own
 * `svg` and `nothing`, so that the templates belong to the element's Lit.
 */
import type { nothing as litNothing, svg as litSvg, TemplateResult } from 'lit';
import type { GeoLoadError, GeoMapLayout } from '../map/geo-map.js';
import type { Language, Place } from '../report/schema.js';
import { REGION_MAP_GEO_DRAWING_MESSAGES } from './region-map-geo.messages.js';
import type { RegionMapView } from './region-map.view.js';

/** The element's Lit template functions. */
export interface LitParts {
  svg: typeof litSvg;
  nothing: typeof litNothing;
}

export interface GeoMapOptions {
  /** CSS pixels per viewBox unit. */
  scale: number;
  tabStop: string;
  selected: string | null;
  hover: string | null;
  /** The division the tooltip describes. */
  tooltip: string | null;
  /** The report's places; those with coordinates get a marker. */
  places: readonly Place[];
  language: Language;
}

/** Below this size on screen (CSS px), a division gets a round hit area and round rings (Hong Kong, Macao). */
const SMALL_PX = 10;

/** The content of the map's svg (its viewBox is `map.viewBox`): one option per division, in the order of `view.tiles`. */
export function geoMapTemplate({ svg, nothing }: LitParts, view: RegionMapView, map: GeoMapLayout, o: GeoMapOptions): TemplateResult {
  const px = (cssPixels: number) => cssPixels / o.scale;
  const shapes = new Map(map.divisions.map((shape) => [shape.code, shape]));
  const step = (code: string) => {
    const value = view.tiles.find((tile) => tile.code === code)?.step;
    return value ? `step-${value}` : 'no-data';
  };
  const small = (code: string) => {
    const [[left, top], [right, bottom]] = shapes.get(code)!.bounds;
    return Math.max(right - left, bottom - top) * o.scale < SMALL_PX;
  };
  const ring = (code: string | null, className: string, radius: number) => {
    const shape = shapes.get(code ?? '');
    if (!shape) return nothing;
    return small(shape.code)
      ? svg`<circle class="ring ${className}" cx=${shape.centroid[0]} cy=${shape.centroid[1]} r=${px(radius)}></circle>`
      : svg`<path class="ring ${className}" d=${shape.d}></path>`;
  };
  const markers = o.places.flatMap((place) => {
    const at = place.coordinates && map.project(place.coordinates.lon, place.coordinates.lat);
    return at ? [{ code: place.provinceCode, at }] : [];
  });
  const inset = map.inset;
  // The inset's label fits its width (CJK characters are about 1em wide, Latin ones about 0.55em), in as
  // few lines as keep it at 9 px or more; at most 12 px.
  let insetLines: string[] = [];
  let font = 0;
  for (const lines of REGION_MAP_GEO_DRAWING_MESSAGES[o.language].insetLabel) {
    if (font >= px(9) || !inset) break;
    const ems = Math.max(...lines.map((line) => [...line].reduce((sum, c) => sum + (c > '\u2e80' ? 1 : 0.55), 0)));
    [insetLines, font] = [lines, Math.min(px(12), (inset.width - px(8)) / ems)];
  }

  return svg`${view.tiles.map((tile) => {
      const shape = shapes.get(tile.code)!;
      const selected = tile.code === o.selected;
      return svg`<g class="tile ${step(tile.code)}" part=${selected ? 'region selected' : 'region'} role="option" data-code=${tile.code}
        tabindex=${tile.code === o.tabStop ? 0 : -1} aria-selected=${String(selected)} aria-label=${tile.accessibleName} aria-describedby=${tile.code === o.tooltip ? 'tooltip' : nothing}>
        <path class="region-shape" part="region-shape" d=${shape.d}></path>
        ${view.indicator && tile.step === null ? svg`<path class="hatch" fill="url(#no-data-hatch)" d=${shape.d}></path>` : nothing}
        ${small(tile.code) ? svg`<circle class="hit" cx=${shape.centroid[0]} cy=${shape.centroid[1]} r=${px(SMALL_PX / 2)}></circle>` : nothing}
        ${markers.filter((marker) => marker.code === tile.code).map(({ at }) => svg`<circle class="marker" part="marker" cx=${at[0]} cy=${at[1]} r=${px(4)}></circle>`)}
      </g>`;
    })}
    <path class="dash" d=${map.dashes}></path>
    ${inset
      ? svg`<g class="inset" part="inset" aria-hidden="true">
          <rect class="inset-frame" x=${inset.x} y=${inset.y} width=${inset.width} height=${inset.height}></rect>
          <path class="land" d=${inset.land}></path>
          ${inset.divisions.map((division) => svg`<path class="region-shape ${step(division.code)}" d=${division.d}></path>${view.indicator && step(division.code) === 'no-data' ? svg`<path class="hatch" fill="url(#no-data-hatch)" d=${division.d}></path>` : nothing}`)}
          <path class="island" d=${inset.islands}></path>
          <path class="dash" d=${inset.dashes}></path>
          <text class="inset-label" font-size=${font} text-anchor="end">${insetLines.map(
            (line, i) => svg`<tspan x=${inset.x + inset.width - px(4)} y=${inset.y + inset.height - px(4) - (insetLines.length - 1 - i) * font * 1.2}>${line}</tspan>`,
          )}</text>
        </g>`
      : nothing}
    <g aria-hidden="true">${o.hover !== o.selected ? ring(o.hover, 'hover', 6) : nothing}${ring(o.selected, '', 7)}${ring(o.selected, 'inner', 7)}${ring(o.tabStop, 'focus', 9)}</g>`;
}

/** Why the geometry could not be used, in the reader's language (the element names the URL). */
export function describeGeoFailure(error: GeoLoadError, language: Language, timeoutMs: number): string {
  const failure = error.failure ?? 'invalid';
  return REGION_MAP_GEO_DRAWING_MESSAGES[language].reasons[failure](failure === 'timeout' ? Math.round(timeoutMs / 100) / 10 : (error.status ?? 0));
}

/**
 * Styles of the geographic map, added to the element's shadow root when this
 * module loads (region-map-geo.ts: a constructed stylesheet, which a strict CSP allows, or Lit's `<style>` where
 * the engine has none): the tile map's step colors (`.step-N` set `--_fill`) on the shapes, thin
 * borders (`--_map-border`, region-map.styles.ts), the sea and the inset. Rings and markers use the tile map's styles.
 */
export const GEO_CSS = `
  .region-shape {
    fill: var(--_fill, var(--sw-map-no-data, var(--_surface-alt)));
    stroke: var(--_map-border);
    stroke-width: 0.75px;
    stroke-linejoin: round;
  }
  .region-shape, .dash, .island, .land, .inset-frame {
    vector-effect: non-scaling-stroke;
  }
  /* A choropleth's divisions without a value: dashed as on the tile map (and in the exported image). */
  .choropleth .no-data.region-shape, .choropleth .no-data .region-shape {
    stroke: var(--sw-map-no-data-text, var(--_text-muted));
    stroke-dasharray: 4 3;
  }
  .hit {
    fill: transparent;
  }
  .ring.hover {
    stroke-width: 2px;
  }
  .dash, .island {
    fill: var(--_text-muted);
    stroke: var(--_text-muted);
    stroke-width: 1.5px;
  }
  .island {
    stroke-width: 1px;
  }
  .inset {
    pointer-events: none;
  }
  .inset-frame {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .land {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    stroke-width: 0.5px;
  }
  .inset-label {
    fill: var(--_text-muted);
  }
`;
