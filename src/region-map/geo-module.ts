/**
 * Everything <sw-region-map layout="geo"> loads on demand, in one file
 * (cdn/sw-geo.js; a chunk of the reader's bundler with npm): decoding the
 * geometry (projected when it was built), the callouts of small divisions and
 * the drawing. No d3-geo, no topojson-client.
 */
export { loadGeoMap } from '../map/geo-map.js';
export { describeGeoFailure, geoMapTemplate, geoStyleSheet } from './region-map-geo.render.js';
