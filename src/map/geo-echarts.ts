/**
 * Decoder for ECharts' compressed GeoJSON (the map files of echarts 4, e.g.
 * `echarts/map/json/china.json`), used by scripts/build/build-geo.mjs. Pure.
 *
 * The format, as read by ECharts' own parser (src/coord/geo/parseGeoJson.js):
 * a FeatureCollection with `UTF8Encoding: true`; each ring is a string, two
 * characters per point (x then y). A character's code minus 64 is a zigzag
 * encoded integer (0, -1, 1, -2 … ↦ 0, 1, 2, 3 …); each point is the previous
 * one plus that delta, starting from the ring's `encodeOffsets` entry; the
 * integers are coordinates times `UTF8Scale` (1024 when absent).
 */

export type Position = [number, number];
export type Ring = Position[];

export interface EchartsGeometry {
  type: 'Polygon' | 'MultiPolygon';
  /** Polygon: one string per ring; MultiPolygon: per polygon, one string per ring. */
  coordinates: string[] | string[][];
  /** Same nesting as `coordinates`, one [x, y] start per ring. */
  encodeOffsets: Position[] | Position[][];
}

export interface EchartsFeature {
  type: 'Feature';
  id?: string;
  properties: Record<string, unknown>;
  geometry: EchartsGeometry;
}

export interface EchartsMap {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsFeature[];
}

export interface DecodedFeature {
  type: 'Feature';
  id?: string;
  properties: Record<string, unknown>;
  geometry: { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** One ring: the points of `encoded`, starting from `offset`, divided by `scale`. Not closed. */
export function decodeRing(encoded: string, offset: Position, scale = 1024): Ring {
  const ring: Ring = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += unzigzag(encoded.charCodeAt(i) - 64);
    y += unzigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function unzigzag(value: number): number {
  return (value >> 1) ^ -(value & 1);
}

/**
 * The ring closed (last point equal to the first, as GeoJSON requires; some
 * ECharts rings are open), without repeated consecutive points.
 */
export function closeRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const point of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  const [first, last] = [out[0], out[out.length - 1]];
  if (out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

/** Twice the signed planar area of a closed ring, x east and y north: negative when clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

/**
 * Every feature as a plain GeoJSON MultiPolygon with closed rings; rings
 * with fewer than three distinct points (ECharts has some) are dropped, and
 * so are polygons left without an exterior ring. Winding is kept as encoded.
 */
export function decodeEchartsMap(map: EchartsMap): DecodedFeature[] {
  const scale = map.UTF8Scale ?? 1024;
  const ring = (encoded: string, offset: Position) =>
    closeRing(map.UTF8Encoding === false ? (encoded as unknown as Ring) : decodeRing(encoded, offset, scale));
  return map.features.map((feature) => {
    const { type, coordinates, encodeOffsets } = feature.geometry;
    const polygons =
      type === 'Polygon'
        ? [(coordinates as string[]).map((encoded, i) => ring(encoded, (encodeOffsets as Position[])[i]))]
        : (coordinates as string[][]).map((polygon, i) =>
            polygon.map((encoded, j) => ring(encoded, (encodeOffsets as Position[][])[i][j])),
          );
    const kept = polygons
      .filter((rings) => rings[0] && rings[0].length >= 4)
      .map((rings) => rings.filter((r) => r.length >= 4));
    return {
      type: 'Feature',
      id: feature.id,
      properties: { ...feature.properties },
      geometry: { type: 'MultiPolygon', coordinates: kept },
    };
  });
}
