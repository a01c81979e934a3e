import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SwElement, elementProblem, type ElementProblem } from '../base/sw-element.js';
import { errorTemplate, placeholderTemplate } from '../base/element-states.js';
import { themeStyles } from '../base/theme.styles.js';
import { addStyles } from '../base/extra-styles.js';
import type { Language, Report } from '../report/schema.js';
import type { ExportRequest } from '../export/export-model.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { divisionName, findDivision } from '../map/divisions.js';
import { onDemand } from '../on-demand/on-demand.js';
import { regionMapView } from './region-map.view.js';
import { regionMapStyles } from './region-map.styles.js';
import { GeoLoader } from './region-map-geo.js';
import { REGION_MAP_GEO_MESSAGES } from './region-map-geo.messages.js';
import { regionMapGeoStyles } from './region-map-geo.styles.js';
import { mapInteraction } from './region-map.interaction.js';
import { figureTemplate } from './region-map.figure.js';
import { tableTemplate } from './region-map.table.js';
import { legendTemplate } from './region-map.legend.js';

/** The choropleth's scales, ranges and wording, loaded on the first `indicator` (cdn/sw-choropleth.js in the script-tag bundles). */
const choroplethKit = onDemand(() => import('../map/choropleth-kit.js'));

/** `detail` of `sw-region-select`. */
export interface RegionSelectDetail {
  /** The selected division's 6-digit code (440000), or null when the selection was cleared. */
  code: string | null;
  /** Its name in the element's language (广东省 / 廣東省 / Guangdong), or null. */
  name: string | null;
}

/**
 * A tile map (cartogram) of China's 34 provincial-level divisions, colored by
 * the number of stories of the report in each division, by one metric's value,
 * or with `indicator` by a figure the report gives for every division (a
 * choropleth in 3–7 classes; see docs/choropleth.md). Stories and figures of
 * national scope color no division: the map says how many there are.
 * Hong Kong and Macao get tiles as large as Sichuan; the map draws no borders.
 *
 * Accessibility: the map is a single-select `listbox` and each division an
 * `option` (name first: 广东省，1 篇报道，地点：潮州市; `aria-selected`). One tab
 * stop (roving tabindex); arrow keys move to the nearest tile in that
 * direction, Home/End to the first/last tile, Enter or Space selects (again to
 * clear), Escape clears. The tooltip (`role="tooltip"`) describes the focused
 * tile. A table of the divisions with data is always available to screen
 * readers, and to everyone with the "Show as table" button.
 *
 * `layout="geo"` draws the divisions geographically instead (same data,
 * colors, selection, keyboard, tooltip, table and events; arrow keys go to
 * the nearest division by centroid), with markers at the report's places and
 * the 南海诸岛 inset, and a labelled callout for each division too small to
 * point at (Hong Kong and Macao; more on a narrow map), its target for
 * pointer, touch and keyboard. Its code and geometry are fetched on first use
 * from `geo-src`; if they fail, the element says so and offers the tile map.
 * Publishing a map of China in mainland China requires review (审图号); see
 * docs/geo.md.
 *
 * @attr {string} geo-integrity - The hash that the geometry at `geo-src` must match (`sha256-…`, `sha384-…` or `sha512-…`, as in a script tag's `integrity`), read when it loads: content that differs is not drawn, the map says so (`sw-error` code `integrity`). Without it, any geometry is used. The package's own geometry is always checked in the script-tag bundles (docs/publishing.md).
 *
 * @tagname sw-region-map
 * @summary Tile map of China's provincial-level divisions, colored by stories or a metric; selectable.
 *
 * @fires {CustomEvent<RegionSelectDetail>} sw-region-select - `selected` changed, by the reader or from outside (not for the initial value). `detail: { code, name }`; `code` is null when cleared. Bubbles, composed.
 * @fires sw-ready - The element shows a report (`detail: { reportId, origin }`).
 * @fires sw-error - Something could not be shown, e.g. `unknown-metric`, `unknown-indicator` (`field: 'indicator'`), `unknown-year`, `unknown-scale`, an indicator value with an unknown division, a duplicate or not a number (`field` its path, e.g. `indicators[0].values[3].division`), or `geo-load-failed` (`field: 'geo-src'`) for the geographic map, or `integrity` when a file it loads did not match its hash (`detail: { code, message, field }`).
 *
 * @csspart map - The SVG map (role listbox).
 * @csspart tile - One division's tile (role option); also `tile selected` for the selected one.
 * @csspart tile-shape - The square of a tile.
 * @csspart tile-label - The label of a tile (name and value); drawn over the tile, hidden from assistive technology (the tile's name says it in full).
 * @csspart tile-value - The value on a tile.
 * @csspart marker - The dot on a tile whose division has places below province level in the report.
 * @csspart region - With `layout="geo"`: one division (role option); also `region selected`.
 * @csspart region-shape - With `layout="geo"`: the outline of a division (an SVG path).
 * @csspart inset - With `layout="geo"`: the South China Sea inset (南海诸岛).
 * @csspart callout - With `layout="geo"`: the box of a division too small to point at (Hong Kong, Macao…), colored like it, with its name.
 * @csspart show-grid - With `layout="geo"`: the button that shows the tile map when the geometry cannot be loaded.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table - The table of divisions and values.
 * @csspart error - The message shown when something cannot be displayed.
 * @csspart placeholder - The box shown while a report loads.
 *
 * @cssprop --sw-map-step-1 - Fill of the lowest of the five color steps. Default: 14% accent on the surface.
 * @cssprop --sw-map-step-2 - Fill of step 2. Default: 32% accent.
 * @cssprop --sw-map-step-3 - Fill of step 3. Default: 52% accent.
 * @cssprop --sw-map-step-4 - Fill of step 4. Default: 82% accent.
 * @cssprop --sw-map-step-5 - Fill of the highest step. Default: the accent color.
 * @cssprop --sw-map-step-6 - With `indicator` and 6 or 7 classes: the class above step 5. Default: 72% accent mixed with the text color.
 * @cssprop --sw-map-step-7 - With `indicator` and 7 classes: the highest class. Default: 50% accent mixed with the text color.
 * @cssprop --sw-map-step-1-text - Label color on step 1 (also -2-, -3-). Default: the text color.
 * @cssprop --sw-map-step-4-text - Label color on step 4 (also -5-). Default: the accent-contrast color.
 * @cssprop --sw-map-no-data - Fill of tiles without data. Default: the alternative surface color.
 * @cssprop --sw-map-no-data-text - Label color on tiles without data; with `indicator`, also the hatching and dashed outline of divisions without a value. Default: the muted text color.
 * @cssprop --sw-map-border - With `layout="geo"`: the color of the borders between divisions. Default: 45% muted text on the surface.
 * @cssprop --sw-map-max-width - Largest width of the map when the legend sits beside it (containers 44rem and wider). Default: 44rem.
 * @cssprop --sw-accent - Accent color the steps are mixed from.
 * @cssprop --sw-focus - Focus ring color.
 */
