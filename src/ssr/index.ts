/**
 * sw-widgets/ssr (Node only): the elements rendered to HTML on a server, with
 * their content in a declarative shadow root (`<template shadowrootmode="open">`),
 * so a page shows them before, or without, its scripts. When the script-tag
 * bundle or an element module loads on that page, the elements adopt that DOM
 * (hydration) instead of rendering it again. See docs/ssr.md.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

// The elements register in the shim's registry, installed above. A static import could be evaluated first:
// the shim's dependencies (node-fetch) use top-level await, which lets sibling imports run before them.
await import('../all.js');

export * from './render.js';
