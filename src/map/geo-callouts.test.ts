import { expect } from '@open-wc/testing';
import { DIVISIONS } from './divisions.js';
import { geoMapLayout, type GeoMapFile, type GeoMapLayout } from './geo-map.js';
import { MIN_TARGET_PX, isSmall, landShare, placeCallouts, type Box, type Callout } from './geo-callouts.js';

const CODES = DIVISIONS.map((division) => division.code);
let map: GeoMapLayout;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function callouts(widthPx: number): Callout[] {
  const scale = widthPx / map.width;
  const small = map.divisions.filter((division) => isSmall(division.bounds, scale));
  return placeCallouts(
    small.map(({ code, centroid, bounds }) => ({ code, centroid, bounds, labelPx: 24 })),
    { scale, width: map.width, height: map.height, avoid: [map.inset!], landMask: map.landMask },
  );
}

describe('callouts of small divisions', () => {
  before(async () => {
    map = geoMapLayout((await (await fetch('/data/geo/sw-china.map.json')).json()) as GeoMapFile, CODES);
  });

  it('are for the divisions that cannot hold a 24 × 24 px target at the map width', () => {
    const small = (widthPx: number) =>
      map.divisions
        .filter((division) => isSmall(division.bounds, widthPx / map.width))
        .map((division) => division.code)
        .sort();
    expect(small(1200)).to.deep.equal(['310000', '810000', '820000']);
    expect(small(640)).to.deep.equal(['110000', '120000', '310000', '810000', '820000']);
    expect(small(320)).to.include.members(['110000', '120000', '310000', '460000', '810000', '820000']);
    expect(
      isSmall(
        [
          [0, 0],
          [23, 100],
        ],
        1,
      ),
    ).to.equal(true);
    expect(
      isSmall(
        [
          [0, 0],
          [24, 24],
        ],
        1,
      ),
    ).to.equal(false);
  });

  for (const widthPx of [320, 640, 1200]) {
    it(`at ${widthPx} px: a box of at least 24 × 24 px for each, inside the map, clear of the inset, of each other and of the small shapes`, () => {
      const scale = widthPx / map.width;
      const placed = callouts(widthPx);
      expect(placed.map((callout) => callout.code)).to.include.members(['810000', '820000']);
      const shapes = map.divisions.filter((division) => isSmall(division.bounds, scale));
      for (const { code, box, leader } of placed) {
        expect(box.width * scale, code).to.be.at.least(MIN_TARGET_PX - 1e-9);
        expect(box.height * scale, code).to.be.at.least(MIN_TARGET_PX - 1e-9);
        expect(box.x, code).to.be.at.least(0);
        expect(box.y, code).to.be.at.least(0);
        expect(box.x + box.width, code).to.be.at.most(map.width);
        expect(box.y + box.height, code).to.be.at.most(map.height);
        expect(overlaps(box, map.inset!), code).to.equal(false);
        for (const other of placed)
          if (other.code !== code) expect(overlaps(box, other.box), `${code} and ${other.code}`).to.equal(false);
        for (const shape of shapes) {
          const [[left, top], [right, bottom]] = shape.bounds;
          expect(
            overlaps(box, { x: left, y: top, width: right - left, height: bottom - top }),
            `${code} over ${shape.code}`,
          ).to.equal(false);
        }
        // The leader runs from the division's centroid to the box.
        expect(leader[0]).to.deep.equal(map.divisions.find((division) => division.code === code)!.centroid);
        expect(leader[1][0]).to.be.within(box.x - 1e-9, box.x + box.width + 1e-9);
        expect(leader[1][1]).to.be.within(box.y - 1e-9, box.y + box.height + 1e-9);
      }
    });
  }

  it('puts Hong Kong and Macao over the sea, near them, on a wide map', () => {
    const placed = callouts(1200);
    for (const code of ['810000', '820000']) {
      const callout = placed.find((candidate) => candidate.code === code)!;
      expect(landShare(callout.box, map.landMask), code).to.equal(0);
      const [[x1, y1], [x2, y2]] = callout.leader;
      expect(Math.hypot(x2 - x1, y2 - y1) * 1.2, code).to.be.below(40);
    }
  });

  it('reads the land mask: the middle of Sichuan is land, the Yellow Sea is not', () => {
    const at = (x: number, y: number) => landShare({ x, y, width: 1, height: 1 }, map.landMask);
    const sichuan = map.divisions.find((division) => division.code === '510000')!.centroid;
    expect(at(...sichuan)).to.equal(1);
    expect(at(900, 420)).to.equal(0);
    expect(landShare({ x: 0, y: 0, width: 10, height: 10 }, undefined)).to.equal(0);
  });

  it('counts the land under any box as the cells say, at the edges of the map too', () => {
    const mask = map.landMask!;
    const cells: number[] = [];
    mask.runs.forEach((run, i) => cells.push(...Array<number>(run).fill(i % 2)));
    const cell = (value: number, count: number) => Math.max(0, Math.min(count - 1, Math.floor(value / mask.cell)));
    // Counted cell by cell: the row ranges must give the same.
    const counted = ({ x, y, width, height }: Box) => {
      let land = 0;
      let all = 0;
      for (let row = cell(y, mask.rows); row <= cell(y + height, mask.rows); row++)
        for (let column = cell(x, mask.columns); column <= cell(x + width, mask.columns); column++) {
          land += cells[row * mask.columns + column];
          all++;
        }
      return land / all;
    };
    const boxes: Box[] = [
      { x: -20, y: -20, width: 60, height: 40 },
      { x: 980, y: 900, width: 80, height: 80 },
      { x: 0, y: 0, width: map.width, height: map.height },
    ];
    // A fixed walk over the map (no randomness: the same boxes every run).
    for (let i = 0; i < 200; i++)
      boxes.push({
        x: (i * 37) % map.width,
        y: (i * 53) % map.height,
        width: 5 + ((i * 7) % 120),
        height: 5 + ((i * 11) % 90),
      });
    for (const box of boxes) expect(landShare(box, mask), JSON.stringify(box)).to.be.closeTo(counted(box), 1e-12);
    expect(new Set(boxes.map((box) => landShare(box, mask))).size, 'boxes over land, sea and coast').to.be.above(20);
  });
});
