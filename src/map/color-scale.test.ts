import { expect } from '@open-wc/testing';
import { buildStepScale, stepsFor, STEP_COUNT } from './color-scale.js';

describe('stepsFor', () => {
  it('always uses the strongest step and spreads fewer classes apart', () => {
    expect(STEP_COUNT).to.equal(5);
    expect(stepsFor(0)).to.deep.equal([]);
    expect(stepsFor(1)).to.deep.equal([5]);
    expect(stepsFor(2)).to.deep.equal([3, 5]);
    expect(stepsFor(3)).to.deep.equal([1, 3, 5]);
    expect(stepsFor(4)).to.deep.equal([1, 2, 4, 5]);
    expect(stepsFor(5)).to.deep.equal([1, 2, 3, 4, 5]);
  });
});

describe('buildStepScale', () => {
  it('gives one value the strongest step and no data no step', () => {
    const scale = buildStepScale([1, 1, 1, null, undefined]);
    expect(scale.bins).to.deep.equal([{ step: 5, from: 1, to: 1 }]);
    expect(scale.step(1)).to.equal(5);
    expect(scale.step(null)).to.equal(null);
    expect(scale.step(Number.NaN)).to.equal(null);
  });

  it('gives each of up to five distinct values its own class', () => {
    const scale = buildStepScale([3, 1, 2, 2]);
    expect(scale.bins).to.deep.equal([
      { step: 1, from: 1, to: 1 },
      { step: 3, from: 2, to: 2 },
      { step: 5, from: 3, to: 3 },
    ]);
    expect([1, 2, 3].map(scale.step)).to.deep.equal([1, 3, 5]);
  });

  it('splits more distinct values into five groups of equal size', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const scale = buildStepScale(values);
    expect(scale.bins.map((bin) => [bin.from, bin.to])).to.deep.equal([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(values.map(scale.step)).to.deep.equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('keeps a few very large figures from flattening the rest', () => {
    const scale = buildStepScale([29, 85, 355, 1089, 320000, 178000000]);
    expect(scale.step(29)).to.equal(1);
    expect(scale.step(355)).to.be.greaterThan(scale.step(85)!);
    expect(scale.step(178000000)).to.equal(5);
  });

  it('has no bins without data', () => {
    const scale = buildStepScale([null, null]);
    expect(scale.bins).to.deep.equal([]);
    expect(scale.step(3)).to.equal(null);
  });
});
