/**
 * Styles that come with code loaded on demand (the geographic map's, the choropleth's, a card's series'), added to
 * an element's shadow root once: a constructed stylesheet, which a strict CSP allows, or where the engine has none
 * (Safari < 16.4, Firefox < 101) a `<style>` element, as Lit adds the element's own (with `window.litNonce`).
 * Keeping them out of the elements' static styles keeps them out of the script-tag bundles.
 */
import { adoptStyles, supportsAdoptingStyleSheets, unsafeCSS, type CSSResult } from 'lit';

const sheets = new Map<string, CSSResult>();
const added = new WeakMap<ShadowRoot, Set<string>>();

export function addStyles(root: ShadowRoot, css: string): void {
  let done = added.get(root);
  if (!done) added.set(root, (done = new Set()));
  if (done.has(css)) return;
  done.add(css);
  let styles = sheets.get(css);
  if (!styles) sheets.set(css, (styles = unsafeCSS(css)));
  if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  else adoptStyles(root, [styles]);
}
