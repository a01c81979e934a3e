/**
 * Loads the hydration code when a server-rendered element first connects. In
 * npm builds a plain dynamic import (bundlers split it off); the script-tag
 * bundles import `sw-hydrate.js` from beside the bundle instead
 * (scripts/rollup-ssr.mjs), by an absolute URL computed at run time.
 */
export type Hydrator = typeof import('./hydrator.js');

export function loadHydrator(): Promise<Hydrator> {
  return import('./hydrator.js');
}
