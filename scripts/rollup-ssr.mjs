// Rollup pieces for server-rendered elements (imported by rollup.config.mjs).

/**
 * In the script-tag bundles, the hydration code (src/base/hydrator.ts) is not
 * bundled: load-hydrator.ts imports cdn/sw-hydrate.js beside the bundle, by an
 * absolute URL computed at run time (`import.meta.url`, which Rollup turns into
 * the script's own URL in the classic bundles). Pages without server-rendered
 * elements never fetch it.
 */
export function hydrateOnDemand() {
  return {
    name: 'sw-hydrate-on-demand',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/base/load-hydrator.ts')) return null;
      const rewritten = code.replace("return import('./hydrator.js')", "return import(new URL('./sw-hydrate.js', import.meta.url).href)");
      if (rewritten === code) this.error('src/base/load-hydrator.ts no longer contains the import this plugin rewrites');
      return { code: rewritten, map: null };
    },
  };
}

/**
 * cdn/sw-hydrate.js: Lit's hydrate with its own copy of lit-html's internals (an ES module for both the ESM
 * and the classic bundles; the same Lit version as the bundles, so parts made by one work with the other).
 */
export function hydrateBuilds(plugins) {
  return [{ input: 'src/base/hydrator.ts', output: { file: 'cdn/sw-hydrate.js', format: 'es', sourcemap: true }, plugins: plugins() }];
}
