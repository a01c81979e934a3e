import { expect } from '@open-wc/testing';
import { formatNumber, formatPercent, formatQuantity, type Quantity } from './quantity.js';
import type { Language } from '../report/schema.js';

const text = (q: Quantity, language: Language) => formatQuantity(q, language).text;

describe('formatNumber', () => {
  it('uses 万 and 亿 in Chinese only when nothing is lost', () => {
    expect(formatNumber(9999, 'zh-Hans')).to.equal('9999');
    expect(formatNumber(10000, 'zh-Hans')).to.equal('1万');
    expect(formatNumber(320000, 'zh-Hans')).to.equal('32万');
    expect(formatNumber(99_990_000, 'zh-Hans')).to.equal('9999万');
    expect(formatNumber(100_000_000, 'zh-Hans')).to.equal('1亿');
    expect(formatNumber(178_000_000, 'zh-Hans')).to.equal('1.78亿');
    expect(formatNumber(12345, 'zh-Hans')).to.equal('12,345');
    expect(formatNumber(1089, 'zh-Hans')).to.equal('1089');
  });

  it('uses 萬 and 億 in Traditional Chinese', () => {
    expect(formatNumber(320000, 'zh-Hant')).to.equal('32萬');
    expect(formatNumber(178_000_000, 'zh-Hant')).to.equal('1.78億');
    expect(formatNumber(100_000_000, 'zh-Hant')).to.equal('1億');
    expect(formatNumber(9999, 'zh-Hant')).to.equal('9999');
  });

  it('groups digits in English and says million past a million', () => {
    expect(formatNumber(320000, 'en')).to.equal('320,000');
    expect(formatNumber(1089, 'en')).to.equal('1,089');
    expect(formatNumber(178_000_000, 'en')).to.equal('178 million');
    expect(formatNumber(999_999, 'en')).to.equal('999,999');
    expect(formatNumber(1_000_000, 'en')).to.equal('1 million');
    expect(formatNumber(1_234_567, 'en')).to.equal('1,234,567');
  });

  it('writes a dash for numbers that are not finite', () => {
    expect(formatNumber(Number.NaN, 'zh-Hans')).to.equal('–');
    expect(formatPercent(Number.POSITIVE_INFINITY, 'en')).to.equal('–');
  });
});

describe('formatQuantity', () => {
  it('writes each qualifier the way each language does', () => {
    const cases: Array<[Quantity, string, string, string]> = [
      [{ value: 320000, unit: '人', qualifier: 'over' }, '超32万人', '超過32萬人', 'over 320,000'],
      [{ value: 29, unit: '家', qualifier: 'exact' }, '29家', '29家', '29'],
      [{ value: 50, unit: '名', qualifier: 'odd' }, '50余名', '50餘名', 'more than 50'],
      [{ value: 300, unit: '名', qualifier: 'plus' }, '300多名', '300多名', 'more than 300'],
      [{ value: 30, unit: '岁', qualifier: 'at-most' }, '不超过30岁', '不超過30歲', 'at most 30 years'],
      [{ value: 5000, unit: '人次', qualifier: 'odd' }, '5000余人次', '5000餘人次', 'more than 5,000 person-times'],
      [{ value: 20, unit: '场', qualifier: 'odd' }, '20余场', '20餘場', 'more than 20'],
      [{ value: 14, unit: '个', qualifier: 'exact' }, '14个', '14個', '14'],
    ];
    for (const [quantity, hans, hant, en] of cases) {
      expect(text(quantity, 'zh-Hans'), JSON.stringify(quantity)).to.equal(hans);
      expect(text(quantity, 'zh-Hant'), JSON.stringify(quantity)).to.equal(hant);
      expect(text(quantity, 'en'), JSON.stringify(quantity)).to.equal(en);
    }
  });

  it('writes money in 亿元 / 億元 / ¥ million', () => {
    const fund: Quantity = { value: 178_000_000, unit: '元', qualifier: 'exact' };
    expect(text(fund, 'zh-Hans')).to.equal('1.78亿元');
    expect(text(fund, 'zh-Hant')).to.equal('1.78億元');
    expect(text(fund, 'en')).to.equal('¥178 million');
  });

  it('writes percentages as percentages', () => {
    const share: Quantity = { value: 6, unit: '%', qualifier: 'exact' };
    expect(text(share, 'zh-Hans')).to.equal('6%');
    expect(text(share, 'en')).to.equal('6%');
    expect(text({ value: 12.5, unit: '%', qualifier: 'over' }, 'zh-Hant')).to.equal('超過12.5%');
  });

  it('splits the figure so the number can be set apart', () => {
    const parts = formatQuantity({ value: 320000, unit: '人', qualifier: 'over' }, 'zh-Hans');
    expect(parts).to.deep.equal({ before: '超', number: '32万', after: '人', text: '超32万人' });
    const odd = formatQuantity({ value: 50, unit: '名', qualifier: 'odd' }, 'zh-Hans');
    expect(odd).to.deep.equal({ before: '', number: '50', after: '余名', text: '50余名' });
  });
});
