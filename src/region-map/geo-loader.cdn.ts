/**
 * geo-loader.ts for the cdn bundles (swapped in by rollup.config.mjs): the
 * geographic module (cdn/sw-geo.js) and the geometry (cdn/sw-china.map.json)
 * are fetched from next to the running bundle. The URL is computed at run
 * time, so Rollup leaves the import alone (a classic IIFE bundle cannot be
 * split); in the IIFE, Rollup turns `import.meta.url` into the `src` of
 * `document.currentScript`, read when the bundle loads.
 */
import type * as GeoModule from './geo-module.js';

const base = import.meta.url;

export const loadGeoModule = (): Promise<typeof GeoModule> => {
  const url = new URL('sw-geo.js', base).href;
  return import(/* @vite-ignore */ url).catch((error: unknown) => {
    throw Object.assign(new Error(String(error)), { url });
  });
};

export const defaultGeometryUrl = (): string => new URL('sw-china.map.json', base).href;
