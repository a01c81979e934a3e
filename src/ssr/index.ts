/**
 * sw-widgets/ssr (Node only): the elements rendered to HTML on a server, with
 * their content in a declarative shadow root (`<template shadowrootmode="open">`),
 * so a page shows them before, or without, its scripts. When the script-tag
 * bundle or an element module loads on that page, the elements adopt that DOM
 * (hydration) instead of rendering it again. See docs/ssr.md.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { createHash } from 'node:crypto';
import { renderToString, rendererReady, SERVER_RENDERED_TAGS } from './render.js';

// The elements register in the shim's registry, installed above. A static import could be evaluated first:
// the shim's dependencies (node-fetch) use top-level await, which lets sibling imports run before them.
await import('../all.js');
await rendererReady;

export * from './render.js';

/**
 * The CSP source expressions (`'sha256-…'`) of the `<style>` blocks the elements' HTML carries, one per element
 * kind: add them to `style-src` so that a strict policy (no 'unsafe-inline') applies the server-rendered styles.
 */
export function cspStyleHashes(): string[] {
  const hashes = new Set<string>();
  for (const tag of SERVER_RENDERED_TAGS) {
    for (const [, css] of renderToString(tag).matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      hashes.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes];
}