export class RegionMap extends SwElement {
  static override styles = [themeStyles, regionMapStyles, regionMapGeoStyles];

  /** The reactive properties and their attributes (a static table, not decorators: smaller in the bundles). */
  static override properties: PropertyDeclarations = {
    metric: {},
    indicator: {},
    scale: {},
    steps: { type: Number },
    year: {},
    selected: { reflect: true, converter: { fromAttribute: (value: string | null) => value?.trim() || null } },
    layout: { reflect: true },
    geoSrc: { attribute: 'geo-src' },
  };

  /**
   * What colors the tiles: the id of a metric of the report (its value in the
   * division of its place), or nothing for the number of stories per division.
   */
  metric: string | null = null;

  /**
   * The id of one of the report's `indicators` (a figure for each division):
   * every division with a value is colored on one classed scale (a
   * choropleth), divisions without one are hatched and called "no data".
   * Takes precedence over `metric`.
   */
  indicator: string | null = null;

  /**
   * How an indicator's values are classed: `quantile` (the same number of
   * divisions in each class), `quantize` (classes of equal width, round
   * bounds) or `threshold` (the indicator's `breaks`). Default: `threshold`
   * when the indicator has breaks, else `quantile`.
   */
  scale: 'quantile' | 'quantize' | 'threshold' | null = null;

  /** Number of classes of an indicator, 3–7 (default 5); with `threshold` and breaks, the breaks decide. */
  steps: number | null = null;

  /** The year of an indicator's values to show (e.g. 2022), when it has several; default the latest. */
  year: string | null = null;

  /**
   * The selected division's 6-digit code (e.g. 440000), or null. Reflected to
   * the `selected` attribute; setting it selects. A code that is not one of the
   * 34 divisions selects nothing.
   */
  selected: string | null = null;

  /**
   * `grid` (default): the tile map, which draws no borders. `geo`: a
   * geographic map of the divisions, from geometry fetched on first use.
   */
  layout: 'grid' | 'geo' = 'grid';

  /**
   * URL of the geometry for `layout="geo"` (a map file made by scripts/build/build-geo.mjs, see docs/geo.md).
   * Default: `sw-china.map.json` next to the script (cdn/), or the npm
   * package's `data/geo/sw-china.map.json`.
   */
  geoSrc: string | null = null;

