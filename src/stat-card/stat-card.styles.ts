/**
 * Layout of <sw-stat-card>. The card is a size container, so the figure and
 * spacing follow the card's own width (160–800 px), not the viewport.
 *
 * Why some rules exist (comments stay out of the CSS, which ships as is):
 * - `.card` sets color and line height again: a page rule like `* { all: unset }` beats :host, not the shadow tree.
 *   The font family is inherited from the host on purpose: `sw-stat-card { font-family: inherit }` uses the page's font.
 * - `.card` has a minimum width: size containment ignores content width in shrink-to-fit layouts.
 * - `.value` breaks only at spaces (over / 320,000), never inside 超32万人; `anywhere` is the last resort.
 * - `.count` lies over the hidden final text while counting up, so counting never moves the layout.
 * - The loading placeholder follows the card's usual height at its width (a third of the width, 9–12.5rem),
 *   so the page does not move when the report arrives (test/layout-shift.test.ts).
 * - Without container queries (Chrome < 105, Safari < 16, Firefox < 110) the sizes that follow the card's width
 *   are fixed ones that fit a 280 px card and still read well at 1200 px (test/node/old-engines.test.mjs).
 * - Physical margins and `top`/`left`, not the logical shorthands (margin-block, inset: Chrome 87, Safari 14.1);
 *   without flex `gap` (Chrome < 84, Safari 14.0) the body's items are spaced by margins, which those engines load
 *   with the map's computed colors (FLEX_GAP_FALLBACK in base/mixed-colors.ts).
 */
import { css } from 'lit';

export const statCardStyles = css`
  :host { --_placeholder-height: 9rem; }
  :host > .placeholder { aspect-ratio: 3; max-height: 12.5rem; }
  .card {
    container-type: inline-size;
    min-inline-size: 10rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .body {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: clamp(calc(var(--_space) * .75), 5cqi, calc(var(--_space) * 1.5));
  }
  .compact .body { gap: calc(var(--_space) / 3); padding: calc(var(--_space) * .75); }
  .center .body { align-items: center; text-align: center; }
  p { margin: 0; }
  .value {
    font-size: var(--sw-stat-card-value-size, clamp(1.5rem, 11cqi, 4rem));
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
    word-break: keep-all;
    overflow-x: clip;
  }
  .compact .value { font-size: var(--sw-stat-card-value-size, clamp(1.25rem, 8cqi, 2.5rem)); }
  .qualifier, .unit { font-size: .5em; font-weight: 600; }
  .number { position: relative; }
  .count { position: absolute; top: 0; left: 0; white-space: nowrap; }
  .number:not(.counting) .count { display: none; }
  .counting .final { visibility: hidden; }
  .label { margin: .25em 0; font-size: clamp(1rem, 3.2cqi, 1.25rem); font-weight: 600; line-height: 1.35; }
  .meta, .note, .story, .progress-text { font-size: .875rem; color: var(--_text-muted); }
  .place + time::before { content: '·'; margin: 0 .4em; }
  .note { padding-inline-start: .5em; border-inline-start: 3px solid var(--_border); }
  a { color: var(--_accent); }
  @supports not (container-type: inline-size) {
    .body { padding: var(--_space); }
    .value { font-size: var(--sw-stat-card-value-size, 2.25rem); }
    .compact .value { font-size: var(--sw-stat-card-value-size, 1.75rem); }
    .label { font-size: 1.125rem; }
  }
`;
