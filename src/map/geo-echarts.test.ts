import { expect } from '@open-wc/testing';
import { closeRing, decodeEchartsMap, decodeRing, signedArea, type EchartsMap, type Position } from './geo-echarts.js';

/** The inverse of the format, written from ECharts' description: zigzag, delta, +64 per coordinate. */
function encodeRing(points: Position[], scale = 1024): { encoded: string; offset: Position } {
  const ints = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]);
  const offset = ints[0] as Position;
  let [px, py] = offset;
  let encoded = '';
  for (const [x, y] of ints) {
    for (const delta of [x - px, y - py]) encoded += String.fromCharCode(((delta << 1) ^ (delta >> 31)) + 64);
    [px, py] = [x, y];
  }
  return { encoded, offset };
}

describe('decoding ECharts map geometry', () => {
  it('reads two characters per point: zigzag deltas from the offset, divided by the scale', () => {
    // '@' is 0; 'B' is 2, zigzag +1; 'A' is 1, zigzag -1; 'D' is 4, zigzag +2.
    expect(decodeRing('@@BADD', [1024, 2048])).to.deep.equal([
      [1, 2],
      [1 + 1 / 1024, 2 - 1 / 1024],
      [1 + 3 / 1024, 2 + 1 / 1024],
    ]);
    expect(decodeRing('@@BA', [100, 100], 100)).to.deep.equal([
      [1, 1],
      [1.01, 0.99],
    ]);
  });

  it('round-trips a ring with large steps in both directions', () => {
    const ring: Position[] = [
      [113.5, 22.1],
      [113.56, 22.2],
      [113.6, 22.15],
      [113.52, 22.05],
      [113.5, 22.1],
    ];
    const { encoded, offset } = encodeRing(ring);
    const decoded = decodeRing(encoded, offset);
    decoded.forEach(([x, y], i) => {
      expect(x).to.be.closeTo(ring[i][0], 1 / 1024);
      expect(y).to.be.closeTo(ring[i][1], 1 / 1024);
    });
  });

  it('closes open rings and drops repeated points', () => {
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
      ]),
    ).to.deep.equal([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    const closed: Position[] = [
      [0, 0],
      [0, 1],
      [1, 0],
      [0, 0],
    ];
    expect(closeRing(closed)).to.deep.equal(closed);
  });

  it('measures winding: clockwise (x east, y north) is negative', () => {
    const clockwise: Position[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    expect(signedArea(clockwise)).to.equal(-2);
    expect(signedArea([...clockwise].reverse())).to.equal(2);
  });

  it('decodes Polygon and MultiPolygon features, dropping rings of fewer than three points', () => {
    const square = encodeRing([
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
    ]);
    const line = encodeRing([
      [5, 5],
      [6, 6],
    ]);
    const map: EchartsMap = {
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        {
          type: 'Feature',
          id: '1',
          properties: { name: 'a' },
          geometry: { type: 'Polygon', coordinates: [square.encoded], encodeOffsets: [square.offset] },
        },
        {
          type: 'Feature',
          id: '2',
          properties: {},
          geometry: {
            type: 'MultiPolygon',
            coordinates: [[square.encoded], [line.encoded]],
            encodeOffsets: [[square.offset], [line.offset]],
          },
        },
      ],
    };
    const [a, b] = decodeEchartsMap(map);
    expect(a.id).to.equal('1');
    expect(a.properties).to.deep.equal({ name: 'a' });
    expect(a.geometry.coordinates).to.deep.equal([
      [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    ]);
    expect(b.geometry.coordinates).to.have.length(1);
  });

  it('decodes the 34 divisions of echarts@4.9.0 map/json/china.json where they are', async () => {
    const map = (await (await fetch('/node_modules/echarts/map/json/china.json')).json()) as EchartsMap;
    const features = decodeEchartsMap(map);
    expect(features).to.have.length(34);
    const box = (id: string) => {
      const points = features.find((f) => f.id === id)!.geometry.coordinates.flat(2) as unknown as Array<
        [number, number]
      >;
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    };
    // Macao around 113.5°E 22.1°N; Xinjiang reaches 73.5°E; Heilongjiang 53.5°N.
    const macao = box('820000');
    expect(macao[0]).to.be.within(113.4, 113.6);
    expect(macao[1]).to.be.within(22, 22.2);
    expect(box('650000')[0]).to.be.within(73.4, 73.6);
    expect(box('230000')[3]).to.be.within(53.4, 53.7);
    // Every ring is closed and wound clockwise as d3-geo wants, except the two Diaoyu Islands polygons
    // (in Taiwan's feature): d3 would fill the globe around them. The build rewinds them (scripts/build/build-geo.mjs).
    const counterClockwise: string[] = [];
    for (const f of features) {
      for (const polygon of f.geometry.coordinates) {
        const ring = polygon[0];
        expect(ring[0], String(f.id)).to.deep.equal(ring[ring.length - 1]);
        if (signedArea(ring) > 0) counterClockwise.push(`${f.id} ${ring[0][0].toFixed(1)},${ring[0][1].toFixed(1)}`);
      }
    }
    expect(counterClockwise).to.deep.equal(['710000 123.3,25.7', '710000 124.7,26.1']);
  });
});
