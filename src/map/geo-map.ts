/**
 * The geographic layout of <sw-region-map layout="geo">: loads the China
 * geometry (data/geo/sw-china.topo.json), projected and quantized when it was
 * built (scripts/build-geo.mjs), and turns it into SVG path strings,
 * centroids, keyboard neighbours, the 南海诸岛 inset and a point projection for
 * markers. The page only decodes: no d3-geo, no topojson-client. Pure apart
 * from `loadGeoMap`'s fetch; no Lit.
 *
 * Loaded on demand only (cdn/sw-geo.js, or a chunk of the reader's bundler).
 */
import type { LandMask } from './geo-callouts.js';
import { conicEqualArea, type ConicProjection } from './geo-projection.js';
import { neighbourTable, type Direction } from './geo-neighbours.js';

export type Point = [number, number];

export interface GeoDivisionShape {
  /** 6-digit code (adcode), e.g. 440000. */
  code: string;
  /** SVG path data in viewBox units. */
  d: string;
  /** Area-weighted centroid of the projected shape. */
  centroid: Point;
  /** [[left, top], [right, bottom]] of the projected shape. */
  bounds: [Point, Point];
}

export interface GeoInset {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The divisions that reach into the inset (Hainan, Guangdong, Taiwan…), clipped to it. */
  divisions: Array<{ code: string; d: string }>;
  /** Neighbouring countries' land, clipped (empty when the geometry has none). */
  land: string;
  islands: string;
  dashes: string;
}

export interface GeoMapLayout {
  width: number;
  height: number;
  viewBox: string;
  /** In the order of the geometry file. */
  divisions: GeoDivisionShape[];
  /** The dashes of the line that fall in the main map outside the inset (east of Taiwan). */
  dashes: string;
  inset: GeoInset | null;
  /** Where each arrow key goes from each division, by centroid. */
  neighbours: Record<string, Partial<Record<Direction, string>>>;
  /** A longitude/latitude in viewBox units, or null outside the main map. */
  project: (lon: number, lat: number) => Point | null;
  /** Where the land is, for the callouts of small divisions (absent from a file without it). */
  land?: LandMask;
}

/** Arc indices of a TopoJSON polygon (rings) or multipolygon (polygons of rings); ~i is arc i reversed. */
type ArcIndices = number[][] | number[][][];

export interface ProjectedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  id?: string | number;
  arcs: ArcIndices;
  properties?: { kind?: string };
}

interface GeometryCollection {
  type: 'GeometryCollection';
  geometries: ProjectedGeometry[];
}

/**
 * The geometry file: a TopoJSON topology already projected into the map's
 * units (its `transform` turns the quantized arcs into them), with `layout`,
 * what the page needs besides. Objects: `provinces` (id = the 6-digit code),
 * `dashes` (the line's dashes drawn in the main map) and `inset` (the inset's
 * shapes, clipped, each with `properties.kind`: `province` with its id, `land`,
 * `island` or `dash`); the last two are optional.
 */
export interface ChinaTopology {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: Array<Array<[number, number]>>;
  layout: {
    width: number;
    height: number;
    /** The projection of the shapes, for points (the report's places). */
    projection: ConicProjection;
    /** Where the 南海诸岛 inset is, in map units. */
    inset?: { x: number; y: number; width: number; height: number };
    /** Which cells of the map are land (src/map/geo-callouts.ts). */
    land?: LandMask;
  };
  objects: { provinces: GeometryCollection; dashes?: GeometryCollection; inset?: GeometryCollection };
}

export type GeoLoadFailure = 'network' | 'http-status' | 'timeout' | 'invalid';

/** Why the geometry could not be loaded or used. */
export class GeoLoadError extends Error {
  constructor(
    readonly failure: GeoLoadFailure,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GeoLoadError';
  }
}

/**
 * The layout of a projected topology. Throws GeoLoadError('invalid') when it
 * is no such topology (a longitude/latitude one included: see docs/geo.md) or
 * lacks a division in `codes`.
 */
