/**
 * Hydration of server-rendered elements (`sw-widgets/ssr`): the first update
 * adopts the DOM the server wrote instead of rendering it again. The code that
 * does it (hydrator.ts, with @lit-labs/ssr-client's `hydrate`) is loaded on
 * demand (src/on-demand/on-demand.ts) only when an element with a server-rendered
 * shadow root connects, so pages without server rendering never load it.
 */
import { ReactiveElement, adoptStyles, render, type LitElement, type PropertyValues, type RenderOptions } from 'lit';
import { onDemand } from '../on-demand/on-demand.js';
import type { ReportSource } from './report-source.js';

const hydrator = onDemand(() => import('./hydrator.js'));
let loading: (Promise<unknown> & { done?: boolean }) | undefined;

/**
 * Loads the hydration code once (one try: the page's server-rendered DOM does not wait for a second); resolves with
 * its failure if it did not load, `done` once settled.
 */
export function loadHydration(): Promise<unknown> & { done?: boolean } {
  if (!loading) {
    const promise: Promise<unknown> & { done?: boolean } = hydrator.load().then(
      () => undefined,
      (error: unknown) => error,
    );
    promise.then(() => (promise.done = true));
    loading = promise;
  }
  return loading;
}

/** Hydrates `root`; without the hydration code (it failed to load), replaces the server's content by a render. */
export function hydrateRoot(value: unknown, root: HTMLElement | DocumentFragment, options: RenderOptions): void {
  if (hydrator.value) return hydrator.value.hydrateRoot(value, root, options);
  for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
  render(value, root, options);
}

/** Whether and how an element hydrates (see `hydration()`). */
export interface Hydration {
  /** The element's shadow root came from the server. */
  readonly serverRendered: boolean;
  /** The next update is the first of a server-rendered element: it hydrates. */
  readonly first: boolean;
  /** The server-rendered shadow root, kept (its <style> included), and the hydration code fetched; else undefined. */
  adoptRoot(): ShadowRoot | undefined;
  /**
   * A server-rendered element keeps the server's DOM until the hydration code (or its failure: it then renders over
   * the server's DOM) and its report (`loading`) are here.
   */
  waits(loading: boolean): boolean;
  /**
   * The first update of a server-rendered element: LitElement.update, hydrating `value` (the element's render)
   * into the server's DOM instead of rendering it; ReactiveElement.update reflects attributes.
   */
  hydrate(value: unknown, changed: PropertyValues, options: RenderOptions): void;
}

/**
 * Whether `host` came with its content in the page's HTML (declarative shadow DOM from `sw-widgets/ssr`): then its
 * first update adopts that DOM (hydration) instead of rendering it again. A controller that every element owns
 * (SwElement creates it and asks it for its render root, whether to update, and how); `source`: the element's
 * report source, told when the hydration code fails its check. A closure, not a class (smaller when minified).
 */
export function hydration(host: LitElement, source: ReportSource): Hydration {
  let serverRendered = false;
  const first = () => serverRendered && !host.hasUpdated;
  return {
    get serverRendered() {
      return serverRendered;
    },
    get first() {
      return first();
    },
    adoptRoot() {
      const root = host.shadowRoot;
      if (!root) return undefined;
      serverRendered = true;
      // Also adopted: a strict CSP (no 'unsafe-inline' styles) blocks the server's <style>, never adopted sheets.
      adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
      loadHydration().then((error) => {
        source.blockIfTampered(error);
        host.requestUpdate();
      });
      return root;
    },
    waits: (loading) => first() && (loading || !loadHydration().done),
    hydrate(value, changed, options) {
      options.isConnected = host.isConnected;
      ReactiveElement.prototype['update'].call(host, changed);
      hydrateRoot(value, host.renderRoot, options);
    },
  };
}
