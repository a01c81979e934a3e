import { expect } from '@open-wc/testing';
import { classLabel, formatAtLeast, formatBelow, formatRange, formatRank, rankValues } from './legend-ranges.js';

describe('legend ranges', () => {
  it('writes a range with the unit once, in each language', () => {
    expect(formatRange(10000, 50000, '人', 'zh-Hans')).to.equal('1万–5万人');
    expect(formatRange(10000, 50000, '人', 'zh-Hant')).to.equal('1萬–5萬人');
    expect(formatRange(10000, 50000, '人', 'en')).to.equal('10,000–50,000');
    expect(formatRange(3, 3, '人', 'zh-Hans')).to.equal('3人');
  });

  it('writes open ranges as each language does', () => {
    expect(formatBelow(10000, '人', 'zh-Hans')).to.equal('低于1万人');
    expect(formatBelow(10000, '人', 'zh-Hant')).to.equal('低於1萬人');
    expect(formatBelow(10000, '人', 'en')).to.equal('under 10,000');
    expect(formatAtLeast(50000, '人', 'zh-Hans')).to.equal('5万人及以上');
    expect(formatAtLeast(50000, '人', 'zh-Hant')).to.equal('5萬人及以上');
    expect(formatAtLeast(50000, '人', 'en')).to.equal('50,000 or more');
  });

  it('labels quantile classes by their values and threshold classes by their bounds', () => {
    const bin = { step: 1, lower: 2.8, upper: 4.6, min: 3, max: 4, count: 2 };
    expect(classLabel(bin, 'quantile', '人', 'zh-Hans')).to.equal('3–4人');
    expect(classLabel({ ...bin, lower: 10000, upper: 50000 }, 'quantize', '人', 'en')).to.equal('10,000–50,000');
    expect(classLabel({ ...bin, lower: null, upper: 10000 }, 'threshold', '人', 'zh-Hant')).to.equal('低於1萬人');
    expect(classLabel({ ...bin, lower: 50000, upper: null }, 'threshold', '人', 'en')).to.equal('50,000 or more');
  });

  it('writes ranks and ranks ties together', () => {
    expect(formatRank(3, 31, 'zh-Hans')).to.equal('第 3 / 31');
    expect(formatRank(3, 31, 'zh-Hant')).to.equal('第 3 / 31');
    expect(formatRank(3, 31, 'en')).to.equal('3rd of 31');
    expect(formatRank(1, 31, 'en')).to.equal('1st of 31');
    expect(formatRank(22, 31, 'en')).to.equal('22nd of 31');
    expect(formatRank(11, 31, 'en')).to.equal('11th of 31');
    const ranks = rankValues(
      new Map([
        ['a', 5],
        ['b', 9],
        ['c', 5],
        ['d', 1],
      ]),
    );
    expect([...ranks]).to.deep.equal([
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', 4],
    ]);
  });
});
