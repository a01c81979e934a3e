/**
 * Where <sw-region-map indicator> gets its choropleth code in dist/ (npm) and
 * in the tests: a dynamic import that the reader's bundler splits into a chunk
 * of its own. The cdn bundles use choropleth-loader.cdn.ts instead (see
 * scripts/rollup-choropleth.mjs).
 */
import type * as ChoroplethKit from '../map/choropleth-kit.js';

export type { ChoroplethKit };

export const loadChoroplethKit = (): Promise<typeof ChoroplethKit> => import('../map/choropleth-kit.js');
