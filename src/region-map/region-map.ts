import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SwElement, elementProblem, type ElementProblem } from '../base/sw-element.js';
import { themeStyles } from '../base/theme.styles.js';
import type { Language, Report } from '../report/schema.js';
import type { ExportRequest } from '../export/export-model.js';
import { DIVISIONS, divisionName, findDivision } from '../map/divisions.js';
import { gridNeighbour, readingOrder, TILE_SIZE, type GridDirection } from '../map/tile-layout.js';
import { fitTileLabels, TILE_LINE_HEIGHT, type TileLabel } from '../map/tile-labels.js';
import { placeTooltip } from '../map/tooltip-placement.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import { regionMapView, type RegionMapView, type TableSort, type TileView } from './region-map.view.js';
import { regionMapStyles } from './region-map.styles.js';
import { GeoLoader } from './region-map-geo.js';
import { REGION_MAP_GEO_MESSAGES } from './region-map-geo.messages.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { regionMapGeoStyles } from './region-map-geo.styles.js';
import { expectedMapWidth, lengthPx } from './map-width.js';
import { onDemand } from '../on-demand/on-demand.js';
import { addStyles } from '../base/extra-styles.js';

/** What the engine's CSS has (no CSS global: a server render, where neither matters). */
const supports = (property: string, value: string) => typeof CSS === 'undefined' || CSS.supports(property, value);
/** Without container queries the map is laid out differently (region-map.styles.ts, map-width.ts). */
const CONTAINER_QUERIES = supports('container-type', 'inline-size');

/** The choropleth's scales, ranges and wording, loaded on the first `indicator` (cdn/sw-choropleth.js in the script-tag bundles). */
const choroplethKit = onDemand(() => import('../map/choropleth-kit.js'));

/** `detail` of `sw-region-select`. */
export interface RegionSelectDetail {
  /** The selected division's 6-digit code (440000), or null when the selection was cleared. */
  code: string | null;
  /** Its name in the element's language (广东省 / 廣東省 / Guangdong), or null. */
  name: string | null;
}

/** What the reader is doing with the map; one state object keeps the element small. */
interface Interaction {
  /** The tile with the tab stop (the last focused). */
  focus: string | null;
  /** The tile under the pointer. */
  hover: string | null;
  /** Focus is on a tile. */
  inside: boolean;
  /** Escape hid the tooltip until the pointer or focus moves to another tile. */
  dismissed: boolean;
  /** The pointer moved onto a tile after focus last moved: the tooltip follows the latest of the two. */
  pointerLast?: boolean;
  /** The table is shown to sighted readers too. */
  table: boolean;
  /** Rendered width of the map in CSS pixels (0 before it is measured). */
  width: number;
  /** How the table is sorted (with an indicator). */
  sort: TableSort;
}

