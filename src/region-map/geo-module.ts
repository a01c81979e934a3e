/**
 * Everything <sw-region-map layout="geo"> loads on demand, in one file
 * (cdn/sw-geo.js; a chunk of the reader's bundler with npm): the projection
 * with d3-geo and topojson-client, and the drawing.
 */
export { loadGeoMap } from '../map/geo-map.js';
export { describeGeoFailure, geoMapTemplate, GEO_CSS } from './region-map-geo.render.js';
