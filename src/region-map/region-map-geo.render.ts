/**
 * Drawing of <sw-region-map layout="geo">: the divisions, markers, rings and
 * the 南海诸岛 inset as SVG templates, and their styles. Loaded on demand with
 * the geographic module (geo-module.ts), so that it costs the element's
 * bundle nothing. It imports no Lit at run time: the element passes its own
 * `svg` and `nothing`, so that the templates belong to the element's Lit.
 */
import type { nothing as litNothing, svg as litSvg, TemplateResult } from 'lit';
import type { GeoLoadError, GeoMapLayout } from '../map/geo-map.js';
import { isSmall, placeCallouts, type Callout } from '../map/geo-callouts.js';
import { estimateWidthEm } from '../map/tile-labels.js';
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

/** Callouts of a map at one width and language, kept while neither changes (every hover renders the map again). */
const calloutCache = new WeakMap<
  GeoMapLayout,
  { key: string; callouts: Map<string, Callout & { label: string; fontPx: number }> }
>();

/**
 * The callouts of the divisions too small to point at (isSmall): each
 * labelled with its short name (香港, Macao), or all with their
 * abbreviations (HK, MO) when a name would be wider than 7% of the map.
 */
function callouts(view: RegionMapView, map: GeoMapLayout, scale: number, language: Language) {
  const key = `${scale.toFixed(4)} ${language}`;
  const cached = calloutCache.get(map);
  if (cached?.key === key) return cached.callouts;
  const fontPx = map.width * scale < 480 ? 11 : 12;
  const small = map.divisions.filter((division) => isSmall(division.bounds, scale));
  const tiles = new Map(view.tiles.map((tile) => [tile.code, tile]));
  const names = small.map((division) => tiles.get(division.code)!.shortName);
  const fits = names.every((name) => estimateWidthEm(name) * fontPx <= Math.max(48, 0.07 * map.width * scale));
  const labels = small.map((division, i) => (fits ? names[i] : tiles.get(division.code)!.abbreviation));
  const placed = placeCallouts(
    small.map((division, i) => ({
      code: division.code,
      centroid: division.centroid,
      bounds: division.bounds,
      labelPx: estimateWidthEm(labels[i]) * fontPx,
    })),
    {
      scale,
      width: map.width,
      height: map.height,
      avoid: map.inset ? [map.inset] : [],
      landMask: map.landMask,
      fontPx,
    },
  );
  const result = new Map(placed.map((callout, i) => [callout.code, { ...callout, label: labels[i], fontPx }]));
  calloutCache.set(map, { key, callouts: result });
  return result;
}

