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

/** The division a map event happened on (a tile, a geographic division or its callout), or null. */
const codeOf = (event: Event): string | null =>
  (event.target as Element).closest?.('.tile')?.getAttribute('data-code') ?? null;

/** Keeps the reader's state of one map and handles its events. */
export class MapInteraction implements ReactiveController {
  state: InteractionState = {
    focus: null,
    hover: null,
    inside: false,
    dismissed: false,
    table: false,
    width: 0,
    sort: { by: 'value', descending: true },
  };

  /** The map last drawn, which the keyboard moves on. */
  view: RegionMapView | undefined;
  /** True while Lit writes the template to the DOM (see onFocusOut). */
  private committing = false;
  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | null = null;

  /** `geo`: the geographic layout, whose neighbours the arrow keys follow when it is drawn. */
  constructor(
    private readonly host: InteractionHost,
    private readonly geo: GeoLoader,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onDocumentKeydown);
    // Moved to another place of the page: watch the width again (removal stopped it).
    if (this.host.hasUpdated) this.observeMap();
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onDocumentKeydown);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = null;
  }

  hostUpdate(): void {
    this.committing = true;
  }

  hostUpdated(): void {
    this.committing = false;
    this.observeMap();
    positionTooltip(this.host.renderRoot, this.tooltipCode());
  }

  /** Changes the state; the element renders again. */
  set(change: Partial<InteractionState>): void {
    this.state = { ...this.state, ...change };
    this.host.requestUpdate();
  }

  /** The tile that takes the tab stop: the last focused, else the selected, else the first with data, else the first. */
  tabStop(view: RegionMapView): string {
    const known = (code: string | null) => (findDivision(code) ? code : null);
    return (
      known(this.state.focus) ??
      known(this.host.selected) ??
      (view.tiles.find((tile) => tile.value !== null) ?? view.tiles[0]).code
    );
  }

  /** The division the tooltip describes, or null. */
  tooltipCode(): string | null {
    const { dismissed, hover, inside, focus, pointerLast } = this.state;
    // A keyboard reader whose mouse rests over another tile sees the focused tile described.
    return dismissed ? null : inside && !pointerLast ? focus : (hover ?? (inside ? focus : null));
  }

  private toggle(code: string): void {
    this.host.selected = this.host.selected === code ? null : code;
  }

  private moveFocus(code: string): void {
    this.set({ focus: code, dismissed: false, pointerLast: false });
    this.host.renderRoot.querySelector<SVGGElement>(`.tile[data-code="${code}"]`)?.focus();
  }

  onClick = (event: MouseEvent): void => {
    const code = codeOf(event);
    if (!code) return;
    this.moveFocus(code);
    this.toggle(code);
  };

  onKeydown = (event: KeyboardEvent): void => {
    if (!this.view || event.altKey || event.ctrlKey || event.metaKey) return;
    const code = codeOf(event) ?? this.tabStop(this.view);
    const direction = ARROWS[event.key];
    const geo = this.host.layout === 'geo' ? this.geo.state?.map : undefined;
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
    } else if (event.key === 'Escape' && (this.host.selected !== null || this.tooltipCode())) {
      event.preventDefault();
      this.host.selected = null;
      this.set({ dismissed: true });
    }
  };

  /** Escape also hides a tooltip that the pointer opened while focus is elsewhere (WCAG 1.4.13). */
  private onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.state.hover && !this.state.inside) this.set({ dismissed: true });
  };

  onFocusIn = (event: FocusEvent): void => {
    const { focus, inside, dismissed } = this.state;
    this.set({ focus: codeOf(event) ?? focus, inside: true, dismissed: inside && dismissed, pointerLast: false });
    // Firefox and WebKit do not scroll a focused SVG group into view (Chromium does): scroll its shape.
    const option = (event.target as Element).closest?.('.tile');
    (option?.localName === 'g' ? option.querySelector('rect, path') : option)?.scrollIntoView({
      block: 'nearest',
      inline: 'nearest',
    });
  };

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as Node).contains(next)) return;
    // Chromium sends focusout when a render removes the focused tile (layout grid → geo): the state changes
    // after that render, not during it (Lit's change-in-update).
    if (this.committing) void this.host.updateComplete.then(() => this.set({ inside: false }));
    else this.set({ inside: false });
  };

  onPointerOver = (event: PointerEvent): void => {
    const code = codeOf(event);
    // Between tiles the tooltip stays, so the pointer can travel to it.
    if (code && code !== this.state.hover) this.set({ hover: code, dismissed: false });
  };

  /** A real pointer movement (not the boundary events a layout change sends to a resting pointer). */
  onPointerMove = (event: PointerEvent): void => {
    if (!this.state.pointerLast && codeOf(event)) this.set({ pointerLast: true });
  };

  onPointerLeave = (): void => {
    this.set({ hover: null });
  };

  /** The geographic map could not be loaded and the reader asked for the tile map: it takes the focus. */
  showGrid = async (event: Event): Promise<void> => {
    // Blurred first: the button goes away in the update, and its focusout would change state during it.
    (event.currentTarget as HTMLElement).blur();
    this.host.layout = 'grid';
    await this.host.updateComplete;
    if (this.view) this.moveFocus(this.tabStop(this.view));
  };

  /** Sorts the table by a column; the sorted column again reverses the order. Values start largest first, names A–Z. */
  sortTable = (by: TableSort['by']): void => {
    const { sort } = this.state;
    this.set({ sort: sort.by === by ? { by, descending: !sort.descending } : { by, descending: by === 'value' } });
  };

  toggleTable = (): void => {
    this.set({ table: !this.state.table });
  };

  /** Watches the rendered width of the map (the svg is new after an error was shown) to size the labels. */
  private observeMap(): void {
    // The figure around the svg, as wide: older Chromium (92, 108) measures an observed <svg> by its drawing in user
    // units, not by its box, and would not see it resize.
    const map = this.host.renderRoot.querySelector('.figure');
    // An update after removal (a report that arrived late) must not start an observer that nothing stops.
    if (map === this.observed || !this.host.isConnected) return;
    this.resizeObserver ??= new ResizeObserver((records) => {
      const width = records[records.length - 1].contentRect.width;
      if (width > 0 && Math.abs(width - this.state.width) > 0.5) this.set({ width });
    });
    if (this.observed) this.resizeObserver.unobserve(this.observed);
    if (map) this.resizeObserver.observe(map);
    this.observed = map;
  }
}
