import { expect } from '@open-wc/testing';
import { buildClassScale, classCount, defaultClassScale, paletteSteps } from './class-scale.js';

const TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('buildClassScale', () => {
  it('quantile: the same number of values in each of five classes', () => {
    const scale = buildClassScale(TEN, { kind: 'quantile', classes: 5 });
    expect(scale.classes).to.equal(5);
    expect(scale.bins.map((bin) => [bin.min, bin.max, bin.step])).to.deep.equal([
      [1, 2, 1],
      [3, 4, 2],
      [5, 6, 3],
      [7, 8, 4],
      [9, 10, 5],
    ]);
    expect(TEN.map(scale.step)).to.deep.equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('quantile in three classes uses steps 1, 3 and 5', () => {
    const scale = buildClassScale(TEN, { kind: 'quantile', classes: 3 });
    expect(scale.bins.map((bin) => bin.step)).to.deep.equal([1, 3, 5]);
    expect(scale.bins.map((bin) => bin.count)).to.deep.equal([3, 3, 4]);
  });

  it('quantize: equal classes over round bounds', () => {
    const scale = buildClassScale([3, 18, 47, 95], { kind: 'quantize', classes: 5 });
    expect(scale.kind).to.equal('quantize');
    expect([3, 18, 47, 95].map(scale.step)).to.deep.equal([1, 1, 3, 5]);
    // Classes that hold no value are not in the legend.
    expect(scale.bins.map((bin) => [bin.lower, bin.upper, bin.count])).to.deep.equal([
      [0, 20, 2],
      [40, 60, 1],
      [80, 100, 1],
    ]);
  });

  it('threshold: the indicator breaks make the classes, open at both ends', () => {
    const scale = buildClassScale([3, 18, 47, 95], { kind: 'threshold', breaks: [10, 50], classes: 7 });
    expect(scale.classes).to.equal(3);
    expect([3, 18, 47, 95, 10, 50].map(scale.step)).to.deep.equal([1, 3, 3, 5, 3, 5]);
    expect(scale.bins.map((bin) => [bin.lower, bin.upper])).to.deep.equal([
      [null, 10],
      [10, 50],
      [50, null],
    ]);
  });

  it('threshold without breaks falls back to the round bounds of quantize', () => {
    const scale = buildClassScale([3, 18, 47, 95], { kind: 'threshold', classes: 5 });
    expect(scale.kind).to.equal('quantize');
    expect([3, 18, 47, 95].map(scale.step)).to.deep.equal([1, 1, 3, 5]);
  });

  it('seven classes use all seven palette steps, six skip one', () => {
    const values = Array.from({ length: 31 }, (_, i) => i * i);
    expect(buildClassScale(values, { kind: 'quantile', classes: 7 }).bins.map((bin) => bin.step)).to.deep.equal([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(paletteSteps(6)).to.deep.equal([1, 2, 3, 5, 6, 7]);
    expect(paletteSteps(5)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(paletteSteps(4)).to.deep.equal([1, 2, 4, 5]);
  });

  it('gives no data no step, and clamps the number of classes to 3–7', () => {
    const scale = buildClassScale([1, null, undefined, Number.NaN, 2, 3]);
    expect(scale.step(null)).to.equal(null);
    expect(scale.step(Number.NaN)).to.equal(null);
    expect(classCount(2)).to.equal(3);
    expect(classCount(9)).to.equal(7);
    expect(classCount(null)).to.equal(5);
    expect(defaultClassScale([10])).to.equal('threshold');
    expect(defaultClassScale(undefined)).to.equal('quantile');
    expect(buildClassScale([]).bins).to.deep.equal([]);
  });
});

describe('roundClasses', () => {
  it('makes equal classes on round numbers, as few as it takes', async () => {
    const { roundClasses } = await import('./class-scale.js');
    expect(roundClasses(3, 95, 5)).to.deep.equal({ start: 0, step: 20, classes: 5 });
    // The census: 3000万 wide, not 2600万 (d3's nice domain 0–1.3亿 cut in five).
    expect(roundClasses(3648100, 126012510, 5)).to.deep.equal({ start: 0, step: 30000000, classes: 5 });
    expect(roundClasses(3648100, 126012510, 7)).to.deep.equal({ start: 0, step: 20000000, classes: 7 });
    expect(roundClasses(0.26, 8.93, 5)).to.deep.equal({ start: 0, step: 2, classes: 5 });
    expect(roundClasses(0.012, 0.047, 4)).to.deep.equal({ start: 0.01, step: 0.01, classes: 4 });
    // One value: classes over it and the next unit.
    expect(roundClasses(5, 5, 5)).to.deep.equal({ start: 5, step: 0.2, classes: 5 });
  });

  it('gives quantize classes round bounds that a legend can write', () => {
    const census = [3648100, 5923957, 7202654, 126012510, 101527453, 99365519];
    const scale = buildClassScale(census, { kind: 'quantize', classes: 5 });
    expect(scale.classes).to.equal(5);
    expect(scale.bins.map((bin) => [bin.lower, bin.upper])).to.deep.equal([
      [0, 30000000],
      [90000000, 120000000],
      [120000000, 150000000],
    ]);
  });
});
