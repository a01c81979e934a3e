/**
 * The geographic layout of <sw-region-map layout="geo">: loads the China map
 * file (data/geo/sw-china.map.json), which scripts/build/build-geo.mjs projected and
 * laid out when it was built: SVG path strings, centroids, bounds, keyboard
 * neighbours, the 南海诸岛 inset and a land mask. The page checks it and adds
 * a point projection for markers: no d3-geo, no topojson-client, nothing to
 * decode. Pure apart from `loadGeoMap`'s fetch; no Lit.
 *
 * Loaded on demand only (cdn/sw-geo.js, or a chunk of the reader's bundler).
 */
import type { LandMask } from './geo-callouts.js';
import { conicEqualArea, type ConicProjection } from './geo-projection.js';
import type { Direction } from './geo-neighbours.js';

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
  landMask?: LandMask;
}

/**
 * The map file, as scripts/build/build-geo.mjs writes it: the layout in the map's
 * units (`width` × `height`, the svg's viewBox) with the parameters of the
 * projection it was drawn in, for points.
 */
export interface GeoMapFile {
  type: 'sw-china-map';
  version: 1;
  width: number;
  height: number;
  projection: ConicProjection;
  divisions: GeoDivisionShape[];
  dashes: string;
  inset: GeoInset | null;
  neighbours: GeoMapLayout['neighbours'];
  landMask?: LandMask;
}

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

const isPoint = (value: unknown): value is Point =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * The layout of a map file. Throws GeoLoadError('invalid') when it is no such
 * file (a TopoJSON or GeoJSON in longitude and latitude included: see
 * docs/geo.md) or lacks a division in `codes`.
 */
export function geoMapLayout(file: GeoMapFile, codes: readonly string[], url = ''): GeoMapLayout {
  if (
    file?.type !== 'sw-china-map' ||
    !Array.isArray(file.divisions) ||
    !(file.width > 0) ||
    !(file.height > 0) ||
    !file.projection
  ) {
    throw new GeoLoadError('invalid', url, 'not a map file made by scripts/build/build-geo.mjs');
  }
  const divisions = file.divisions.filter(
    (division) =>
      codes.includes(division?.code) &&
      typeof division.d === 'string' &&
      isPoint(division.centroid) &&
      isPoint(division.bounds?.[0]) &&
      isPoint(division.bounds?.[1]),
  );
  const missing = codes.filter((code) => !divisions.some((division) => division.code === code));
  if (missing.length) throw new GeoLoadError('invalid', url, `no shape for ${missing.join(', ')}`);
  const { width, height, inset } = file;
  // Arrow keys lead only to divisions of the map.
  const neighbours: GeoMapLayout['neighbours'] = {};
  for (const code of codes) {
    neighbours[code] = Object.fromEntries(
      Object.entries(file.neighbours?.[code] ?? {}).filter(([, next]) => codes.includes(next as string)),
    );
  }
  const projectPoint = conicEqualArea(file.projection);
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    divisions,
    dashes: typeof file.dashes === 'string' ? file.dashes : '',
    inset: inset ? { ...inset, divisions: inset.divisions.filter((division) => codes.includes(division.code)) } : null,
    neighbours,
    project: (lon, lat) => {
      const [x, y] = projectPoint(lon, lat);
      const inMap = x >= 0 && y >= 0 && x <= width && y <= height;
      const inInset = inset && x > inset.x && x < inset.x + inset.width && y > inset.y && y < inset.y + inset.height;
      return inMap && !inInset ? [x, y] : null;
    },
    landMask: file.landMask,
  };
}

const requests = new Map<string, Promise<GeoMapLayout>>();

/**
 * Fetches the geometry at `url` and lays it out. One request per URL (and
 * hash) per page, shared by every map; a failure is forgotten so that a later
 * call can try again. With `integrity` (an SRI hash, `sha256-…`), content
 * that does not match it is refused. Rejects with a GeoLoadError.
 */
export function loadGeoMap(
  url: string,
  codes: readonly string[],
  timeoutMs: number,
  integrity?: string,
): Promise<GeoMapLayout> {
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

async function fetchTopology(url: string, timeoutMs: number, integrity?: string): Promise<GeoMapFile> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      integrity,
    });
    if (!response.ok) throw new GeoLoadError('http-status', url, `HTTP ${response.status}`, response.status);
    try {
      return (await response.json()) as GeoMapFile;
    } catch {
      if (controller.signal.aborted) throw new GeoLoadError('timeout', url, `no answer in ${timeoutMs} ms`);
      throw new GeoLoadError('invalid', url, 'not JSON');
    }
  } catch (error) {
    if (error instanceof GeoLoadError) throw error;
    if (controller.signal.aborted) throw new GeoLoadError('timeout', url, `no answer in ${timeoutMs} ms`);
    // A refused check looks like a network failure: the file answers a plain request (whose body is not used).
    if (
      integrity &&
      (await fetch(url, { credentials: 'same-origin' }).then(
        (plain) => plain.ok,
        () => false,
      ))
    ) {
      throw new GeoLoadError('integrity', url, 'its content does not match its hash');
    }
    throw new GeoLoadError('network', url, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

export type { Direction };
