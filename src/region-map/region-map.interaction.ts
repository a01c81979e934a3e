/**
 * What the reader does with <sw-region-map>: which division has the tab stop, is under the pointer or described
 * by the tooltip, whether the table is shown and how it is sorted, and the map's measured width. A Lit reactive
 * controller: it listens to the map's keyboard, pointer and focus events and to Escape on the document, watches
 * the map's width, places the tooltip after each render, and has the element render again when the state changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DIVISIONS, findDivision } from '../map/divisions.js';
import { gridNeighbour, readingOrder, type GridDirection } from '../map/tile-layout.js';
import type { GeoLoader } from './region-map-geo.js';
import { expectedMapWidth, lengthPx } from './map-width.js';
import { positionTooltip } from './region-map.tooltip.js';
import type { RegionMapView, TableSort } from './region-map.view.js';

/** What the reader is doing with the map. */
export interface InteractionState {
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

interface InteractionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  selected: string | null;
  layout: string;
}

const ARROWS: Record<string, GridDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const ORDERED = readingOrder(DIVISIONS);

/** Without container queries the map is laid out differently (region-map.styles.ts, map-width.ts); no CSS global: a server render, where it does not matter. */
const CONTAINER_QUERIES = typeof CSS === 'undefined' || CSS.supports('container-type', 'inline-size');

/** The division a map event happened on (a tile, a geographic division or its callout), or null. */
const codeOf = (event: Event): string | null =>
  (event.target as Element).closest?.('.tile')?.getAttribute('data-code') ?? null;

/** The reader's state of one map and the handlers of its events (a Lit reactive controller). */
export interface MapInteraction extends ReactiveController {
  /** Changed in place; the element renders again. */
  readonly state: InteractionState;
  /** The map last drawn, which the keyboard moves on. */
  view?: RegionMapView;
  /** Sizes the first map to the width it will have, not an assumed one: no second render once it is measured. */
  measureFirst(): void;
  /** The tile that takes the tab stop: the last focused, else the selected, else the first with data, else the first. */
  tabStop(view: RegionMapView): string;
  /** The division the tooltip describes, or null. */
  tooltipCode(): string | null;
  onClick(event: MouseEvent): void;
  onKeydown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  onFocusOut(event: FocusEvent): void;
  onPointerOver(event: PointerEvent): void;
  /** A real pointer movement (not the boundary events a layout change sends to a resting pointer). */
  onPointerMove(event: PointerEvent): void;
  onPointerLeave(): void;
  /** The geographic map could not be loaded and the reader asked for the tile map: it takes the focus. */
  showGrid(event: Event): Promise<void>;
  /** Sorts the table by a column; the sorted column again reverses the order. Values start largest first, names A–Z. */
  sortTable(by: TableSort['by']): void;
  toggleTable(): void;
}

/**
 * The interaction controller of `host` (added to it); `geo`: its geographic layout, whose neighbours the arrow keys
 * follow when it is drawn. A closure rather than a class: its private parts are local variables, which the
 * script-tag bundles' minifier shortens (it keeps property names).
 */
