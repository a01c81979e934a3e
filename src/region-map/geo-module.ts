/**
 * Everything <sw-region-map layout="geo"> loads on demand, in one file
 * (cdn/sw-geo.js; a chunk of the reader's bundler with npm): decoding the
 * geometry (projected when it was built), the callouts of small divisions, the
 * drawing, and where the package's geometry is (in cdn/sw-geo.js, the copy
 * beside it, with its hash: this file is checked by the bundle that loads it,
 * and checks the geometry in turn). No d3-geo, no topojson-client.
 */
import { checkedFile, type CheckedFile } from '../on-demand/on-demand.js';
import { loadGeoMap, type GeoMapLayout } from '../map/geo-map.js';

export { describeGeoFailure, geoMapTemplate, GEO_CSS } from './region-map-geo.render.js';

/**
 * Loads and lays out the geometry: a page's own (`url` from `geo-src`, with its `geo-integrity` if any) or, when
 * `url` is '', the package's (data/geo/sw-china.map.json; bundlers that understand `new URL(…, import.meta.url)`
 * copy it).
 */
export function loadGeometry(
  url: string,
  integrity: string | null,
  codes: readonly string[],
  timeoutMs: number,
): Promise<GeoMapLayout> {
  const geometry: CheckedFile = url
    ? { url, integrity: integrity || undefined }
    : checkedFile(new URL('../../data/geo/sw-china.map.json', import.meta.url));
  return loadGeoMap(geometry.url, codes, timeoutMs, geometry.integrity);
}
