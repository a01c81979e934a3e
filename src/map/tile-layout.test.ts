import { expect } from '@open-wc/testing';
import { DIVISION_GRID, DIVISIONS, findDivision, type Division } from './divisions.js';
import { gridLayout, gridNeighbour, readingOrder, TILE_GAP, TILE_SIZE, type GridDirection } from './tile-layout.js';

const division = (code: string): Division => findDivision(code)!;
const neighbour = (code: string, direction: GridDirection) =>
  gridNeighbour(DIVISIONS, division(code), direction)?.code ?? null;

describe('the division tile grid', () => {
  it('has each of the 34 provincial-level divisions exactly once', () => {
    const codes = DIVISIONS.map((d) => d.code);
    expect(codes).to.have.length(34);
    expect(new Set(codes).size).to.equal(34);
    const kinds = DIVISIONS.reduce<Record<string, number>>(
      (count, d) => ({ ...count, [d.kind]: (count[d.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).to.deep.equal({ province: 23, 'autonomous-region': 5, municipality: 4, sar: 2 });
    for (const code of ['710000', '810000', '820000', '460000', '650000']) expect(codes, code).to.include(code);
  });

  it('puts no two divisions on one tile, and every tile inside the 7×8 grid', () => {
    expect([DIVISION_GRID.columns, DIVISION_GRID.rows]).to.deep.equal([7, 8]);
    const tiles = DIVISIONS.map((d) => `${d.tile.col},${d.tile.row}`);
    expect(new Set(tiles).size).to.equal(34);
    for (const d of DIVISIONS) {
      expect(d.tile.col, d.code).to.be.within(0, 6);
      expect(d.tile.row, d.code).to.be.within(0, 7);
    }
  });

  it('keeps the neighbours the issue asks for: Macao under Guangdong, Hong Kong beside it, Taiwan beside Fujian, Hainan under Guangxi', () => {
    const at = (code: string) => division(code).tile;
    expect(at('820000')).to.deep.equal({ col: at('440000').col, row: at('440000').row + 1 });
    expect(at('810000')).to.deep.equal({ col: at('820000').col + 1, row: at('820000').row });
    expect(at('710000')).to.deep.equal({ col: at('350000').col + 1, row: at('350000').row });
    expect(at('460000')).to.deep.equal({ col: at('450000').col, row: at('450000').row + 1 });
  });
});

describe('gridLayout', () => {
  it('places square tiles on a regular pitch without overlap, in reading order', () => {
    const layout = gridLayout(DIVISION_GRID);
    expect(layout.tiles).to.have.length(34);
    expect(layout.tiles[0].division.code).to.equal('230000'); // 黑龙江, top row
    expect(layout.tiles[33].division.code).to.equal('810000'); // 香港, bottom right of the last row
    const pitch = TILE_SIZE + TILE_GAP;
    for (const tile of layout.tiles) {
      expect(tile.x).to.equal(tile.division.tile.col * pitch);
      expect(tile.y).to.equal(tile.division.tile.row * pitch);
      expect(tile.size).to.equal(TILE_SIZE);
    }
    const [minX, minY, width, height] = layout.viewBox.split(' ').map(Number);
    expect(minX + width).to.be.greaterThan(6 * pitch + TILE_SIZE);
    expect(minY + height).to.be.greaterThan(7 * pitch + TILE_SIZE);
    expect(minX).to.be.lessThan(0);
  });

  it('orders divisions row by row', () => {
    const order = readingOrder(DIVISIONS);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1].tile, order[i].tile];
      expect(a.row < b.row || (a.row === b.row && a.col < b.col)).to.equal(true);
    }
  });
});

describe('gridNeighbour', () => {
  it('moves to the next tile in the same row or column', () => {
    expect(neighbour('440000', 'down')).to.equal('820000'); // 广东 → 澳门
    expect(neighbour('820000', 'right')).to.equal('810000'); // 澳门 → 香港
    expect(neighbour('810000', 'left')).to.equal('820000');
    expect(neighbour('350000', 'right')).to.equal('710000'); // 福建 → 台湾
    expect(neighbour('620000', 'right')).to.equal('610000'); // 甘肃 → 陕西
    expect(neighbour('610000', 'down')).to.equal('420000'); // 陕西 → 湖北
    expect(neighbour('230000', 'down')).to.equal('220000'); // 黑龙江 → 吉林
  });

  it('skips empty cells in the same row', () => {
    expect(neighbour('650000', 'right')).to.equal('640000'); // 新疆 → (empty) → 宁夏
    expect(neighbour('640000', 'left')).to.equal('650000');
  });

  it('goes to the nearest tile in that direction when the line is empty', () => {
    expect(neighbour('810000', 'right')).to.equal('710000'); // 香港 → 台湾, up and right
    expect(neighbour('540000', 'up')).to.equal('650000'); // 西藏 → 新疆
    expect(neighbour('540000', 'down')).to.equal('510000'); // 西藏 → 四川
    expect(neighbour('650000', 'up')).to.equal('150000'); // 新疆 → 内蒙古
  });

  it('stays put at the edge of the grid', () => {
    expect(neighbour('540000', 'left')).to.equal(null); // 西藏, leftmost
    expect(neighbour('230000', 'up')).to.equal(null); // 黑龙江, top row
    expect(neighbour('460000', 'down')).to.equal(null); // 海南, bottom row
    expect(neighbour('120000', 'right')).to.equal(null); // 天津, rightmost column
  });

  it('reaches every division from every other by arrow keys', () => {
    const reached = new Set(['230000']);
    const queue = ['230000'];
    while (queue.length) {
      const code = queue.shift()!;
      for (const direction of ['left', 'right', 'up', 'down'] as const) {
        const next = neighbour(code, direction);
        if (next && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(reached.size).to.equal(34);
  });
});
