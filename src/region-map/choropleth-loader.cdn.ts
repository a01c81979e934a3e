/**
 * choropleth-loader.ts for the cdn bundles (swapped in by
 * scripts/rollup-choropleth.mjs): the choropleth code (cdn/sw-choropleth.js)
 * is imported from next to the running bundle, by a URL computed at run time,
 * as cdn/sw-geo.js is (see geo-loader.cdn.ts).
 */
import type * as ChoroplethKit from '../map/choropleth-kit.js';

const base = import.meta.url;

export const loadChoroplethKit = (): Promise<typeof ChoroplethKit> => {
  const url = new URL('sw-choropleth.js', base).href;
  return import(/* @vite-ignore */ url).catch((error: unknown) => {
    throw Object.assign(new Error(String(error)), { url });
  });
};
