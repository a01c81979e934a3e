import { css } from 'lit';

/**
 * Styles of <sw-region-map>. Step colors mix the accent into the surface, so
 * they follow the theme and a partner's `--sw-accent`; labels use the text
 * color on the three light steps and the accent-contrast color on the two
 * strong ones (AA, 4.5:1 or more, with the default light and dark themes).
 */
export const regionMapStyles = css`
  :host {
    --_placeholder-height: 24rem;
    --_step-1: var(--sw-map-step-1, color-mix(in srgb, var(--_accent) 14%, var(--_surface)));
    --_step-2: var(--sw-map-step-2, color-mix(in srgb, var(--_accent) 32%, var(--_surface)));
    --_step-3: var(--sw-map-step-3, color-mix(in srgb, var(--_accent) 52%, var(--_surface)));
    --_step-4: var(--sw-map-step-4, color-mix(in srgb, var(--_accent) 82%, var(--_surface)));
    --_step-5: var(--sw-map-step-5, var(--_accent));
    --_step-1-text: var(--sw-map-step-1-text, var(--_text));
    --_step-2-text: var(--sw-map-step-2-text, var(--_text));
    --_step-3-text: var(--sw-map-step-3-text, var(--_text));
    --_step-4-text: var(--sw-map-step-4-text, var(--_accent-contrast));
    --_step-5-text: var(--sw-map-step-5-text, var(--_accent-contrast));
    --_no-data: var(--sw-map-no-data, var(--_surface-alt));
    --_no-data-text: var(--sw-map-no-data-text, var(--_text-muted));
  }

  /* The map paints its own surface: step colors are mixed with it, and the dark theme works on any page. */
  .root {
    container-type: inline-size;
    min-width: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
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

  .figure {
    position: relative;
    min-width: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    font-family: var(--_font);
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  .tile {
    cursor: pointer;
    outline: none;
  }
  .tile-shape {
    fill: var(--_no-data);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .labels {
    pointer-events: none;
  }
  .tile-label {
    fill: var(--_no-data-text);
  }
  .tile-value {
    font-weight: 700;
  }
  .step-1 .tile-shape { fill: var(--_step-1); }
  .step-2 .tile-shape { fill: var(--_step-2); }
  .step-3 .tile-shape { fill: var(--_step-3); }
  .step-4 .tile-shape { fill: var(--_step-4); }
  .step-5 .tile-shape { fill: var(--_step-5); }
  .tile-label.step-1 { fill: var(--_step-1-text); }
  .tile-label.step-2 { fill: var(--_step-2-text); }
  .tile-label.step-3 { fill: var(--_step-3-text); }
  .tile-label.step-4 { fill: var(--_step-4-text); }
  .tile-label.step-5 { fill: var(--_step-5-text); }
  .tile:hover .tile-shape {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .marker {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .selection-ring,
  .selection-ring-inner,
  .focus-ring {
    fill: none;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .selection-ring {
    stroke: var(--_text);
    stroke-width: 4px;
  }
  .selection-ring-inner {
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  /* Drawn above every tile so no neighbour covers it; shown whenever a tile has focus. */
  .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3px;
    visibility: hidden;
  }
  svg:focus-within .focus-ring {
    visibility: visible;
  }

  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 1;
    width: max-content;
    max-width: min(20rem, 100%);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.625);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.875em;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip p,
  .tooltip ul {
    margin: 0;
  }
  .tooltip ul {
    padding-inline-start: 1.1em;
    margin-top: 0.25em;
  }
  .tooltip-name {
    font-weight: 700;
  }
  .tooltip-places {
    color: var(--_text-muted);
  }

  .aside {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
    min-width: 0;
  }
  .legend {
    min-width: 0;
    font-size: 0.875em;
  }
  .legend-title {
    margin: 0 0 0.25em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    width: 1em;
    height: 1em;
    border-radius: 2px;
    background: var(--_no-data);
    border: 1px solid var(--_border);
  }
  .swatch.step-1 { background: var(--_step-1); }
  .swatch.step-2 { background: var(--_step-2); }
  .swatch.step-3 { background: var(--_step-3); }
  .swatch.step-4 { background: var(--_step-4); }
  .swatch.step-5 { background: var(--_step-5); }
  .swatch.marker-swatch {
    width: 0.6em;
    height: 0.6em;
    margin-inline: 0.2em;
    border-radius: 50%;
    border: none;
    background: var(--_text);
  }

  .table-toggle {
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.3em 0.8em;
    cursor: pointer;
  }
  .table-toggle[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_surface);
    border-color: var(--_text);
  }

  .table-area {
    min-width: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  thead th {
    color: var(--_text-muted);
    font-weight: 600;
  }
  td ul {
    margin: 0;
    padding-inline-start: 1em;
  }
  .table-note {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
`;
