/**
 * Styles of a card's progress bar, loaded with the progress code and added to the card's shadow root then
 * (src/base/extra-styles.ts); a server render includes them in the card's styles (src/ssr/render.ts).
 */
// Plain text, no Lit here: the tag is named `css` so that the build minifies it like the elements' styles.
const css = (text: TemplateStringsArray) => text[0];

export const PROGRESS_CSS = css`
  .bar { block-size: .625rem; border: 1px solid var(--_border); border-radius: 1em; background: var(--_surface-alt); overflow: hidden; }
  .bar svg { display: block; inline-size: 100%; block-size: 100%; fill: var(--_accent); }
  .progress { inline-size: 100%; }
  .progress-text { display: flex; flex-wrap: wrap; column-gap: .75em; margin-block-start: .25em; }
  .center .progress-text { justify-content: center; }
  .progress-counts { color: var(--_text); font-weight: 600; }
  /* Windows High Contrast: the bar's track keeps a visible edge and the filled part is drawn in the system highlight. */
  @media (forced-colors: active) {
    .bar { border-color: CanvasText; background: Canvas; }
    .bar svg { fill: Highlight; }
  }
`;
