import { expect } from '@open-wc/testing';
import { centroidNeighbour, neighbourTable, type CentroidPoint } from './geo-neighbours.js';

// Screen coordinates: x to the right, y down.
const points: CentroidPoint[] = [
  { code: 'centre', x: 0, y: 0, adjacent: ['east', 'south', 'north-east'] },
  { code: 'east', x: 10, y: 1 },
  { code: 'far-east', x: 30, y: 0 },
  { code: 'north-east', x: 10, y: -8 },
  { code: 'south', x: 2, y: 10 },
  { code: 'tiny-south', x: 0, y: 6 },
  { code: 'west-edge', x: -20, y: 40 },
];
const from = (code: string) => points.find((p) => p.code === code)!;
const next = (code: string, direction: 'left' | 'right' | 'up' | 'down') =>
  centroidNeighbour(points, from(code), direction)?.code ?? null;

describe('keyboard neighbours by centroid', () => {
  it('goes to the nearest centroid ahead, counting a sideways step as two', () => {
    expect(next('centre', 'right')).to.equal('east');
    expect(next('east', 'right')).to.equal('far-east');
    expect(next('far-east', 'left')).to.equal('east');
  });

  it('prefers a division sharing a border over a nearer one that does not', () => {
    // tiny-south lies straight below and nearer, but only south shares a border.
    expect(next('centre', 'down')).to.equal('south');
    // Without borders known, the nearest wins.
    expect(centroidNeighbour(points, { ...from('centre'), adjacent: undefined }, 'down')!.code).to.equal('tiny-south');
  });

  it('reaches a bordering division up to about 63° off the direction, any other only within 45°', () => {
    // north-east: 10 right, 8 up. Up from centre: 8 ahead, 10 sideways (51°), bordering: yes.
    expect(next('centre', 'up')).to.equal('north-east');
    // From east, north-east is straight up; from far-east it is 20 sideways for 8 up: too far off.
    expect(next('east', 'up')).to.equal('north-east');
    expect(next('far-east', 'up')).to.equal(null);
    // west-edge: 20 left and 40 down of centre, not bordering: not Left (63° off) …
    expect(next('centre', 'left')).to.equal(null);
    // … but Down from south, 30 down and 22 left (36° off).
    expect(next('south', 'down')).to.equal('west-edge');
  });

  it('returns null at the edge and never the division itself', () => {
    expect(next('far-east', 'right')).to.equal(null);
    expect(next('west-edge', 'down')).to.equal(null);
    const table = neighbourTable(points);
    for (const [code, entry] of Object.entries(table))
      for (const target of Object.values(entry)) expect(target).to.not.equal(code);
    expect(table['far-east']).to.not.have.property('right');
    expect(table.centre).to.deep.equal({ right: 'east', up: 'north-east', down: 'south' });
  });
});
