/**
 * The geographic layout of <sw-region-map layout="geo">: loads the China
 * TopoJSON (data/geo/sw-china.topo.json), projects it with d3-geo and returns
 * SVG path strings, centroids, keyboard neighbours, the 南海诸岛 inset and a
 * projection for markers. Pure apart from `loadGeoMap`'s fetch; no Lit.
 *
 * Loaded on demand only (cdn/sw-geo.js, or a chunk of the reader's bundler):
 * d3-geo, topojson-client and the geometry stay out of the element bundles.
 */
import { geoArea, geoBounds, geoConicEqualArea, geoPath } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { neighbourTable, type Direction } from './geo-neighbours.js';

/** Width of the map's viewBox in user units; the height follows from the geometry. */
export const GEO_WIDTH = 1000;
/** Room around the map, so that the focus ring of a coastal division is not cut off. */
const MARGIN = 8;
/** [west, south, east, north] of the 南海诸岛 inset, in degrees. */
export const INSET_BBOX: readonly [number, number, number, number] = [106.5, 3, 123, 23];
/** Width of the inset in user units. */
const INSET_WIDTH = 170;
/** Space between the inset and the nearest division above it. */
const INSET_GAP = 12;

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
}

/** The objects of the geometry file; `southChinaSea` and `neighbours` are optional. */
export type ChinaTopology = Topology<{
  provinces: GeometryCollection;
  southChinaSea?: GeometryCollection<{ kind?: string }>;
  neighbours?: GeometryCollection;
}>;

/** `integrity`: the file answered, but its content did not match the hash it was fetched with. */
export type GeoLoadFailure = 'network' | 'http-status' | 'timeout' | 'invalid' | 'integrity';

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

  /** Its content did not match its hash (what the elements check for: src/on-demand/on-demand.ts). */
  get tampered(): boolean {
    return this.failure === 'integrity';
  }
}

type Shape = Feature<Polygon | MultiPolygon>;

/** Projected layout of a topology; throws GeoLoadError('invalid') when a division in `codes` is missing. */
export function geoMapLayout(topology: ChinaTopology, codes: readonly string[], url = ''): GeoMapLayout {
  if (topology?.type !== 'Topology' || topology.objects?.provinces?.type !== 'GeometryCollection') {
    throw new GeoLoadError('invalid', url, 'not a TopoJSON topology with a "provinces" object');
  }
  const provinces = shapes(topology, 'provinces').filter((shape) => codes.includes(String(shape.id)));
  const missing = codes.filter((code) => !provinces.some((shape) => String(shape.id) === code));
  if (missing.length) throw new GeoLoadError('invalid', url, `no shape for ${missing.join(', ')}`);
  const provinceCollection: FeatureCollection = { type: 'FeatureCollection', features: provinces };
  // Divisions that share an arc share a border (the build cleaned the borders so that they match).
  const geometries = topology.objects.provinces.geometries;
  const adjacency = new Map<string, string[]>();
  neighbors(geometries as Parameters<typeof neighbors>[0]).forEach((indices, i) =>
    adjacency.set(String(geometries[i].id), indices.map((j) => String(geometries[j].id))),
  );

  // Albers equal-area conic for China: central meridian 105°E, standard parallels 25°N and 47°N.
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitWidth(GEO_WIDTH - 2 * MARGIN, provinceCollection);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN, ty + MARGIN]);
  const path = geoPath(projection).digits(1);
  const mainHeight = path.bounds(provinceCollection)[1][1] + MARGIN;

  const divisions = provinces.map((shape): GeoDivisionShape => {
    const [[left, top], [right, bottom]] = path.bounds(shape);
    return { code: String(shape.id), d: path(shape) ?? '', centroid: path.centroid(shape), bounds: [[left, top], [right, bottom]] };
  });

  const sea = topology.objects.southChinaSea ? shapes(topology, 'southChinaSea') : [];
  const dashes = sea.filter((shape) => shape.properties?.kind === 'dash');
  const islands = sea.filter((shape) => shape.properties?.kind !== 'dash');
  const land = topology.objects.neighbours ? shapes(topology, 'neighbours') : [];

  let inset: GeoInset | null = null;
  let height = Math.ceil(mainHeight);
  let insetBox: [Point, Point] | null = null;
  if (sea.length) {
    // The inset's own projection: the same conic turned to the sea's meridian, so that it stands upright.
    const [west, south, east, north] = INSET_BBOX;
    const outline = { type: 'MultiPoint' as const, coordinates: edgePoints(west, south, east, north) };
    const insetProjection = geoConicEqualArea().parallels([25, 47]).rotate([-(west + east) / 2, 0]).fitWidth(INSET_WIDTH, outline);
    const [[, oy0], [, oy1]] = geoPath(insetProjection).bounds(outline);
    const insetHeight = Math.round(oy1 - oy0);
    const x = GEO_WIDTH - MARGIN - INSET_WIDTH;
    // Below every division that it would otherwise cover (Taiwan with the Diaoyu Islands).
    const above = divisions.filter((division) => division.bounds[1][0] > x).map((division) => division.bounds[1][1]);
    const y = Math.ceil(Math.max(...above, 0) + INSET_GAP);
    height = Math.max(height, y + insetHeight + MARGIN);
    const [itx, ity] = insetProjection.translate();
    insetProjection.translate([itx + x, ity + y - oy0]).clipExtent([
      [x, y],
      [x + INSET_WIDTH, y + insetHeight],
    ]);
    const insetPath = geoPath(insetProjection).digits(1);
    const collection = (features: Shape[]) => insetPath({ type: 'FeatureCollection', features }) ?? '';
    inset = {
      x,
      y,
      width: INSET_WIDTH,
      height: insetHeight,
      divisions: provinces.map((shape) => ({ code: String(shape.id), d: insetPath(shape) ?? '' })).filter((division) => division.d),
      land: collection(land),
      islands: collection(islands),
      dashes: collection(dashes),
    };
    insetBox = [
      [x, y],
      [x + INSET_WIDTH, y + insetHeight],
    ];
  }

  const inside = ([[left, top], [right, bottom]]: [Point, Point]) => left >= 0 && top >= 0 && right <= GEO_WIDTH && bottom <= height;
  // The main map shows the dash east of Taiwan; the inset shows the line south of its northern edge.
  const mainDashes = dashes.filter((dash) => geoBounds(dash)[0][1] >= INSET_BBOX[3] && inside(path.bounds(dash) as [Point, Point]));

  return {
    width: GEO_WIDTH,
    height,
    viewBox: `0 0 ${GEO_WIDTH} ${height}`,
    divisions,
    dashes: path({ type: 'FeatureCollection', features: mainDashes }) ?? '',
    inset,
    neighbours: neighbourTable(divisions.map(({ code, centroid: [x, y] }) => ({ code, x, y, adjacent: adjacency.get(code) }))),
    project: (lon, lat) => {
      const point = projection([lon, lat]) as Point | null;
      return point && inside([point, point]) && !(insetBox && intersects([point, point], insetBox)) ? point : null;
    },
  };
}

