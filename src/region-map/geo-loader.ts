/**
 * Where <sw-region-map layout="geo"> gets its geographic module and geometry
 * in dist/ (npm) and in the tests: a dynamic import that the reader's bundler
 * splits into a chunk of its own, and the geometry file of the package
 * (bundlers that understand `new URL(…, import.meta.url)` copy it). The cdn
 * bundles use geo-loader.cdn.ts instead (see rollup.config.mjs).
 */
import type * as GeoModule from './geo-module.js';

export type { GeoModule };

export const loadGeoModule = (): Promise<typeof GeoModule> => import('./geo-module.js');

export const defaultGeometryUrl = (): string => new URL('../../data/geo/sw-china.map.json', import.meta.url).href;