/** The content of the map's svg (its viewBox is `map.viewBox`): one option per division, in the order of `view.tiles`. */
export function geoMapTemplate(
  { svg, nothing }: LitParts,
  view: RegionMapView,
  map: GeoMapLayout,
  o: GeoMapOptions,
): TemplateResult {
  const px = (cssPixels: number) => cssPixels / o.scale;
  const shapes = new Map(map.divisions.map((shape) => [shape.code, shape]));
  const steps = new Map(view.tiles.map((tile) => [tile.code, tile.step ? `step-${tile.step}` : 'no-data']));
  const step = (code: string) => steps.get(code) ?? 'no-data';
  const calloutOf = callouts(view, map, o.scale, o.language);
  const hatch = (code: string) => view.indicator && step(code) === 'no-data';
  // Rings go round a callout (its box is the target) or follow the division's outline.
  const ring = (code: string | null, className: string, outset: number) => {
    const shape = shapes.get(code ?? '');
    if (!shape) return nothing;
    const callout = calloutOf.get(shape.code);
    if (!callout) return svg`<path class="ring ${className}" d=${shape.d}></path>`;
    const { x, y, width, height } = callout.box;
    return svg`<rect class="ring ${className}" x=${x - px(outset)} y=${y - px(outset)} width=${width + px(2 * outset)} height=${height + px(2 * outset)} rx=${px(3 + outset)}></rect>`;
  };
  // Drawn above every division, so that none covers a callout or its leader; a pointer on it reaches the division
  // by its data-code (the option, with the division's name, is the shape's group: the callout is hidden from assistive technology).
  const calloutTemplate = ({ code, box, leader, label, fontPx }: Callout & { label: string; fontPx: number }) =>
    svg`<g class="tile ${step(code)}" data-code=${code} data-callout="" aria-hidden="true"><line class="leader" x1=${leader[0][0]} y1=${leader[0][1]} x2=${leader[1][0]} y2=${leader[1][1]}></line>
      <circle class="leader-end" cx=${leader[0][0]} cy=${leader[0][1]} r=${px(1.5)}></circle>
      <rect class="callout region-shape" part="callout" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx=${px(3)}></rect>
      ${hatch(code) ? svg`<rect class="hatch" fill="url(#no-data-hatch)" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx=${px(3)}></rect>` : nothing}
      <text class="callout-label" x=${box.x + box.width / 2} y=${box.y + box.height / 2} font-size=${px(fontPx)} text-anchor="middle" dominant-baseline="central">${label}</text></g>`;
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
        ${markers.filter((marker) => marker.code === tile.code).map(({ at }) => svg`<circle class="marker" part="marker" cx=${at[0]} cy=${at[1]} r=${px(4)}></circle>`)}
      </g>`;
  })}
    <path class="dash" d=${map.dashes}></path>
    ${
      inset
        ? svg`<g class="inset" part="inset" aria-hidden="true">
          <rect class="inset-frame" x=${inset.x} y=${inset.y} width=${inset.width} height=${inset.height}></rect>
          <path class="land" d=${inset.land}></path>
          ${inset.divisions.map((division) => svg`<path class="region-shape ${step(division.code)}" d=${division.d}></path>${hatch(division.code) ? svg`<path class="hatch" fill="url(#no-data-hatch)" d=${division.d}></path>` : nothing}`)}
          <path class="island" d=${inset.islands}></path>
          <path class="dash" d=${inset.dashes}></path>
          <text class="inset-label" font-size=${font} text-anchor="end">${insetLines.map(
            (line, i) =>
              svg`<tspan x=${inset.x + inset.width - px(4)} y=${inset.y + inset.height - px(4) - (insetLines.length - 1 - i) * font * 1.2}>${line}</tspan>`,
          )}</text>
        </g>`
        : nothing
    }
    ${[...calloutOf.values()].map(calloutTemplate)}
    <g aria-hidden="true">${o.hover !== o.selected ? ring(o.hover, 'hover', 1) : nothing}${ring(o.selected, '', 2)}${ring(o.selected, 'inner', 2)}${ring(o.tabStop, 'focus', 4)}</g>`;
}

/** Why the geometry could not be used, in the reader's language (the element names the URL). */
export function describeGeoFailure(error: GeoLoadError, language: Language, timeoutMs: number): string {
  const failure = error.failure ?? 'invalid';
  return REGION_MAP_GEO_DRAWING_MESSAGES[language].reasons[failure](
    failure === 'timeout' ? Math.round(timeoutMs / 100) / 10 : (error.status ?? 0),
  );
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
  .region-shape, .dash, .island, .land, .inset-frame, .leader {
    vector-effect: non-scaling-stroke;
  }
  /* A choropleth's divisions without a value: dashed as on the tile map (and in the exported image). */
  .choropleth .no-data.region-shape, .choropleth .no-data .region-shape {
    stroke: var(--sw-map-no-data-text, var(--_text-muted));
    stroke-dasharray: 4 3;
  }
  /* A small division's callout: colored like it, its target for pointer, touch and keyboard. */
  .callout {
    stroke: var(--_text-muted);
  }
  .callout-label {
    fill: var(--_ink, var(--sw-map-no-data-text, var(--_text-muted)));
    pointer-events: none;
  }
  .leader {
    stroke: var(--_text-muted);
    stroke-width: 1px;
  }
  .leader-end {
    fill: var(--_text-muted);
  }
  /* Only the box is a target: a leader crossing other divisions leaves them to the pointer. */
  .leader, .leader-end {
    pointer-events: none;
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
