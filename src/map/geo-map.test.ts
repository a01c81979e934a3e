import { expect } from '@open-wc/testing';
import type { Feature, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { DIVISIONS } from './divisions.js';
import { GEO_WIDTH, GeoLoadError, geoMapLayout, loadGeoMap, windForD3, type ChinaTopology, type GeoMapLayout, type Point } from './geo-map.js';
import { bundledReport } from '../report/bundled.js';
import { svgPoint } from '../test-support/engine.js';

const CODES = DIVISIONS.map((division) => division.code);
const GEOMETRY = '/data/geo/sw-china.topo.json';
let topology: ChinaTopology;
let layout: GeoMapLayout;

const shape = (code: string) => layout.divisions.find((division) => division.code === code)!;
const intersects = ([[l1, t1], [r1, b1]]: [Point, Point], [[l2, t2], [r2, b2]]: [Point, Point]) => l1 < r2 && l2 < r1 && t1 < b2 && t2 < b1;
/** Is the point inside the path? Asked of a real SVG path in the page. */
function inFill(d: string, [x, y]: Point): boolean {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  try {
    return path.isPointInFill(svgPoint(path, x, y));
  } finally {
    svg.remove();
  }
}

describe('the geographic map layout', () => {
  before(async () => {
    topology = (await (await fetch(GEOMETRY)).json()) as ChinaTopology;
    layout = geoMapLayout(topology, CODES);
  });

  it('draws each of the 34 divisions as one path, in a viewBox 1000 units wide', () => {
    expect(layout.divisions.map((division) => division.code).sort()).to.deep.equal([...CODES].sort());
    expect(layout.viewBox).to.equal(`0 0 ${GEO_WIDTH} ${layout.height}`);
    expect(layout.height).to.be.within(800, 1000);
    for (const division of layout.divisions) expect(division.d, division.code).to.match(/^M[\d.,-]+L/);
  });

  it('winds every ring as d3-geo expects: each division is small and inside the map', () => {
    // A ring in RFC 7946 order would be read as the whole globe but the division, and fill the map.
    const mapArea = GEO_WIDTH * layout.height;
    for (const { code, bounds } of layout.divisions) {
      const [[left, top], [right, bottom]] = bounds;
      expect(left, code).to.be.at.least(0);
      expect(top, code).to.be.at.least(0);
      expect(right, code).to.be.at.most(GEO_WIDTH);
      expect(bottom, code).to.be.at.most(layout.height);
      // Inner Mongolia, the widest, spans under a fifth of the map's box.
      expect(((right - left) * (bottom - top)) / mapArea, code).to.be.below(0.2);
    }
    // Xinjiang is west of Beijing, Heilongjiang north of Hainan; Hong Kong and Macao are a few units wide.
    expect(shape('650000').centroid[0]).to.be.below(shape('110000').centroid[0]);
    expect(shape('230000').centroid[1]).to.be.below(shape('460000').centroid[1]);
    for (const code of ['810000', '820000']) {
      const [[left], [right]] = shape(code).bounds;
      expect(right - left, code).to.be.within(0.5, 12);
    }
  });

  it('rewinds a polygon given in RFC 7946 order (counter-clockwise) and keeps a clockwise one', () => {
    const ring = [
      [113.5, 22.1],
      [113.6, 22.1],
      [113.6, 22.2],
      [113.5, 22.2],
      [113.5, 22.1],
    ];
    const ccw: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
    expect(geoArea(ccw)).to.be.above(2 * Math.PI);
    const fixed = windForD3(ccw);
    expect(geoArea(fixed)).to.be.below(1e-4);
    expect(windForD3(fixed).geometry).to.deep.equal(fixed.geometry);
  });

  it('keeps small islands through simplification: the Diaoyu Islands, Penghu, Dongsha', () => {
    const has = (code: string, lon: number, lat: number) => {
      // A point of each island, taken from the unsimplified source, lies in or very near the division's path.
      const projected = layout.project(lon, lat);
      if (!projected) return false;
      const near = [-1.5, 0, 1.5].flatMap((dx) => [-1.5, 0, 1.5].map((dy): Point => [projected[0] + dx, projected[1] + dy]));
      return near.some((point) => inFill(shape(code).d, point));
    };
    expect(has('710000', 123.48, 25.74), 'Diaoyu Dao').to.equal(true);
    expect(has('710000', 119.58, 23.56), 'Penghu').to.equal(true);
    expect(has('440000', 116.84, 20.7), 'Dongsha').to.equal(true);
  });

  it('projects the five places of the report into their divisions', () => {
    const places = bundledReport.places.filter((place) => place.coordinates);
    expect(places.map((place) => place.name['zh-Hans'])).to.deep.equal(['潮州市', '香港', '庄浪县', '平阳县', '朝天区']);
    for (const place of places) {
      const point = layout.project(place.coordinates!.lon, place.coordinates!.lat)!;
      expect(point, place.id).to.not.equal(null);
      expect(inFill(shape(place.provinceCode).d, point), place.id).to.equal(true);
    }
    // Outside the map (Singapore), or in the inset's corner (the Nansha Islands): nothing.
    expect(layout.project(103.8, 1.35)).to.equal(null);
    expect(layout.project(114, 9)).to.equal(null);
  });

  it('places the 南海诸岛 inset in the lower right, clear of every division, with islands, the line and coasts', () => {
    const inset = layout.inset!;
    const box: [Point, Point] = [
      [inset.x, inset.y],
      [inset.x + inset.width, inset.y + inset.height],
    ];
    expect(box[1][0]).to.be.within(GEO_WIDTH - 10, GEO_WIDTH);
    expect(box[1][1]).to.be.within(layout.height - 10, layout.height);
    expect(inset.height / inset.width).to.be.within(0.8, 1.4);
    for (const division of layout.divisions) expect(intersects(division.bounds, box), division.code).to.equal(false);
    expect(inset.islands).to.match(/^M/);
    // The line south of 23°N: nine dashes; the tenth, east of Taiwan, is in the main map.
    expect(inset.dashes.match(/M/g)).to.have.length(9);
    expect(layout.dashes.match(/M/g)).to.have.length(1);
    expect(inset.land).to.match(/^M/);
    expect(inset.divisions.map((division) => division.code)).to.include.members(['460000', '440000', '710000']);
    // Clipped to the frame.
    for (const d of [inset.land, inset.islands, inset.dashes, ...inset.divisions.map((division) => division.d)]) {
      for (const [, x, y] of d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
        expect(Number(x)).to.be.within(inset.x - 0.1, inset.x + inset.width + 0.1);
        expect(Number(y)).to.be.within(inset.y - 0.1, inset.y + inset.height + 0.1);
      }
    }
  });

  it('moves by keyboard to the nearest neighbour by centroid, sharing a border first', () => {
    const path: Array<[string, 'left' | 'right' | 'up' | 'down', string]> = [
      ['620000', 'right', '640000'], // 甘肃 → 宁夏
      ['640000', 'right', '610000'], // → 陕西
      ['610000', 'down', '500000'], // → 重庆
      ['360000', 'down', '440000'], // 江西 → 广东, not 香港 whose centroid is straighter below
      ['440000', 'down', '820000'], // 广东 → 澳门
      ['820000', 'right', '810000'], // → 香港
      ['820000', 'up', '440000'], // 澳门 → 广东, not 香港 beside it
      ['350000', 'right', '710000'], // 福建 → 台湾
      ['450000', 'down', '460000'], // 广西 → 海南
      ['110000', 'right', '120000'], // 北京 → 天津
    ];
    for (const [from, direction, to] of path) expect(layout.neighbours[from][direction], `${from} ${direction}`).to.equal(to);
    expect(layout.neighbours['710000'].right, 'Taiwan is at the edge').to.equal(undefined);
    expect(layout.neighbours['650000'].left, 'so is Xinjiang').to.equal(undefined);
  });

  it('lets the arrow keys reach every division from every division', () => {
    for (const start of CODES) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) for (const next of Object.values(layout.neighbours[queue.shift()!])) if (!seen.has(next!)) (seen.add(next!), queue.push(next!));
      expect(seen.size, `from ${start}`).to.equal(34);
    }
  });

  it('refuses geometry that lacks a division, or is not a topology', () => {
    const partial = { ...topology, objects: { provinces: { ...topology.objects.provinces, geometries: topology.objects.provinces.geometries.filter((g) => g.id !== '820000') } } };
    expect(() => geoMapLayout(partial as ChinaTopology, CODES, 'x.json'))
      .to.throw(GeoLoadError, 'no shape for 820000')
      .with.property('failure', 'invalid');
    expect(() => geoMapLayout({ type: 'FeatureCollection' } as unknown as ChinaTopology, CODES)).to.throw(GeoLoadError);
    // Without the sea objects, a map without the inset.
    const plain = geoMapLayout({ ...topology, objects: { provinces: topology.objects.provinces } } as ChinaTopology, CODES);
    expect(plain.inset).to.equal(null);
    expect(plain.dashes).to.equal('');
  });

  describe('loading', () => {
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => expect.fail('should have failed'),
        (error: GeoLoadError) => error,
      );

    it('shares one request per URL', async () => {
      const url = new URL(`${GEOMETRY}?shared`, location.href).href;
      const [a, b] = await Promise.all([loadGeoMap(url, CODES, 5000), loadGeoMap(url, CODES, 5000)]);
      expect(a).to.equal(b);
      expect(await loadGeoMap(url, CODES, 5000)).to.equal(a);
      expect(performance.getEntriesByName(url)).to.have.length(1);
    });

    it('says what failed: HTTP status, timeout, not JSON, unusable data', async () => {
      const missing = await failure(loadGeoMap(new URL('/data/geo/missing.topo.json', location.href).href, CODES, 5000));
      expect([missing.failure, missing.status]).to.deep.equal(['http-status', 404]);
      const slow = await failure(loadGeoMap(new URL('/__test/never', location.href).href, CODES, 200));
      expect(slow.failure).to.equal('timeout');
      const text = await failure(loadGeoMap(new URL('/README.md', location.href).href, CODES, 5000));
      expect(text.failure).to.equal('invalid');
      const report = await failure(loadGeoMap(new URL('/data/report.json', location.href).href, CODES, 5000));
      expect(report.failure).to.equal('invalid');
      expect(report.url).to.match(/\/data\/report\.json$/);
    });

    it('forgets a failure so that a later call can try again', async () => {
      const url = new URL('/__test/never?again', location.href).href;
      const first = loadGeoMap(url, CODES, 100);
      await failure(first);
      const second = loadGeoMap(url, CODES, 100);
      expect(second).to.not.equal(first);
      expect((await failure(second)).failure).to.equal('timeout');
    });
  });
});
