import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { SwElement, elementProblem, type ElementProblem } from '../base/sw-element.js';
import { themeStyles } from '../base/theme.styles.js';
import type { Language, Report } from '../report/schema.js';
import { DIVISIONS, divisionName, findDivision } from '../map/divisions.js';
import { gridNeighbour, readingOrder, TILE_SIZE, type GridDirection } from '../map/tile-layout.js';
import { fitTileLabel, TILE_LINE_HEIGHT } from '../map/tile-labels.js';
import { placeTooltip } from '../map/tooltip-placement.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import { regionMapView, type RegionMapView, type TileView } from './region-map.view.js';
import { regionMapStyles } from './region-map.styles.js';

/** `detail` of `sw-region-select`. */
export interface RegionSelectDetail {
  /** The selected division's 6-digit code (440000), or null when the selection was cleared. */
  code: string | null;
  /** Its name in the element's language (广东省 / 廣東省 / Guangdong), or null. */
  name: string | null;
}

const stepClass = (tile: TileView) => (tile.step === null ? 'no-data' : `step-${tile.step}`);
const ARROWS: Record<string, GridDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const ORDERED = readingOrder(DIVISIONS);
/** Tooltip story titles beyond this many are summed up ("and 2 more stories"). */
const MAX_TOOLTIP_STORIES = 3;
/** Tile size assumed before the map has been measured. */
const UNMEASURED_TILE_PX = 56;

/**
 * A tile map (cartogram) of China's 34 provincial-level divisions, colored by
 * the number of stories of the report in each division, or by one metric's value.
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
 * @summary Tile map of China's provincial-level divisions, colored by stories or a metric; selectable.
 *
 * @fires sw-region-select - `selected` changed, by the reader or from outside (not for the initial value). `detail: { code, name }`; `code` is null when cleared. Bubbles, composed.
 * @fires sw-ready - The element shows a report (`detail: { reportId, origin }`).
 * @fires sw-error - Something could not be shown, e.g. `unknown-metric` (`detail: { code, message, field }`).
 *
 * @csspart map - The SVG map (role listbox).
 * @csspart tile - One division's tile (role option); also `tile selected` for the selected one.
 * @csspart tile-shape - The square of a tile.
 * @csspart tile-label - The label of a tile (name and value).
 * @csspart tile-value - The value on a tile.
 * @csspart marker - The dot on a tile whose division has places below province level in the report.
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
 * @cssprop --sw-map-step-1-text - Label color on step 1 (also -2-, -3-). Default: the text color.
 * @cssprop --sw-map-step-4-text - Label color on step 4 (also -5-). Default: the accent-contrast color.
 * @cssprop --sw-map-no-data - Fill of tiles without data. Default: the alternative surface color.
 * @cssprop --sw-map-no-data-text - Label color on tiles without data. Default: the muted text color.
 * @cssprop --sw-map-max-width - Largest width of the map when the legend sits beside it (containers 44rem and wider). Default: 44rem.
 * @cssprop --sw-accent - Accent color the steps are mixed from.
 * @cssprop --sw-focus - Focus ring color.
 */
export class RegionMap extends SwElement {
  static override styles = [themeStyles, regionMapStyles];

  /**
   * What colors the tiles: the id of a metric of the report (its value in the
   * division of its place), or nothing for the number of stories per division.
   */
  @property() accessor metric: string | null = null;

  /**
   * The selected division's 6-digit code (e.g. 440000), or null. Reflected to
   * the `selected` attribute; setting it selects. A code that is not one of the
   * 34 divisions selects nothing.
   */
  @property({ reflect: true, converter: { fromAttribute: (value: string | null) => value?.trim() || null } })
  accessor selected: string | null = null;

  @state() private accessor focusCode: string | null = null;
  @state() private accessor hoverCode: string | null = null;
  @state() private accessor focusInside = false;
  @state() private accessor tooltipDismissed = false;
  @state() private accessor tableShown = false;
  @state() private accessor mapWidthPx = 0;

