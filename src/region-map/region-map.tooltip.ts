/**
 * The tooltip of <sw-region-map> (`role="tooltip"`, the description of the tile it is beside): the division's name,
 * value, rank, places and first story titles (then 另有 2 篇报道 / and 2 more stories), and its place beside the tile or callout, inside the figure.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { placeTooltip } from '../map/tooltip-placement.js';
import type { Language } from '../report/schema.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import type { TileView } from './region-map.view.js';

/** Tooltip story titles beyond this many are summed up ("and 2 more stories"). */
const MAX_TOOLTIP_STORIES = 3;

/** The tooltip describing `tile`, hidden when there is none. */
export function tooltipTemplate(tile: TileView | undefined, language: Language): TemplateResult {
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

/** Places the tooltip beside the division `code` inside the figure; measured after render, written through CSSOM. */
export function positionTooltip(root: ParentNode, code: string | null): void {
  const tooltip = root.querySelector<HTMLElement>('.tooltip');
  const figure = tooltip?.parentElement;
  // A small division's callout (geographic map) is what the reader points at: the tooltip goes beside it.
  const tile =
    root.querySelector(`[data-callout][data-code="${code}"]`) ?? root.querySelector(`.tile[data-code="${code}"]`);
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
