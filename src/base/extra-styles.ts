/**
 * Styles that come with code loaded on demand (the geographic map's, the choropleth's, a card's series'), added to
 * an element's shadow root once: a constructed stylesheet, which a strict CSP allows, or where the engine has none
 * (Safari < 16.4, Firefox < 101) a `<style>` element, as Lit adds the element's own (with `window.litNonce`).
 * Keeping them out of the elements' static styles keeps them out of the script-tag bundles.
 */
import { adoptStyles, supportsAdoptingStyleSheets, unsafeCSS, type CSSResult, type LitElement } from 'lit';
import { onDemand } from '../on-demand/on-demand.js';

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

/**
 * Engines without CSS color-mix() (Chrome < 111, Safari < 16.2, Firefox < 113) load the map's colors computed from
 * the theme and the flex-gap fallbacks (base/mixed-colors.ts; in cdn/sw-choropleth.js); no other engine does.
 * No CSS global: a server render, where neither matters.
 */
const olderEngineStyles =
  typeof CSS === 'undefined' || CSS.supports('color', 'color-mix(in srgb,red,red)')
    ? undefined
    : onDemand(() => import('./mixed-colors.js'));

/** In an engine without color-mix(), the computed colors and gap fallbacks for what `element` has just rendered. */
export function addOlderEngineStyles(element: LitElement): void {
  olderEngineStyles?.load().then(
    (module) => element.isConnected && module.applyMixedColors(element.renderRoot as ShadowRoot),
    () => undefined,
  );
}