export function geoMapLayout(topology: ChinaTopology, codes: readonly string[], url = ''): GeoMapLayout {
  if (topology?.type !== 'Topology' || topology.objects?.provinces?.type !== 'GeometryCollection') {
    throw new GeoLoadError('invalid', url, 'not a TopoJSON topology with a "provinces" object');
  }
  const { layout, transform } = topology;
  if (!layout?.projection || !(layout.width > 0) || !(layout.height > 0) || !transform) {
    throw new GeoLoadError('invalid', url, 'not projected for the map (build it with scripts/build-geo.mjs)');
  }
  const geometries = topology.objects.provinces.geometries.filter((geometry) => codes.includes(String(geometry.id)));
  const missing = codes.filter((code) => !geometries.some((geometry) => String(geometry.id) === code));
  if (missing.length) throw new GeoLoadError('invalid', url, `no shape for ${missing.join(', ')}`);

  const decoder = arcDecoder(topology);
  const divisions = geometries.map((geometry): GeoDivisionShape => ({ code: String(geometry.id), ...decoder.shape(geometry) }));
  // Divisions that share an arc share a border (the build cleaned the borders so that they match).
  const sharing = new Map<number, string[]>();
  for (const geometry of geometries) {
    for (const arc of new Set(flatArcs(geometry.arcs).map((index) => (index < 0 ? ~index : index)))) {
      sharing.set(arc, [...(sharing.get(arc) ?? []), String(geometry.id)]);
    }
  }
  const adjacency = new Map<string, Set<string>>();
  for (const owners of sharing.values()) {
    for (const code of owners) for (const other of owners) if (other !== code) adjacency.set(code, (adjacency.get(code) ?? new Set()).add(other));
  }

  const { width, height } = layout;
  const box = layout.inset;
  const insetShapes = topology.objects.inset?.geometries ?? [];
  const paths = (kind: string) => insetShapes.filter((geometry) => geometry.properties?.kind === kind).map((geometry) => decoder.shape(geometry).d).join('');
  const inset: GeoInset | null =
    box && insetShapes.length
      ? {
          ...box,
          divisions: insetShapes
            .filter((geometry) => geometry.properties?.kind === 'province' && codes.includes(String(geometry.id)))
            .map((geometry) => ({ code: String(geometry.id), d: decoder.shape(geometry).d })),
          land: paths('land'),
          islands: paths('island'),
          dashes: paths('dash'),
        }
      : null;
  const projectPoint = conicEqualArea(layout.projection);

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    divisions,
    dashes: (topology.objects.dashes?.geometries ?? []).map((geometry) => decoder.shape(geometry).d).join(''),
    inset,
    neighbours: neighbourTable(divisions.map(({ code, centroid: [x, y] }) => ({ code, x, y, adjacent: [...(adjacency.get(code) ?? [])] }))),
    project: (lon, lat) => {
      const [x, y] = projectPoint(lon, lat);
      const inMap = x >= 0 && y >= 0 && x <= width && y <= height;
      const inInset = inset && x > inset.x && x < inset.x + inset.width && y > inset.y && y < inset.y + inset.height;
      return inMap && !inInset ? [x, y] : null;
    },
    land: layout.land,
  };
}

function flatArcs(arcs: ArcIndices): number[] {
  return (arcs as unknown[]).flat(2) as number[];
}

/**
 * Decodes the topology's arcs once (delta-decoded, still quantized) and turns
 * geometries into path data with relative coordinates ("M12.3 45.6l.1-.2…z"),
 * their bounds and their area-weighted centroids.
 */
