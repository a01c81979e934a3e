/**
 * The hydration code, a module of its own (cdn/sw-hydrate.js), fetched only
 * for server-rendered elements: Lit's `hydrate`, which adopts the DOM the
 * server wrote, and a fresh render when it cannot.
 */
import { hydrate } from '@lit-labs/ssr-client';
import { render, type RenderOptions } from 'lit/html.js';

/** Removes the server's content but its <style> (it styles the shadow root), then renders `value`. */
export function renderAfresh(value: unknown, root: HTMLElement | DocumentFragment, options: RenderOptions): void {
  for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
  delete (root as { _$litPart$?: unknown })._$litPart$;
  render(value, root, options);
}

/**
 * Adopts the server's DOM for `value`. When it cannot (part markers stripped by
 * a CMS or an HTML minifier, or the browser's first render differs from the
 * server's, e.g. a `src` that now serves another report), renders afresh.
 */
export function hydrateRoot(value: unknown, root: HTMLElement | DocumentFragment, options: RenderOptions): void {
  const marked = document
    .createTreeWalker(root, NodeFilter.SHOW_COMMENT, (node) =>
      (node as Comment).data.startsWith('lit-part') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    )
    .nextNode();
  if (marked) {
    try {
      hydrate(value, root, options);
      return;
    } catch {
      // Rendered afresh below.
    }
  }
  renderAfresh(value, root, options);
}
