import { css } from 'lit';

/**
 * Styles of <sw-region-map>. Step colors mix the accent into the surface, so
 * they follow the theme and a partner's `--sw-accent`; labels use the text
 * color on the three light steps and the accent-contrast color on the two
 * strong ones (4.5:1 or more with the default light and dark themes; tested).
 * Each step class sets `--_fill` and `--_ink` for its tile, label and swatch.
 * While a report loads, the placeholder takes the tile map's height at its
 * width: 8/7 of the map's width plus the legend below it, or beside it from
 * 44rem on (test/layout-shift.test.ts).
 */
export const regionMapStyles = css`
  :host {
    --_placeholder-height: 12rem;
    --_map-border: var(--sw-map-border, color-mix(in srgb, var(--_text-muted) 45%, var(--_surface)));
  }
  :host > .placeholder {
    container-type: inline-size;
  }
  :host > .placeholder::before {
    content: '';
    display: block;
    height: calc(114.3cqi + 6.9rem);
  }
  @container (min-width: 44rem) {
    :host > .placeholder::before {
      height: calc(1.143 * min(100cqi - 12.75rem, var(--sw-map-max-width, 44rem)) + 0.8rem);
    }
  }
  /* Without container queries (older engines): the map at most --sw-map-max-width wide, the legend below it at every
     width (map-width.ts). */
  @supports not (container-type: inline-size) {
    .figure {
      max-width: var(--sw-map-max-width, 44rem);
    }
  }
  .step-1 {
    --_ink: var(--sw-map-step-1-text, var(--_text));
  }
  .step-2 {
    --_ink: var(--sw-map-step-2-text, var(--_text));
  }
  .step-3 {
    --_ink: var(--sw-map-step-3-text, var(--_text));
  }
  .step-4 {
    --_ink: var(--sw-map-step-4-text, var(--_accent-contrast));
  }
  .step-5 {
    --_fill: var(--sw-map-step-5, var(--_accent));
    --_ink: var(--sw-map-step-5-text, var(--_accent-contrast));
  }
  /* Without color-mix() (older engines) these would be invalid and draw black: mixed-colors.ts writes the same
     colors there, and until then the tiles show the no-data color. Steps 6 and 7 (6 or 7 classes of an indicator)
     come with the choropleth's code (map/choropleth.styles.ts). */
  @supports (color: color-mix(in srgb, red, red)) {
    .step-1 {
      --_fill: var(--sw-map-step-1, color-mix(in srgb, var(--_accent) 14%, var(--_surface)));
    }
    .step-2 {
      --_fill: var(--sw-map-step-2, color-mix(in srgb, var(--_accent) 32%, var(--_surface)));
    }
    .step-3 {
      --_fill: var(--sw-map-step-3, color-mix(in srgb, var(--_accent) 52%, var(--_surface)));
    }
    .step-4 {
      --_fill: var(--sw-map-step-4, color-mix(in srgb, var(--_accent) 82%, var(--_surface)));
    }
  }
  .national {
    margin-top: 0.4em;
    font-size: 0.875em;
  }
  /* The map paints its own surface: steps are mixed with it, and the dark theme works on any page. */
  .root {
    container-type: inline-size;
    background: var(--_surface);
    color: var(--_text);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  /* Wide containers: the map keeps a readable size and the legend moves beside it. */
  @container (min-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, var(--sw-map-max-width, 44rem)) minmax(12rem, 1fr);
      align-items: start;
    }
    .table-area {
      grid-column: 1 / -1;
    }
  }
  .figure,
  .aside,
  .table-area {
    position: relative;
    min-width: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    user-select: none;
  }
  .tile {
    cursor: pointer;
    outline: none;
  }
  .tile-shape {
    fill: var(--_fill, var(--sw-map-no-data, var(--_surface-alt)));
    stroke: var(--_border);
  }
  .tile:hover .tile-shape {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .tile-label {
    fill: var(--_ink, var(--sw-map-no-data-text, var(--_text-muted)));
  }
  .labels,
  .ring {
    pointer-events: none;
  }
  .tile-value {
    font-weight: 700;
  }
  .marker {
    fill: var(--_text);
    stroke: var(--_surface);
  }
  .tile-shape,
  .marker,
  .ring {
    vector-effect: non-scaling-stroke;
  }
  .ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 4px;
  }
  .ring.inner {
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  /* Drawn above every tile so that no neighbour covers it; shown whenever a tile has focus. */
  .ring.focus {
    stroke: var(--_focus);
    stroke-width: 3px;
    visibility: hidden;
  }
  svg:focus-within .focus {
    visibility: visible;
  }
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 1;
    width: max-content;
    max-width: min(20rem, 100%);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    box-shadow: 0 2px 8px #0003;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .tooltip[hidden] {
    display: none;
  }
  p,
  ul {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.1em;
  }
  .name,
  .legend-title,
  caption {
    font-weight: 700;
  }
  .muted,
  thead th {
    color: var(--_text-muted);
  }
  .aside {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
  }
  .legend,
  .table-area {
    font-size: 0.875em;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    width: 1em;
    height: 1em;
    margin-top: 0.25em;
    border: 1px solid var(--_border);
    border-radius: 2px;
    background: var(--_fill, var(--sw-map-no-data, var(--_surface-alt)));
  }
  .swatch.dot {
    width: 0.6em;
    height: 0.6em;
    margin: 0.45em 0.2em 0;
    border: 0;
    border-radius: 50%;
    background: var(--_text);
  }
  .table-toggle {
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.3em 0.8em;
    cursor: pointer;
  }
  .table-toggle[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_surface);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption,
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.5em;
    overflow-wrap: anywhere;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
  }
  /* Windows High Contrast keeps SVG fills (the tiles keep their step colors) but empties backgrounds: the legend's
     swatches keep theirs too (forced-color-adjust: none), so that the legend matches the map; edges, the hover
     outline and the focus ring take system colors. */
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .swatch.dot {
      background: CanvasText;
    }
    .tile-shape {
      stroke: CanvasText;
    }
    .tile:hover .tile-shape {
      stroke: Highlight;
    }
    .marker {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ring {
      stroke: CanvasText;
    }
    .ring.inner {
      stroke: Canvas;
    }
    .ring.focus {
      stroke: Highlight;
    }
  }
`;
