/**
 * Styles only a choropleth (`<sw-region-map indicator>`) uses, loaded with its code (cdn/sw-choropleth.js) and
 * added to the map's shadow root then (src/base/extra-styles.ts): classes 6 and 7, which go beyond the accent toward
 * the text color (mixed-colors.ts computes them without color-mix()), the hatching and dashed outline of divisions
 * without a value, the legend's note and source, the table's sort buttons.
 */
// Plain text, no Lit here: the tag is named `css` so that the build minifies it like the elements' styles.
const css = (text: TemplateStringsArray) => text[0];

export const CHOROPLETH_CSS = css`
  .step-6 {
    --_ink: var(--sw-map-step-6-text, var(--_accent-contrast));
  }
  .step-7 {
    --_ink: var(--sw-map-step-7-text, var(--_accent-contrast));
  }
  @supports (color: color-mix(in srgb, red, red)) {
    .step-6 {
      --_fill: var(--sw-map-step-6, color-mix(in srgb, var(--_accent) 72%, var(--_text)));
    }
    .step-7 {
      --_fill: var(--sw-map-step-7, color-mix(in srgb, var(--_accent) 50%, var(--_text)));
    }
  }
  .hatch {
    pointer-events: none;
  }
  .hatch-line {
    stroke: var(--sw-map-no-data-text, var(--_text-muted));
    stroke-width: 1.5;
  }
  .choropleth .no-data .tile-shape {
    stroke: var(--sw-map-no-data-text, var(--_text-muted));
    stroke-dasharray: 4 3;
  }
  .swatch.hatched {
    border: 1px dashed var(--sw-map-no-data-text, var(--_text-muted));
    background-image: repeating-linear-gradient(-45deg, var(--sw-map-no-data-text, var(--_text-muted)) 0 1px, transparent 1px 5px);
  }
  .legend-note,
  .legend-source {
    margin-top: 0.4em;
  }
  button.sort {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
    text-decoration: underline dotted;
  }
`;