function arcDecoder(topology: ChinaTopology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  // A scale of 1/10, 1/100 … is written by dividing the integers (exact decimals); any other by multiplying.
  const divisor = (scale: number) => (Math.abs(1 / scale - Math.round(1 / scale)) < 1e-9 ? Math.round(1 / scale) : 0);
  const [dx, dy] = [divisor(sx), divisor(sy)];
  const unitX = (q: number) => (dx ? q / dx : Math.round(q * sx * 1000) / 1000);
  const unitY = (q: number) => (dy ? q / dy : Math.round(q * sy * 1000) / 1000);
  const arcs = topology.arcs.map((arc) => {
    const points = new Array<number>(arc.length * 2);
    let x = 0;
    let y = 0;
    arc.forEach(([ax, ay], i) => {
      points[2 * i] = x += ax;
      points[2 * i + 1] = y += ay;
    });
    return points;
  });

  /** A ring's quantized points, x and y interleaved, from its arcs (each after the first without its first point). */
  const ringPoints = (indices: number[]): number[] => {
    const ring: number[] = [];
    for (const index of indices) {
      const arc = arcs[index < 0 ? ~index : index];
      const count = arc.length / 2;
      for (let i = ring.length ? 1 : 0; i < count; i++) {
        const at = index < 0 ? count - 1 - i : i;
        ring.push(arc[2 * at], arc[2 * at + 1]);
      }
    }
    return ring;
  };

  return {
    shape(geometry: ProjectedGeometry): Omit<GeoDivisionShape, 'code'> {
      const rings = (geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : (geometry.arcs as number[][][])).flat().map(ringPoints);
      let d = '';
      let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
      let area = 0;
      let cx = 0;
      let cy = 0;
      for (const ring of rings) {
        // The closing point repeats the first: `z` draws that side.
        const end = ring[ring.length - 2] === ring[0] && ring[ring.length - 1] === ring[1] ? ring.length - 2 : ring.length;
        if (end < 6) continue;
        d += `M${unitX(ring[0])} ${unitY(ring[1])}l`;
        for (let i = 0; i < end; i += 2) {
          const x = ring[i];
          const y = ring[i + 1];
          if (i) d += `${i > 2 ? ' ' : ''}${unitX(x - ring[i - 2])} ${unitY(y - ring[i - 1])}`;
          if (x < left) left = x;
          if (x > right) right = x;
          if (y < top) top = y;
          if (y > bottom) bottom = y;
          // The shoelace formula over the quantized points (holes, wound the other way, subtract).
          const nx = ring[(i + 2) % end];
          const ny = ring[(i + 3) % end];
          const cross = x * ny - nx * y;
          area += cross;
          cx += (x + nx) * cross;
          cy += (y + ny) * cross;
        }
        d += 'z';
      }
      const toX = (q: number) => q * sx + tx;
      const toY = (q: number) => q * sy + ty;
      const centroid: Point = area ? [toX(cx / (3 * area)), toY(cy / (3 * area))] : [toX((left + right) / 2), toY((top + bottom) / 2)];
      return { d, centroid, bounds: [[toX(left), toY(top)], [toX(right), toY(bottom)]] };
    },
  };
}

const requests = new Map<string, Promise<GeoMapLayout>>();

/**
 * Fetches the geometry at `url` and lays it out. One request per URL per
 * page, shared by every map; a failure is forgotten so that a later call can
 * try again. Rejects with a GeoLoadError.
 */
export function loadGeoMap(url: string, codes: readonly string[], timeoutMs: number): Promise<GeoMapLayout> {
  let request = requests.get(url);
  if (!request) {
    request = fetchTopology(url, timeoutMs).then((topology) => {
      try {
        return geoMapLayout(topology, codes, url);
      } catch (error) {
        throw error instanceof GeoLoadError ? error : new GeoLoadError('invalid', url, String(error));
      }
    });
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

async function fetchTopology(url: string, timeoutMs: number): Promise<ChinaTopology> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new GeoLoadError('http-status', url, `HTTP ${response.status}`, response.status);
    try {
      return (await response.json()) as ChinaTopology;
    } catch {
      if (controller.signal.aborted) throw new GeoLoadError('timeout', url, `no answer in ${timeoutMs} ms`);
      throw new GeoLoadError('invalid', url, 'not JSON');
    }
  } catch (error) {
    if (error instanceof GeoLoadError) throw error;
    if (controller.signal.aborted) throw new GeoLoadError('timeout', url, `no answer in ${timeoutMs} ms`);
    throw new GeoLoadError('network', url, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

export type { Direction };
