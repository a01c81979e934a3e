/**
 * Hydration of server-rendered elements (`sw-widgets/ssr`): the first update
 * adopts the DOM the server wrote instead of rendering it again. The code that
 * does it (hydrator.ts, with @lit-labs/ssr-client's `hydrate`) is loaded on
 * demand (src/on-demand/on-demand.ts) only when an element with a server-rendered
 * shadow root connects, so pages without server rendering never load it.
 */
import { render, type RenderOptions } from 'lit';
import { onDemand } from '../on-demand/on-demand.js';

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