  private readonly geo = new GeoLoader(this, (error) => this.blockIfTampered(error));
  /** What the reader does with the map: tab stop, pointer, tooltip, table, width. */
  private readonly interaction = mapInteraction(this, this.geo);
  /** The URL of the choropleth code when it could not be loaded (the map then says so). */
  private choroplethFailed: string | undefined;
  private selectionChanged = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.interaction.state;
    if (changed.has('selected')) {
      if (this.hasUpdated) this.selectionChanged = true;
      // The tab stop follows a selection made from outside.
      if (!state.inside && findDivision(this.selected)) state.focus = this.selected;
    }
    // Not when hydrating: the server laid it out with no width, and hydration must render what the server did
    // (the labels follow once the ResizeObserver measures it).
    // Nor while the geometry loads: only the map needs the width, and measuring forces a layout of the page.
    if (this.data && !(this.serverRendered && !this.hasUpdated) && (this.layout !== 'geo' || this.geo.state?.map))
      this.interaction.measureFirst();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The choropleth's styles come with its code.
    if (choroplethKit.value) addStyles(this.renderRoot as ShadowRoot, choroplethKit.value.CHOROPLETH_CSS);
    if (this.selectionChanged) {
      this.selectionChanged = false;
      const division = findDivision(this.selected);
      this.emit<RegionSelectDetail>('sw-region-select', {
        code: this.selected,
        name: division ? divisionName(division, this.language, 'full') : null,
      });
    }
  }

  /** The image and CSV show the map's measure and selection, geographic once drawn so (src/region-map/region-map.export.ts). */
  protected override exportRequest(): ExportRequest {
    return {
      kind: 'region-map',
      metric: this.metric,
      selected: this.selected,
      geo: this.layout === 'geo' ? this.geo.state?.map : undefined,
      indicator: this.indicator
        ? { id: this.indicator, scale: this.scale, steps: this.steps, year: this.year }
        : undefined,
    };
  }

  /** Its export model comes with the export code, on first use (never with the element, nor another element's). */
  protected override loadExportModel() {
    return import('./region-map.export.js').then((module) => module.regionMapExport);
  }

  protected override renderReport(report: Report, language: Language): TemplateResult | ElementProblem {
    const kit = choroplethKit.value;
    const geo = this.layout === 'geo' ? this.geo.state : undefined;
    const shared = SHARED_MESSAGES[language];
    // While the geometry loads, the map's placeholder alone (the choropleth's code, when needed, loads meanwhile):
    // the view is worked out once, and the legend and table come with the map, in one layout.
    if (geo && !geo.map && !geo.error && (kit || !this.indicator))
      return html`<div class="root"><div class="layout"><div class="figure">${placeholderTemplate(shared)}</div></div></div>`;
    const result = regionMapView(report, this.metric, language, {
      indicator: this.indicator,
      scale: this.scale,
      steps: this.steps,
      year: this.year,
      kit,
    });
    if (!result.ok && result.code === 'needs-kit') return this.loadChoropleth(language);
    if (!result.ok) return elementProblem(result.code, result.message, result.field ?? 'metric');
    const interaction = this.interaction;
    const view = (interaction.view = result.view);
    // The geographic map when its code or geometry could not be loaded: the tile map is offered.
    const unavailable =
      geo && !geo.map
        ? html`${errorTemplate(shared, geo.error!(language))}<button type="button" class="table-toggle show-grid" part="show-grid" @click=${interaction.showGrid}>${REGION_MAP_GEO_MESSAGES[language].showGrid}</button>`
        : undefined;
    return html`<div class="root"><div class="layout">
      ${figureTemplate(view, report, language, this.selected, interaction, kit, geo, unavailable)}
      ${legendTemplate(view, language, geo?.map ? report.places.some((place) => place.coordinates) : view.hasMarkers, interaction.state.table, interaction.toggleTable)}
      ${tableTemplate(view, language, interaction.state, kit, interaction.sortTable)}
    </div></div>`;
  }

  /** Loads the choropleth code on the first `indicator` (a placeholder meanwhile), and draws again when it has come. */
  private loadChoropleth(language: Language): TemplateResult | ElementProblem {
    const failed = this.choroplethFailed;
    if (failed !== undefined)
      return elementProblem(
        'choropleth-load-failed',
        REGION_MAP_GEO_MESSAGES[language].loadFailed(failed),
        'indicator',
      );
    return this.placeholderUntil(
      choroplethKit
        .load()
        .catch((error: { url?: string }) => this.blockIfTampered(error) || (this.choroplethFailed = error.url ?? '')),
    );
  }
}