export function mapInteraction(host: InteractionHost, geo: GeoLoader): MapInteraction {
  const state: InteractionState = {
    focus: null,
    hover: null,
    inside: false,
    dismissed: false,
    table: false,
    width: 0,
    sort: { by: 'value', descending: true },
  };
  /** True while Lit writes the template to the DOM (see onFocusOut). */
  let committing = false;
  let resizeObserver: ResizeObserver | undefined;
  let observed: Element | null = null;

  const set = (change: Partial<InteractionState>) => {
    Object.assign(state, change);
    host.requestUpdate();
  };
  const toggle = (code: string) => (host.selected = host.selected === code ? null : code);
  const moveFocus = (code: string) => {
    set({ focus: code, dismissed: false, pointerLast: false });
    host.renderRoot.querySelector<SVGGElement>(`.tile[data-code="${code}"]`)?.focus();
  };
  /** Escape also hides a tooltip that the pointer opened while focus is elsewhere (WCAG 1.4.13). */
  const onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state.hover && !state.inside) set({ dismissed: true });
  };
  /** Watches the rendered width of the map (the svg is new after an error was shown) to size the labels. */
  const observeMap = () => {
    // The figure around the svg, as wide: older Chromium (92, 108) measures an observed <svg> by its drawing in user
    // units, not by its box, and would not see it resize.
    const map = host.renderRoot.querySelector('.figure');
    // An update after removal (a report that arrived late) must not start an observer that nothing stops.
    if (map === observed || !host.isConnected) return;
    resizeObserver ??= new ResizeObserver((records) => {
      const width = records[records.length - 1].contentRect.width;
      if (width > 0 && Math.abs(width - state.width) > 0.5) set({ width });
    });
    if (observed) resizeObserver.unobserve(observed);
    if (map) resizeObserver.observe(map);
    observed = map;
  };

  const interaction: MapInteraction = {
    state,
    hostConnected() {
      document.addEventListener('keydown', onDocumentKeydown);
      // Moved to another place of the page: watch the width again (removal stopped it).
      if (host.hasUpdated) observeMap();
    },
    hostDisconnected() {
      document.removeEventListener('keydown', onDocumentKeydown);
      resizeObserver?.disconnect();
      resizeObserver = undefined;
      observed = null;
    },
    hostUpdate() {
      committing = true;
    },
    hostUpdated() {
      committing = false;
      observeMap();
      positionTooltip(host.renderRoot, interaction.tooltipCode());
    },
    measureFirst() {
      if (state.width || !host.isConnected) return;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const max = lengthPx(getComputedStyle(host).getPropertyValue('--sw-map-max-width'), rem);
      state.width = expectedMapWidth(host.getBoundingClientRect().width, rem, max, CONTAINER_QUERIES);
    },
    tabStop(view) {
      const known = (code: string | null) => (findDivision(code) ? code : null);
      return (
        known(state.focus) ??
        known(host.selected) ??
        (view.tiles.find((tile) => tile.value !== null) ?? view.tiles[0]).code
      );
    },
    tooltipCode() {
      const { dismissed, hover, inside, focus, pointerLast } = state;
      // A keyboard reader whose mouse rests over another tile sees the focused tile described.
      return dismissed ? null : inside && !pointerLast ? focus : (hover ?? (inside ? focus : null));
    },
    onClick(event) {
      const code = codeOf(event);
      if (!code) return;
      moveFocus(code);
      toggle(code);
    },
    onKeydown(event) {
      const view = interaction.view;
      if (!view || event.altKey || event.ctrlKey || event.metaKey) return;
      const code = codeOf(event) ?? interaction.tabStop(view);
      const direction = ARROWS[event.key];
      const map = host.layout === 'geo' ? geo.state?.map : undefined;
      const target = direction
        ? ((map ? map.neighbours[code]?.[direction] : gridNeighbour(DIVISIONS, findDivision(code)!, direction)?.code) ??
          code)
        : { Home: ORDERED[0].code, End: ORDERED[ORDERED.length - 1].code }[event.key];
      if (target) {
        event.preventDefault();
        moveFocus(target);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle(code);
      } else if (event.key === 'Escape' && (host.selected !== null || interaction.tooltipCode())) {
        event.preventDefault();
        host.selected = null;
        set({ dismissed: true });
      }
    },
    onFocusIn(event) {
      set({
        focus: codeOf(event) ?? state.focus,
        inside: true,
        dismissed: state.inside && state.dismissed,
        pointerLast: false,
      });
      // Firefox and WebKit do not scroll a focused SVG group into view (Chromium does): scroll its shape.
      const option = (event.target as Element).closest?.('.tile');
      (option?.localName === 'g' ? option.querySelector('rect, path') : option)?.scrollIntoView({
        block: 'nearest',
        inline: 'nearest',
      });
    },
    onFocusOut(event) {
      const next = event.relatedTarget as Node | null;
      if (next && (event.currentTarget as Node).contains(next)) return;
      // Chromium sends focusout when a render removes the focused tile (layout grid → geo): the state changes
      // after that render, not during it (Lit's change-in-update).
      if (committing) void host.updateComplete.then(() => set({ inside: false }));
      else set({ inside: false });
    },
    onPointerOver(event) {
      const code = codeOf(event);
      // Between tiles the tooltip stays, so the pointer can travel to it.
      if (code && code !== state.hover) set({ hover: code, dismissed: false });
    },
    onPointerMove(event) {
      if (!state.pointerLast && codeOf(event)) set({ pointerLast: true });
    },
    onPointerLeave() {
      set({ hover: null });
    },
    async showGrid(event) {
      // Blurred first: the button goes away in the update, and its focusout would change state during it.
      (event.currentTarget as HTMLElement).blur();
      host.layout = 'grid';
      await host.updateComplete;
      if (interaction.view) moveFocus(interaction.tabStop(interaction.view));
    },
    sortTable(by) {
      const { sort } = state;
      set({ sort: sort.by === by ? { by, descending: !sort.descending } : { by, descending: by === 'value' } });
    },
    toggleTable() {
      set({ table: !state.table });
    },
  };
  host.addController(interaction);
  return interaction;
}
