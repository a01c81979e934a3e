/**
 * sw-widgets/ssr in a Web Worker (cdn/sw-ssr-worker.js, built by scripts/build/rollup-ssr.mjs), for the embed
 * builder's "server-rendered HTML" snippet: the same renderer as in Node, off the page. A worker has no DOM:
 * Lit's DOM shim provides what the elements need. Message `{ id, elements, options }` → `{ id, html }` or
 * `{ id, error }`.
 */
import {
  CSSStyleSheet,
  CustomElementRegistry,
  Document,
  Element,
  HTMLElement,
  ShadowRoot,
  customElements,
  document,
} from '@lit-labs/ssr-dom-shim';
import type { PageElement, RenderOptions } from './render.js';

Object.assign(globalThis, {
  CSSStyleSheet,
  CustomElementRegistry,
  Document,
  Element,
  HTMLElement,
  ShadowRoot,
  customElements,
  document,
});
// Lit's server renderer calls Array.prototype.at (Chrome 92, Safari 15.4): added to this worker's own global only.
if (!Array.prototype.at) {
  Object.defineProperty(Array.prototype, 'at', {
    configurable: true,
    writable: true,
    value(this: unknown[], index: number) {
      const i = Math.trunc(index) || 0;
      return this[i < 0 ? this.length + i : i];
    },
  });
}
// Not a top-level await: the worker is a classic script in ES2020 (scripts/build/browser-floor.mjs; module workers need
// Safari 15 and Firefox 114). Messages that come before the renderer is ready wait for it.
const renderer = import('./render.js').then(async (module) => {
  await import('../all.js');
  await module.rendererReady;
  return module;
});

addEventListener(
  'message',
  async (event: MessageEvent<{ id: number; elements: PageElement[]; options: RenderOptions }>) => {
    const { id, elements, options } = event.data;
    try {
      const { renderPage } = await renderer;
      postMessage({ id, html: renderPage(elements, options) });
    } catch (error) {
      postMessage({ id, error: String(error instanceof Error ? error.message : error) });
    }
  },
);
