/**
 * Styles of a card's series (change line, sparkline, table), loaded with the series code (cdn/sw-series.js) and added
 * to the card's shadow root then (src/base/extra-styles.ts): cards without a series never load them. A server
 * render includes them in the card's styles (src/ssr/render.ts).
 */
// Plain text, no Lit here: the tag is named `css` so that the build minifies it like the elements' styles.
const css = (text: TemplateStringsArray) => text[0];

export const SERIES_CSS = css`
  .change { margin-block-start: .25em; font-size: .9375rem; }
  .change.up::before { content: '▲'; margin-inline-end: .25em; font-size: .75em; color: var(--_accent); }
  .change.down::before { content: '▼'; margin-inline-end: .25em; font-size: .75em; color: var(--_accent); }
  .sparkline { inline-size: 100%; max-inline-size: 20rem; }
  .center .sparkline { margin-left: auto; margin-right: auto; }
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
`;
