/**
 * The figure of <sw-region-map>: the map's svg (a listbox of the divisions, drawn as tiles or, with
 * `layout="geo"`, geographically) with the reader's keyboard, pointer and focus listeners, the keyboard hint (用方向键在地图上移动…)
 * and the tooltip.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type * as ChoroplethKit from '../map/choropleth-kit.js';
import type { Language, Report } from '../report/schema.js';
import type { GeoState } from './region-map-geo.js';
import type { MapInteraction } from './region-map.interaction.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import { tileMapTemplate } from './region-map-tiles.render.js';
import { tooltipTemplate } from './region-map.tooltip.js';
import type { RegionMapView } from './region-map.view.js';

/**
 * `geo`: the geographic layout's state when it is chosen; `unavailable`: what shows instead of the map when it
 * could not be loaded; `kit`: the choropleth code, loaded with an indicator.
 */
export function figureTemplate(
  view: RegionMapView,
  report: Report,
  language: Language,
  selected: string | null,
  interaction: MapInteraction,
  kit: typeof ChoroplethKit | undefined,
  geo: GeoState | null | undefined,
  unavailable: TemplateResult | undefined,
): TemplateResult {
  const { state } = interaction;
  const tileOf = (code: string | null) => view.tiles.find((tile) => tile.code === code);
  const tabStop = interaction.tabStop(view);
  const tooltip = tileOf(interaction.tooltipCode());
  const map = geo?.map;
  // Focus listeners sit on the figure: on the svg, Chromium would make the svg itself focusable.
  return html`<div class="figure" @pointerleave=${interaction.onPointerLeave} @focusin=${interaction.onFocusIn} @focusout=${interaction.onFocusOut}>
        ${
          unavailable ??
          html`<svg part="map" role="listbox" aria-label=${view.mapLabel} aria-describedby="hint" viewBox=${map?.viewBox ?? view.viewBox}
          class=${view.indicator ? 'choropleth' : nothing} @click=${interaction.onClick} @keydown=${interaction.onKeydown} @pointerover=${interaction.onPointerOver} @pointermove=${interaction.onPointerMove}>
          ${view.indicator ? kit!.noDataHatch(svg) : nothing}
          ${
            map
              ? geo.module!.geoMapTemplate({ svg, nothing }, view, map, {
                  scale: (state.width || 600) / map.width,
                  tabStop,
                  selected,
                  hover: state.hover,
                  tooltip: tooltip?.code ?? null,
                  places: report.places,
                  language,
                })
              : tileMapTemplate(view, state.width, tileOf(tabStop)!, tileOf(selected), tooltip)
          }
        </svg>`
        }
        <p id="hint" class="visually-hidden">${REGION_MAP_MESSAGES[language].keyboardHint}</p>
        ${tooltipTemplate(tooltip, language)}
      </div>`;
}
