/**
 * Hydration of server-rendered elements (`sw-widgets/ssr`): the first update
 * adopts the DOM the server wrote instead of rendering it again. The code that
 * does it (hydrator.ts, with @lit-labs/ssr-client's `hydrate`) is fetched only
 * when an element with a server-rendered shadow root connects, so pages
 * without server rendering never load it.
 */
import { render, type RenderOptions } from 'lit';
import { loadHydrator, type Hydrator } from './load-hydrator.js';

let hydrator: Hydrator | undefined;
let loading: (Promise<void> & { done?: boolean }) | undefined;

/** Fetches the hydration code once; `done` once it is here or failed to load. */
export function loadHydration(): Promise<void> & { done?: boolean } {
  if (!loading) {
    const promise: Promise<void> & { done?: boolean } = loadHydrator().then(
      (module) => void (hydrator = module),
      () => undefined,
    );
    promise.then(() => (promise.done = true));
    loading = promise;
  }
  return loading;
}

/** Hydrates `root`; without the hydration code (it failed to load), replaces the server's content by a render. */
export function hydrateRoot(value: unknown, root: HTMLElement | DocumentFragment, options: RenderOptions): void {
  if (hydrator) return hydrator.hydrateRoot(value, root, options);
  for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
  render(value, root, options);
}