const stepClass = (tile: TileView) => (tile.step === null ? 'no-data' : `step-${tile.step}`);
const ARROWS: Record<string, GridDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const ORDERED = readingOrder(DIVISIONS);
/** Tooltip story titles beyond this many are summed up ("and 2 more stories"). */
const MAX_TOOLTIP_STORIES = 3;
/** Tile size assumed before the map has been measured. */
const UNMEASURED_TILE_PX = 56;

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
    ui: { state: true, attribute: false },
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
   * URL of the geometry for `layout="geo"` (a map file made by scripts/build-geo.mjs, see docs/geo.md).
   * Default: `sw-china.map.json` next to the script (cdn/), or the npm
   * package's `data/geo/sw-china.map.json`.
   */
  geoSrc: string | null = null;

  private readonly geo = new GeoLoader(this, (error) => this.blockIfTampered(error));
  /** The URL of the choropleth code when it could not be loaded (the map then says so). */
  private choroplethFailed: string | undefined;

  private ui: Interaction = {
    focus: null,
    hover: null,
    inside: false,
    dismissed: false,
    table: false,
    width: 0,
    sort: { by: 'value', descending: true },
  };

  private view: RegionMapView | undefined;
  private selectionChanged = false;
  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKeydown);
    // Moved to another place of the page: watch the width again (removal stopped it).
    if (this.hasUpdated) this.observeMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeydown);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected')) {
      if (this.hasUpdated) this.selectionChanged = true;
      // The tab stop follows a selection made from outside.
      if (!this.ui.inside && findDivision(this.selected)) this.ui = { ...this.ui, focus: this.selected };
    }
    // The first map is laid out at the width it will have, not an assumed one: no second render once measured.
    // Not when hydrating: the server laid it out with no width, and hydration must render what the server did
    // (the labels follow once the ResizeObserver measures it).
    if (!this.ui.width && this.data && this.isConnected && !(this.serverRendered && !this.hasUpdated)) {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const max = lengthPx(getComputedStyle(this).getPropertyValue('--sw-map-max-width'), rem);
      const width = expectedMapWidth(this.getBoundingClientRect().width, rem, max, CONTAINER_QUERIES);
      if (width > 0) this.ui = { ...this.ui, width };
    }
  }

  /** True while Lit writes the template to the DOM (see onFocusOut). */
  private committing = false;

  protected override update(changed: PropertyValues<this>): void {
    this.committing = true;
    try {
      super.update(changed);
    } finally {
      this.committing = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The choropleth's styles come with its code.
    if (choroplethKit.value) addStyles(this.renderRoot as ShadowRoot, choroplethKit.value.CHOROPLETH_CSS);
    this.observeMap();
    this.positionTooltip();
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
    const result = regionMapView(report, this.metric, language, {
      indicator: this.indicator,
      scale: this.scale,
      steps: this.steps,
      year: this.year,
      kit: choroplethKit.value,
    });
    if (!result.ok && result.code === 'needs-kit') return this.loadChoropleth(language);
    if (!result.ok) return elementProblem(result.code, result.message, result.field ?? 'metric');
    const view = (this.view = result.view);
    const messages = REGION_MAP_MESSAGES[language];
    const geo = this.layout === 'geo' ? this.geo.state : undefined;
    const tileOf = (code: string | null) => view.tiles.find((tile) => tile.code === code);
    const selected = tileOf(this.selected);
    const tabStop = this.tabStop(view);
    const focus = tileOf(tabStop)!;
    const tooltip = tileOf(this.tooltipCode());
    const scale = (this.ui.width || (UNMEASURED_TILE_PX * view.viewBoxWidth) / TILE_SIZE) / view.viewBoxWidth;
    const { fontPx, labels } = fitTileLabels(
      view.tiles.map((tile) => ({ name: tile.shortName, abbreviation: tile.abbreviation, value: tile.tileValue })),
      TILE_SIZE * scale,
    );
    const ring = (tile: TileView, inset: number, className: string) =>
      svg`<rect class="ring ${className}" x=${tile.x + inset} y=${tile.y + inset} width=${tile.size - 2 * inset} height=${tile.size - 2 * inset} rx=${Math.max(2, 8 - inset)}></rect>`;

    // Focus listeners sit on the figure: on the svg, Chromium would make the svg itself focusable.
    return html`<div class="root"><div class="layout">
      <div class="figure" @pointerleave=${this.onPointerLeave} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        ${
          geo && !geo.map
            ? geo.error
              ? html`${this.renderError(SHARED_MESSAGES[language], geo.error(language))}<button type="button" class="table-toggle show-grid" part="show-grid" @click=${this.showGrid}>${REGION_MAP_GEO_MESSAGES[language].showGrid}</button>`
              : this.renderPlaceholder(SHARED_MESSAGES[language])
            : html`<svg part="map" role="listbox" aria-label=${view.mapLabel} aria-describedby="hint" viewBox=${geo?.map?.viewBox ?? view.viewBox}
          class=${view.indicator ? 'choropleth' : nothing} @click=${this.onClick} @keydown=${this.onKeydown} @pointerover=${this.onPointerOver} @pointermove=${this.onPointerMove}>
          ${view.indicator ? choroplethKit.value!.noDataHatch(svg) : nothing}
          ${
            geo?.map
              ? geo.module!.geoMapTemplate({ svg, nothing }, view, geo.map, {
                  scale: (this.ui.width || 600) / geo.map.width,
                  tabStop,
                  selected: this.selected,
                  hover: this.ui.hover,
                  tooltip: tooltip?.code ?? null,
                  places: report.places,
                  language,
                })
              : svg`${view.tiles.map((tile) => this.renderTile(tile, scale, tile.code === tabStop, tile === tooltip, !!view.indicator))}
          <g class="labels" aria-hidden="true" font-size=${fontPx / scale}>${view.tiles.map((tile, i) => this.renderLabel(tile, labels[i], fontPx / scale))}</g>
          <g aria-hidden="true">${selected ? [ring(selected, 0, ''), ring(selected, 3 / scale, 'inner')] : nothing}${ring(focus, -4, 'focus')}</g>`
          }
        </svg>`
        }
        <p id="hint" class="visually-hidden">${messages.keyboardHint}</p>
        ${this.renderTooltip(tooltip, language)}
      </div>
      <div class="aside">
        <div class="legend" part="legend">
          <p class="legend-title">${view.indicator ? choroplethKit.value!.CHOROPLETH_MESSAGES[language].indicatorTitle(view.measureLabel, view.indicator.year) : view.measureLabel}</p>
          <ul>
            ${view.legend.map((entry) => html`<li><span class="swatch step-${entry.step}"></span>${entry.label}</li>`)}
            <li><span class=${view.indicator ? 'swatch hatched' : 'swatch'}></span>${view.noDataLegend}</li>
            ${(geo?.map ? report.places.some((place) => place.coordinates) : view.hasMarkers) ? html`<li><span class="swatch dot"></span>${messages.markerLegend}</li>` : nothing}
          </ul>
          ${view.indicator?.note ? html`<p class="muted legend-note">${view.indicator.note}</p>` : nothing}
          ${view.indicator ? html`<p class="muted legend-source">${view.indicator.sourceLine}</p>` : nothing}
        </div>
        ${view.national?.text ? html`<p class="national">${view.national.text}</p>` : nothing}
        <button type="button" class="table-toggle" part="table-toggle" aria-pressed=${String(this.ui.table)} @click=${this.toggleTable}>${messages.showTable}</button>
      </div>
      ${this.renderTable(view, language)}
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

  private renderTile(
    tile: TileView,
    scale: number,
    isTabStop: boolean,
    describedByTooltip: boolean,
    hatch = false,
  ): TemplateResult {
    const radius = Math.min(6, Math.max(3, tile.size * scale * 0.06)) / scale;
    const selected = tile.code === this.selected;
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
  private renderLabel(tile: TileView, label: TileLabel, fontSize: number): TemplateResult | typeof nothing {
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

  private renderTooltip(tile: TileView | undefined, language: Language): TemplateResult {
    const messages = REGION_MAP_MESSAGES[language];
    const titles = tile?.storyTitles ?? [];
    const shown = titles.length > MAX_TOOLTIP_STORIES ? titles.slice(0, MAX_TOOLTIP_STORIES - 1) : titles;
    return html`<div id="tooltip" class="tooltip" part="tooltip" role="tooltip" ?hidden=${!tile}>${
      tile
        ? html`<p class="name">${tile.name}</p><p>${tile.valueText}</p>${tile.rankText ? html`<p class="rank">${tile.rankText}</p>` : nothing}
          ${tile.placesText ? html`<p class="muted">${messages.places(tile.placesText)}</p>` : nothing}
          ${
            titles.length
              ? html`<ul>${shown.map((title) => html`<li>${title}</li>`)}${shown.length < titles.length ? html`<li>${messages.moreStories(titles.length - shown.length)}</li>` : nothing}</ul>`
              : nothing
          }`
        : nothing
    }</div>`;
  }

  private renderTable(view: RegionMapView, language: Language): TemplateResult {
    const messages = REGION_MAP_MESSAGES[language];
    // With an indicator the choropleth code, and its wording, is here (the view needs it).
    const choropleth = choroplethKit.value?.CHOROPLETH_MESSAGES[language];
    const others = view.tiles.length - view.tableRows.length;
    const sortable = !!view.indicator;
    const rows = sortable ? choroplethKit.value!.sortTableRows(view.tableRows, this.ui.sort, language) : view.tableRows;
    const { sort } = this.ui;
    // Sortable columns (with an indicator): a button in the header, aria-sort on the sorted one.
    const header = (label: string, by?: TableSort['by']) =>
      by && sortable
        ? html`<th scope="col" aria-sort=${sort.by === by ? (sort.descending ? 'descending' : 'ascending') : 'none'}><button type="button" class="sort" data-sort=${by} aria-label=${choropleth!.sortBy(label)} @click=${() => this.sortTable(by)}>${label}<span aria-hidden="true">${sort.by === by ? (sort.descending ? ' ↓' : ' ↑') : ''}</span></button></th>`
        : html`<th scope="col">${label}</th>`;
    const national = view.national;
    return html`<div class="table-area ${this.ui.table ? '' : 'visually-hidden'}">
      <table part="table">
        <caption>${view.indicator ? choropleth!.indicatorTitle(view.mapLabel, view.indicator.year) : view.mapLabel}</caption>
        <thead><tr>${header(messages.divisionHeader, 'name')}${header(view.measureLabel, 'value')}${sortable ? header(choropleth!.rankHeader) : nothing}${header(messages.placesHeader)}${header(messages.storiesHeader)}</tr></thead>
        <tbody>${rows.map(
          (
            tile,
          ) => html`<tr data-row=${tile.code}><th scope="row">${tile.name}</th><td>${tile.valueText}</td>${sortable ? html`<td>${tile.rankText}</td>` : nothing}<td>${tile.placesText}</td>
            <td>${tile.storyTitles.length ? html`<ul>${tile.storyTitles.map((title) => html`<li>${title}</li>`)}</ul>` : nothing}</td></tr>`,
        )}${
          national
            ? html`<tr class="national-row"><th scope="row">${national.name}</th><td>${national.valueText}</td>${sortable ? html`<td></td>` : nothing}<td>${national.placesText}</td>
            <td>${national.storyTitles.length ? html`<ul>${national.storyTitles.map((title) => html`<li>${title}</li>`)}</ul>` : nothing}</td></tr>`
            : nothing
        }</tbody>
      </table>
      ${others ? html`<p class="muted">${messages.otherDivisions(others, view.noDataLabel)}</p>` : nothing}
    </div>`;
  }

  /** The tile that takes the tab stop: the last focused, else the selected, else the first with data, else the first. */
  private tabStop(view: RegionMapView): string {
    const known = (code: string | null) => (findDivision(code) ? code : null);
    return (
      known(this.ui.focus) ??
      known(this.selected) ??
      (view.tiles.find((tile) => tile.value !== null) ?? view.tiles[0]).code
    );
  }

  private tooltipCode(): string | null {
    const { dismissed, hover, inside, focus, pointerLast } = this.ui;
    // A keyboard reader whose mouse rests over another tile sees the focused tile described.
    return dismissed ? null : inside && !pointerLast ? focus : (hover ?? (inside ? focus : null));
  }

  private tileElement(code: string | null): SVGGElement | null {
    return this.renderRoot.querySelector(`.tile[data-code="${code}"]`);
  }

  private codeOf(event: Event): string | null {
    return (event.target as Element).closest?.('.tile')?.getAttribute('data-code') ?? null;
  }

  private toggle(code: string): void {
    this.selected = this.selected === code ? null : code;
  }

  private moveFocus(code: string): void {
    this.ui = { ...this.ui, focus: code, dismissed: false, pointerLast: false };
    this.tileElement(code)?.focus();
  }

  private onClick = (event: MouseEvent): void => {
    const code = this.codeOf(event);
    if (!code) return;
    this.moveFocus(code);
    this.toggle(code);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    if (!this.view || event.altKey || event.ctrlKey || event.metaKey) return;
    const code = this.codeOf(event) ?? this.tabStop(this.view);
    const direction = ARROWS[event.key];
    const geo = this.layout === 'geo' ? this.geo.state?.map : undefined;
    const target = direction
      ? ((geo ? geo.neighbours[code]?.[direction] : gridNeighbour(DIVISIONS, findDivision(code)!, direction)?.code) ??
        code)
      : { Home: ORDERED[0].code, End: ORDERED[ORDERED.length - 1].code }[event.key];
    if (target) {
      event.preventDefault();
      this.moveFocus(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggle(code);
    } else if (event.key === 'Escape' && (this.selected !== null || this.tooltipCode())) {
      event.preventDefault();
      this.selected = null;
      this.ui = { ...this.ui, dismissed: true };
    }
  };

  /** Escape also hides a tooltip that the pointer opened while focus is elsewhere (WCAG 1.4.13). */
  private onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.ui.hover && !this.ui.inside) this.ui = { ...this.ui, dismissed: true };
  };

  private onFocusIn = (event: FocusEvent): void => {
    this.ui = {
      ...this.ui,
      focus: this.codeOf(event) ?? this.ui.focus,
      inside: true,
      dismissed: this.ui.inside && this.ui.dismissed,
      pointerLast: false,
    };
    // Firefox and WebKit do not scroll a focused SVG group into view (Chromium does): scroll its shape.
    const option = (event.target as Element).closest?.('.tile');
    (option?.localName === 'g' ? option.querySelector('rect, path') : option)?.scrollIntoView({
      block: 'nearest',
      inline: 'nearest',
    });
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as Node).contains(next)) return;
    // Chromium sends focusout when a render removes the focused tile (layout grid → geo): the state changes
    // after that render, not during it (Lit's change-in-update).
    if (this.committing) void this.updateComplete.then(() => (this.ui = { ...this.ui, inside: false }));
    else this.ui = { ...this.ui, inside: false };
  };

  private onPointerOver = (event: PointerEvent): void => {
    const code = this.codeOf(event);
    // Between tiles the tooltip stays, so the pointer can travel to it.
    if (code && code !== this.ui.hover) this.ui = { ...this.ui, hover: code, dismissed: false };
  };

  /** A real pointer movement (not the boundary events a layout change sends to a resting pointer). */
  private onPointerMove = (event: PointerEvent): void => {
    if (!this.ui.pointerLast && this.codeOf(event)) this.ui = { ...this.ui, pointerLast: true };
  };

  private onPointerLeave = (): void => {
    this.ui = { ...this.ui, hover: null };
  };

  /** The geographic map could not be loaded and the reader asked for the tile map: it takes the focus. */
  private showGrid = async (event: Event): Promise<void> => {
    // Blurred first: the button goes away in the update, and its focusout would change state during it.
    (event.currentTarget as HTMLElement).blur();
    this.layout = 'grid';
    await this.updateComplete;
    if (this.view) this.moveFocus(this.tabStop(this.view));
  };

  /** Sorts the table by a column; the sorted column again reverses the order. Values start largest first, names A–Z. */
  private sortTable(by: TableSort['by']): void {
    const { sort } = this.ui;
    this.ui = {
      ...this.ui,
      sort: sort.by === by ? { by, descending: !sort.descending } : { by, descending: by === 'value' },
    };
  }

  private toggleTable = (): void => {
    this.ui = { ...this.ui, table: !this.ui.table };
  };

  /** Watches the rendered width of the map (the svg is new after an error was shown) to size the labels. */
  private observeMap(): void {
    // The figure around the svg, as wide: older Chromium (92, 108) measures an observed <svg> by its drawing in user
    // units, not by its box, and would not see it resize.
    const map = this.renderRoot.querySelector('.figure');
    // An update after removal (a report that arrived late) must not start an observer that nothing stops.
    if (map === this.observed || !this.isConnected) return;
    this.resizeObserver ??= new ResizeObserver((records) => {
      const width = records[records.length - 1].contentRect.width;
      if (width > 0 && Math.abs(width - this.ui.width) > 0.5) this.ui = { ...this.ui, width };
    });
    if (this.observed) this.resizeObserver.unobserve(this.observed);
    if (map) this.resizeObserver.observe(map);
    this.observed = map;
  }

  /** Places the tooltip beside its tile inside the figure; measured after render, written through CSSOM. */
  private positionTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const figure = tooltip?.parentElement;
    const code = this.tooltipCode();
    // A small division's callout (geographic map) is what the reader points at: the tooltip goes beside it.
    const tile = this.renderRoot.querySelector(`[data-callout][data-code="${code}"]`) ?? this.tileElement(code);
    if (!tooltip || !figure || !tile || tooltip.hidden) return;
    const frame = figure.getBoundingClientRect();
    const anchor = tile.getBoundingClientRect();
    const { left, top } = placeTooltip(
      { left: anchor.left - frame.left, top: anchor.top - frame.top, width: anchor.width, height: anchor.height },
      { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
      frame,
    );
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }
}
