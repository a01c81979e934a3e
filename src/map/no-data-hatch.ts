/**
 * The hatching of a choropleth's divisions without a value (an SVG pattern the tiles fill with, `url(#no-data-hatch)`):
 * unlike any class, even the lightest (and in forced colors),
 * loaded with the choropleth's code: the element passes its own `svg`, so the page keeps one copy of Lit.
 */
import type { svg as litSvg, TemplateResult } from 'lit';

export const noDataHatch = (svg: typeof litSvg): TemplateResult =>
  svg`<defs><pattern id="no-data-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="8"></line></pattern></defs>`;