  private view: RegionMapView | undefined;
  private selectionChanged = false;
  private resizeObserver: ResizeObserver | undefined;
  private observedSvg: SVGSVGElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeydown);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedSvg = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected')) {
      if (this.hasUpdated) this.selectionChanged = true;
      // The tab stop follows a selection made from outside.
      if (!this.focusInside && findDivision(this.selected)) this.focusCode = this.selected;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
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

  protected override renderReport(report: Report, language: Language): TemplateResult | ElementProblem {
    const result = regionMapView(report, this.metric, language);
    if (!result.ok) return elementProblem(result.code, result.message, 'metric');
    const view = (this.view = result.view);
    const messages = REGION_MAP_MESSAGES[language];
    const selectedTile = view.tiles.find((tile) => tile.code === this.selected);
    const tabStop = this.tabStop(view);
    const focusTile = view.tiles.find((tile) => tile.code === tabStop);
    const tooltipTile = this.tooltipCode() ? view.tiles.find((tile) => tile.code === this.tooltipCode()) : undefined;
    const scale = (this.mapWidthPx || (UNMEASURED_TILE_PX * view.viewBoxWidth) / TILE_SIZE) / view.viewBoxWidth;

    return html`<div class="root">
      <div class="layout">
        <!-- Focus listeners sit on this div: on the svg, Chromium would make the svg itself focusable. -->
        <div class="figure" @pointerleave=${this.onPointerLeave} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
          <svg
            part="map"
            role="listbox"
            aria-label=${view.mapLabel}
            aria-describedby="keyboard-hint"
            viewBox=${view.viewBox}
            ${ref(this.observeMap)}
            @click=${this.onClick}
            @keydown=${this.onKeydown}
            @pointerover=${this.onPointerOver}
          >
            ${view.tiles.map((tile) => this.renderTile(tile, scale, tile.code === tabStop, tile === tooltipTile))}
            <g class="labels" aria-hidden="true">${view.tiles.map((tile) => this.renderLabel(tile, scale))}</g>
            ${selectedTile
              ? svg`<rect class="selection-ring" aria-hidden="true" x=${selectedTile.x} y=${selectedTile.y} width=${selectedTile.size} height=${selectedTile.size} rx="8"></rect>
                  <rect class="selection-ring-inner" aria-hidden="true" x=${selectedTile.x + 3 / scale} y=${selectedTile.y + 3 / scale}
                    width=${Math.max(0, selectedTile.size - 6 / scale)} height=${Math.max(0, selectedTile.size - 6 / scale)} rx="6"></rect>`
              : nothing}
            ${focusTile
              ? svg`<rect class="focus-ring" aria-hidden="true" x=${focusTile.x - 4} y=${focusTile.y - 4} width=${focusTile.size + 8} height=${focusTile.size + 8} rx="11"></rect>`
              : nothing}
          </svg>
          <p id="keyboard-hint" class="visually-hidden">${messages.keyboardHint}</p>
          ${this.renderTooltip(tooltipTile, language)}
        </div>
        <div class="aside">
          ${this.renderLegend(view, language)}
          <button type="button" class="table-toggle" part="table-toggle" aria-pressed=${this.tableShown ? 'true' : 'false'} @click=${this.toggleTable}>
            ${messages.showTable}
          </button>
        </div>
        ${this.renderTable(view, language)}
      </div>
    </div>`;
  }

  private renderTile(tile: TileView, scale: number, isTabStop: boolean, describedByTooltip: boolean): TemplateResult {
    const markerRadius = Math.min(6, Math.max(3, tile.size * scale * 0.06)) / scale;
    const selected = tile.code === this.selected;
    return svg`<g
      class="tile ${stepClass(tile)}"
      part=${selected ? 'tile selected' : 'tile'}
      role="option"
      data-code=${tile.code}
      tabindex=${isTabStop ? '0' : '-1'}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${tile.accessibleName}
      aria-describedby=${describedByTooltip ? 'tooltip' : nothing}
    >
      <rect class="tile-shape" part="tile-shape" x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size} rx="8"></rect>
      ${tile.markedPlaces
        ? svg`<circle class="marker" part="marker" cx=${tile.x + tile.size - markerRadius - 4 / scale} cy=${tile.y + markerRadius + 4 / scale} r=${markerRadius}></circle>`
        : nothing}
    </g>`;
  }

  /**
   * The visible label of a tile, drawn outside its option: the option's
   * accessible name already says all of it in full (广东省，1 篇报道), and the
   * label may be abbreviated (粤 / GD). Pointer events pass through to the tile.
   */
  private renderLabel(tile: TileView, scale: number): TemplateResult | typeof nothing {
    const label = fitTileLabel({ name: tile.shortName, abbreviation: tile.abbreviation, value: tile.tileValue }, tile.size * scale);
    const lineCount = label.lines.length + (label.value === null ? 0 : 1);
    if (!lineCount) return nothing;
    const fontSize = label.fontPx / scale;
    const lineHeight = fontSize * TILE_LINE_HEIGHT;
    const centerX = tile.x + tile.size / 2;
    const firstY = tile.y + tile.size / 2 - ((lineCount - 1) * lineHeight) / 2;
    return svg`<text class="tile-label ${stepClass(tile)}" part="tile-label" data-code=${tile.code} font-size=${fontSize} text-anchor="middle" dominant-baseline="central">${label.lines.map(
      (line, i) => svg`<tspan x=${centerX} y=${firstY + i * lineHeight}>${line}</tspan>`,
    )}${label.value === null
      ? nothing
      : svg`<tspan class="tile-value" part="tile-value" x=${centerX} y=${firstY + label.lines.length * lineHeight}>${label.value}</tspan>`}</text>`;
  }

  private renderTooltip(tile: TileView | undefined, language: Language): TemplateResult {
    const messages = REGION_MAP_MESSAGES[language];
    const titles = tile?.storyTitles ?? [];
    const shown = titles.length > MAX_TOOLTIP_STORIES ? titles.slice(0, MAX_TOOLTIP_STORIES - 1) : titles;
    return html`<div id="tooltip" class="tooltip" part="tooltip" role="tooltip" ?hidden=${!tile}>
      ${tile
        ? html`<p class="tooltip-name">${tile.name}</p>
            <p>${tile.valueText}</p>
            ${tile.placesText ? html`<p class="tooltip-places">${messages.places(tile.placesText)}</p>` : nothing}
            ${titles.length
              ? html`<ul>
                  ${shown.map((title) => html`<li>${title}</li>`)}
                  ${shown.length < titles.length ? html`<li>${messages.moreStories(titles.length - shown.length)}</li>` : nothing}
                </ul>`
              : nothing}`
        : nothing}
    </div>`;
  }

  private renderLegend(view: RegionMapView, language: Language): TemplateResult {
    const messages = REGION_MAP_MESSAGES[language];
    return html`<div class="legend" part="legend">
      <p class="legend-title">${view.measureLabel}</p>
      <ul>
        ${view.legend.map((entry) => html`<li><span class="swatch step-${entry.step}" aria-hidden="true"></span>${entry.label}</li>`)}
        <li><span class="swatch" aria-hidden="true"></span>${view.noDataLabel}</li>
        ${view.hasMarkers ? html`<li><span class="swatch marker-swatch" aria-hidden="true"></span>${messages.markerLegend}</li>` : nothing}
      </ul>
    </div>`;
  }

  private renderTable(view: RegionMapView, language: Language): TemplateResult {
    const messages = REGION_MAP_MESSAGES[language];
    const others = view.tiles.length - view.tableRows.length;
    return html`<div class="table-area ${this.tableShown ? '' : 'visually-hidden'}">
      <table part="table">
        <caption>${messages.tableCaption(view.measureLabel)}</caption>
        <thead>
          <tr>
            <th scope="col">${messages.divisionHeader}</th>
            <th scope="col">${view.measureLabel}</th>
            <th scope="col">${messages.placesHeader}</th>
            <th scope="col">${messages.storiesHeader}</th>
          </tr>
        </thead>
        <tbody>
          ${view.tableRows.map(
            (tile) => html`<tr>
              <th scope="row">${tile.name}</th>
              <td>${tile.valueText}</td>
              <td>${tile.placesText ?? ''}</td>
              <td>${tile.storyTitles.length ? html`<ul>${tile.storyTitles.map((title) => html`<li>${title}</li>`)}</ul>` : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${others ? html`<p class="table-note">${messages.otherDivisions(others, view.noDataLabel)}</p>` : nothing}
    </div>`;
  }

  /** The tile that takes the tab stop: the last focused, else the selected, else the first with data, else the first. */
  private tabStop(view: RegionMapView): string {
    const known = (code: string | null) => (code && findDivision(code) ? code : null);
    return known(this.focusCode) ?? known(this.selected) ?? view.tiles.find((tile) => tile.value !== null)?.code ?? view.tiles[0].code;
  }

  private tooltipCode(): string | null {
    if (this.tooltipDismissed) return null;
    return this.hoverCode ?? (this.focusInside ? this.focusCode : null);
  }

  private tileElement(code: string): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.tile[data-code="${code}"]`);
  }

  private codeOf(event: Event): string | null {
    const target = event.target as Element | null;
    return target?.closest?.('.tile')?.getAttribute('data-code') ?? null;
  }

  private toggle(code: string): void {
    this.selected = this.selected === code ? null : code;
  }

  private moveFocus(code: string): void {
    this.focusCode = code;
    this.tooltipDismissed = false;
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
    const division = findDivision(code);
    if (!division) return;
    const direction = ARROWS[event.key];
    let target: string | null | undefined;
    if (direction) target = gridNeighbour(DIVISIONS, division, direction)?.code ?? code;
    else if (event.key === 'Home') target = ORDERED[0].code;
    else if (event.key === 'End') target = ORDERED[ORDERED.length - 1].code;
    if (target) {
      event.preventDefault();
      this.moveFocus(target);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggle(code);
    } else if (event.key === 'Escape' && (this.selected !== null || this.tooltipCode())) {
      event.preventDefault();
      this.selected = null;
      this.tooltipDismissed = true;
    }
  };

  /** Escape also hides a tooltip that the pointer opened while focus is elsewhere (WCAG 1.4.13). */
  private onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.hoverCode && !this.focusInside) this.tooltipDismissed = true;
  };

  private onFocusIn = (event: FocusEvent): void => {
    const code = this.codeOf(event);
    if (code) this.focusCode = code;
    if (!this.focusInside) this.tooltipDismissed = false;
    this.focusInside = true;
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Node).contains(next)) this.focusInside = false;
  };

  private onPointerOver = (event: PointerEvent): void => {
    const code = this.codeOf(event);
    // Between tiles the tooltip stays, so the pointer can travel to it.
    if (code && code !== this.hoverCode) {
      this.hoverCode = code;
      this.tooltipDismissed = false;
    }
  };

  private onPointerLeave = (): void => {
    this.hoverCode = null;
  };

  private toggleTable = (): void => {
    this.tableShown = !this.tableShown;
  };

  private observeMap = (element: Element | undefined): void => {
    if (element === this.observedSvg) return;
    if (this.observedSvg) this.resizeObserver?.unobserve(this.observedSvg);
    this.observedSvg = element as SVGSVGElement | undefined;
    if (!this.observedSvg) return;
    this.resizeObserver ??= new ResizeObserver((records) => {
      const width = records[records.length - 1].contentRect.width;
      if (width > 0 && Math.abs(width - this.mapWidthPx) > 0.5) this.mapWidthPx = width;
    });
    this.resizeObserver.observe(this.observedSvg);
  };

  /** Places the tooltip beside its tile inside the figure; measured after render, written through CSSOM. */
  private positionTooltip(): void {
    const code = this.tooltipCode();
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const figure = this.renderRoot.querySelector<HTMLElement>('.figure');
    const tile = code ? this.tileElement(code) : null;
    if (!tooltip || !figure || !tile || tooltip.hidden) return;
    const frame = figure.getBoundingClientRect();
    const anchor = tile.getBoundingClientRect();
    const { left, top } = placeTooltip(
      { left: anchor.left - frame.left, top: anchor.top - frame.top, width: anchor.width, height: anchor.height },
      { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
      { width: frame.width, height: frame.height },
    );
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }
}
