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
  .count { position: absolute; inset: 0 auto auto 0; white-space: nowrap; }
  .number:not(.counting) .count { display: none; }
  .counting .final { visibility: hidden; }
  .label { margin-block: .25em; font-size: clamp(1rem, 3.2cqi, 1.25rem); font-weight: 600; line-height: 1.35; }
  .meta, .note, .story, .progress-text { font-size: .875rem; color: var(--_text-muted); }
  .place + time::before { content: '·' / ''; margin-inline: .4em; }
  .note { padding-inline-start: .5em; border-inline-start: 3px solid var(--_border); }
  .bar { block-size: .625rem; border: 1px solid var(--_border); border-radius: 1em; background: var(--_surface-alt); overflow: hidden; }
  .bar svg { display: block; inline-size: 100%; block-size: 100%; fill: var(--_accent); }
  .progress { inline-size: 100%; }
  .progress-text { display: flex; flex-wrap: wrap; column-gap: .75em; margin-block-start: .25em; }
  .center .progress-text { justify-content: center; }
  .progress-counts { color: var(--_text); font-weight: 600; }
  a { color: var(--_accent); }
  .change { margin-block-start: .25em; font-size: .9375rem; }
  .change.up::before { content: '▲' / ''; margin-inline-end: .25em; font-size: .75em; color: var(--_accent); }
  .change.down::before { content: '▼' / ''; margin-inline-end: .25em; font-size: .75em; color: var(--_accent); }
  .sparkline { inline-size: 100%; max-inline-size: 20rem; }
  .center .sparkline { margin-inline: auto; }
  .sparkline svg { display: block; inline-size: 100%; block-size: auto; overflow: visible; }
  .sparkline path { fill: none; stroke: var(--_accent); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
  .sparkline circle { fill: var(--_accent); }
  .sparkline-labels { display: flex; justify-content: space-between; gap: .75em; font-size: .8125rem; line-height: 1.3; color: var(--_text-muted); font-variant-numeric: tabular-nums; }
  .sparkline-labels > span { display: flex; flex-direction: column; }
  .sparkline-labels > span:last-child { text-align: end; }
  .sparkline-date { color: var(--_text); }
  .series-table { font-size: .875rem; }
  .series-table summary { cursor: pointer; color: var(--_accent); inline-size: fit-content; }
  .series-table summary:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .series-table table { border-collapse: collapse; margin-block-start: .25em; font-variant-numeric: tabular-nums; }
  .series-table th, .series-table td { padding: .125em .75em .125em 0; text-align: start; font-weight: normal; border-block-end: 1px solid var(--_border); }
  .series-table thead th { font-weight: 600; color: var(--_text-muted); }
  /* Windows High Contrast: the bar's track keeps a visible edge and the filled part is drawn in the system highlight. */
  @media (forced-colors: active) {
    .bar { border-color: CanvasText; background: Canvas; }
    .bar svg { fill: Highlight; }
  }
`;
