import { expect } from '@open-wc/testing';
import { DIVISIONS } from './divisions.js';
import { GeoLoadError, geoMapLayout, loadGeoMap, type GeoMapFile, type GeoMapLayout, type Point } from './geo-map.js';
import { bundledReport } from '../report/bundled.js';
import { svgPoint } from '../../test/support/engine.js';

const CODES = DIVISIONS.map((division) => division.code);
const GEOMETRY = '/data/geo/sw-china.map.json';
let file: GeoMapFile;
let layout: GeoMapLayout;

const GEO_WIDTH = 1000;
const shape = (code: string) => layout.divisions.find((division) => division.code === code)!;
const intersects = ([[l1, t1], [r1, b1]]: [Point, Point], [[l2, t2], [r2, b2]]: [Point, Point]) =>
  l1 < r2 && l2 < r1 && t1 < b2 && t2 < b1;
/** A real SVG path in the page, for the time of a question. */
function withPath<T>(d: string, ask: (path: SVGPathElement) => T): T {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  try {
    return ask(path);
  } finally {
    svg.remove();
  }
}
/** Is the point inside the path? */
const inFill = (d: string, [x, y]: Point) => withPath(d, (path) => path.isPointInFill(svgPoint(path, x, y)));

describe('the geographic map layout', () => {
  before(async () => {
    file = (await (await fetch(GEOMETRY)).json()) as GeoMapFile;
    layout = geoMapLayout(file, CODES);
  });

  it('draws each of the 34 divisions as one path, in a viewBox 1000 units wide', () => {
    expect(layout.divisions.map((division) => division.code).sort()).to.deep.equal([...CODES].sort());
    expect(layout.viewBox).to.equal(`0 0 ${GEO_WIDTH} ${layout.height}`);
    expect(layout.height).to.be.within(800, 1000);
    // Relative coordinates to a tenth of a unit, each ring closed by z.
    for (const division of layout.divisions)
      expect(division.d, division.code).to.match(/^(M\d*\.?\d+ \d*\.?\d+l[-\d. ]+z)+$/);
    // The bounds the page computes from the arcs are those the browser measures.
    for (const division of layout.divisions) {
      const box = withPath(division.d, (path) => path.getBBox());
      const [[left, top], [right, bottom]] = division.bounds;
      expect(
        [box.x, box.y, box.x + box.width, box.y + box.height].map((v) => Math.round(v * 10) / 10),
        division.code,
      ).to.deep.equal([left, top, right, bottom].map((v) => Math.round(v * 10) / 10));
    }
  });

  it('was projected when it was built: each division is small and inside the map', () => {
    // A ring wound the wrong way for d3-geo when the file was built would have filled the whole map.
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

  it('keeps small islands through simplification: the Diaoyu Islands, Penghu, Dongsha', () => {
    const has = (code: string, lon: number, lat: number) => {
      // A point of each island, taken from the unsimplified source, lies in or very near the division's path.
      const projected = layout.project(lon, lat);
      if (!projected) return false;
      const near = [-1.5, 0, 1.5].flatMap((dx) =>
        [-1.5, 0, 1.5].map((dy): Point => [projected[0] + dx, projected[1] + dy]),
      );
      return near.some((point) => inFill(shape(code).d, point));
    };
    expect(has('710000', 123.48, 25.74), 'Diaoyu Dao').to.equal(true);
    expect(has('710000', 119.58, 23.56), 'Penghu').to.equal(true);
    expect(has('440000', 116.84, 20.7), 'Dongsha').to.equal(true);
  });

  it('projects the five places of the report into their divisions', () => {
    const places = bundledReport.places.filter((place) => place.coordinates);
    expect(places.map((place) => place.name['zh-Hans'])).to.deep.equal([
      '潮州市',
      '香港',
      '庄浪县',
      '平阳县',
      '朝天区',
    ]);
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
      const drawn = withPath(d, (path) => path.getBBox());
      expect(drawn.x).to.be.at.least(inset.x - 0.1);
      expect(drawn.y).to.be.at.least(inset.y - 0.1);
      expect(drawn.x + drawn.width).to.be.at.most(inset.x + inset.width + 0.1);
      expect(drawn.y + drawn.height).to.be.at.most(inset.y + inset.height + 0.1);
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
    for (const [from, direction, to] of path)
      expect(layout.neighbours[from][direction], `${from} ${direction}`).to.equal(to);
    expect(layout.neighbours['710000'].right, 'Taiwan is at the edge').to.equal(undefined);
    expect(layout.neighbours['650000'].left, 'so is Xinjiang').to.equal(undefined);
  });

  it('lets the arrow keys reach every division from every division', () => {
    for (const start of CODES) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length)
        for (const next of Object.values(layout.neighbours[queue.shift()!]))
          if (!seen.has(next!)) (seen.add(next!), queue.push(next!));
      expect(seen.size, `from ${start}`).to.equal(34);
    }
  });

  it('refuses a file that lacks a division, or is not a map file (a TopoJSON in longitude and latitude included)', () => {
    const partial = { ...file, divisions: file.divisions.filter((division) => division.code !== '820000') };
    expect(() => geoMapLayout(partial, CODES, 'x.json'))
      .to.throw(GeoLoadError, 'no shape for 820000')
      .with.property('failure', 'invalid');
    // A division whose path is not text, or whose centroid is not a point, is no shape.
    const broken = {
      ...file,
      divisions: file.divisions.map((division) =>
        division.code === '110000' ? { ...division, centroid: ['a', 1] } : division,
      ),
    };
    expect(() => geoMapLayout(broken as unknown as GeoMapFile, CODES)).to.throw(GeoLoadError, 'no shape for 110000');
    expect(() => geoMapLayout({ type: 'FeatureCollection' } as unknown as GeoMapFile, CODES)).to.throw(GeoLoadError);
    // The geometry before it is projected (as d3-geo would project it in the page): refused, the file must be built.
    const lonLat = {
      type: 'Topology',
      arcs: [],
      objects: { provinces: { type: 'GeometryCollection', geometries: [] } },
    };
    expect(() => geoMapLayout(lonLat as unknown as GeoMapFile, CODES, 'x.json'))
      .to.throw(GeoLoadError, 'not a map file made by scripts/build/build-geo.mjs')
      .with.property('failure', 'invalid');
    // Without the inset, a map without it; arrow keys never lead out of the map.
    const plain = geoMapLayout(
      { ...file, inset: null, dashes: '', neighbours: { ...file.neighbours, '110000': { left: '999999' } } },
      CODES,
    );
    expect(plain.inset).to.equal(null);
    expect(plain.dashes).to.equal('');
    expect(plain.neighbours['110000']).to.deep.equal({});
  });

  describe('loading', () => {
    // No timeout in play where a request must succeed or fail its own way, however slowly a loaded machine answers.
    const NO_TIMEOUT_MS = 600_000;
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => expect.fail('should have failed'),
        (error: GeoLoadError) => error,
      );

    it('shares one request per URL', async () => {
      const url = new URL(`${GEOMETRY}?shared`, location.href).href;
      const [a, b] = await Promise.all([loadGeoMap(url, CODES, NO_TIMEOUT_MS), loadGeoMap(url, CODES, NO_TIMEOUT_MS)]);
      expect(a).to.equal(b);
      expect(await loadGeoMap(url, CODES, NO_TIMEOUT_MS)).to.equal(a);
      expect(performance.getEntriesByName(url)).to.have.length(1);
    });

    it('says what failed: HTTP status, timeout, not JSON, unusable data', async () => {
      const missing = await failure(
        loadGeoMap(new URL('/data/geo/missing.topo.json', location.href).href, CODES, NO_TIMEOUT_MS),
      );
      expect([missing.failure, missing.status]).to.deep.equal(['http-status', 404]);
      const slow = await failure(loadGeoMap(new URL('/__test/never', location.href).href, CODES, 200));
      expect(slow.failure).to.equal('timeout');
      const text = await failure(loadGeoMap(new URL('/README.md', location.href).href, CODES, NO_TIMEOUT_MS));
      expect(text.failure).to.equal('invalid');
      const report = await failure(loadGeoMap(new URL('/data/report.json', location.href).href, CODES, NO_TIMEOUT_MS));
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