/** The polygons of one object as features, each exterior ring wound as d3-geo expects. */
function shapes(topology: ChinaTopology, name: keyof ChinaTopology['objects']): Shape[] {
  const collection = feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection<Geometry>;
  return collection.features.filter((item): item is Shape => item.geometry?.type === 'Polygon' || item.geometry?.type === 'MultiPolygon').map(windForD3);
}

/**
 * d3-geo reads a clockwise exterior ring as the polygon and a counter-clockwise
 * one (RFC 7946 order) as everything else on the globe. A shape that covers
 * more than a hemisphere is such an inverted one: its rings are reversed.
 */
export function windForD3(shape: Shape): Shape {
  const fix = (rings: Polygon['coordinates']) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  const { geometry } = shape;
  return {
    ...shape,
    geometry: geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: fix(geometry.coordinates) } : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) },
  };
}

/** Points along the edges of a longitude/latitude box (its parallels are curves once projected). */
function edgePoints(west: number, south: number, east: number, north: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = west + ((east - west) * i) / 8;
    const lat = south + ((north - south) * i) / 8;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return points;
}

function intersects([[l1, t1], [r1, b1]]: [Point, Point], [[l2, t2], [r2, b2]]: [Point, Point]): boolean {
  return l1 < r2 && l2 < r1 && t1 < b2 && t2 < b1;
}

const requests = new Map<string, Promise<GeoMapLayout>>();

/**
 * Fetches the geometry at `url` and lays it out. One request per URL (and
 * hash) per page, shared by every map; a failure is forgotten so that a later
 * call can try again. With `integrity` (an SRI hash, `sha256-…`), content
 * that does not match it is refused. Rejects with a GeoLoadError.
 */
export function loadGeoMap(url: string, codes: readonly string[], timeoutMs: number, integrity?: string): Promise<GeoMapLayout> {
  const key = `${integrity ?? ''} ${url}`;
  let request = requests.get(key);
  if (!request) {
    request = fetchTopology(url, timeoutMs, integrity).then((topology) => {
      try {
        return geoMapLayout(topology, codes, url);
      } catch (error) {
        throw error instanceof GeoLoadError ? error : new GeoLoadError('invalid', url, String(error));
      }
    });
    requests.set(key, request);
    request.catch(() => requests.delete(key));
  }
  return request;
}

async function fetchTopology(url: string, timeoutMs: number, integrity?: string): Promise<ChinaTopology> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' }, integrity });
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
    // A refused check looks like a network failure: the file answers a plain request (whose body is not used).
    if (integrity && (await fetch(url, { credentials: 'same-origin' }).then((plain) => plain.ok, () => false))) {
      throw new GeoLoadError('integrity', url, 'its content does not match its hash');
    }
    throw new GeoLoadError('network', url, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

export type { Direction };
