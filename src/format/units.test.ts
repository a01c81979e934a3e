import { expect } from '@open-wc/testing';
import { BUILT_IN_UNIT_NAMES, isKnownUnit, unitName, unitText } from './units.js';
import { formatQuantity, formatNumber, formatPercent, decimalsOf } from './quantity.js';
import type { Language } from '../report/schema.js';

const figure = (
  value: number,
  unit: string,
  language: Language,
  units?: Record<string, { 'zh-Hant'?: string; en?: string; enOne?: string }>,
) => formatQuantity({ value, unit, qualifier: 'exact' }, language, { units }).text;

describe('built-in units', () => {
  it('writes each built-in unit in each language', () => {
    // [unit, value, zh-Hans, zh-Hant, en]
    const cases: Array<[string, number, string, string, string]> = [
      ['人', 320000, '32万人', '32萬人', '320,000'],
      ['名', 50, '50名', '50名', '50'],
      ['家', 29, '29家', '29家', '29'],
      ['个', 14, '14个', '14個', '14'],
      ['所', 348, '348所', '348所', '348'],
      ['元', 178_000_000, '1.78亿元', '1.78億元', '¥178 million'],
      ['万元', 3000, '3000万元', '3000萬元', '¥30 million'],
      ['亿元', 1.78, '1.78亿元', '1.78億元', '¥178 million'],
      ['小时', 1_400_000_000, '14亿小时', '14億小時', '1.4 billion hours'],
      ['次', 3, '3次', '3次', '3 times'],
      ['人次', 5000, '5000人次', '5000人次', '5,000 person-times'],
      ['项', 12, '12项', '12項', '12'],
      ['户', 120, '120户', '120戶', '120 households'],
      ['岁', 30, '30岁', '30歲', '30 years'],
      ['%', 20.96, '20.96%', '20.96%', '20.96%'],
      ['个百分点', 1.5, '1.5个百分点', '1.5個百分點', '1.5 percentage points'],
      ['张', 200, '200张', '200張', '200'],
      ['平方米', 1200, '1200平方米', '1200平方米', '1,200 square metres'],
      ['场', 20, '20场', '20場', '20'],
    ];
    expect(cases.map(([unit]) => unit).sort()).to.deep.equal([...BUILT_IN_UNIT_NAMES].sort());
    for (const [unit, value, hans, hant, en] of cases) {
      expect(figure(value, unit, 'zh-Hans'), unit).to.equal(hans);
      expect(figure(value, unit, 'zh-Hant'), unit).to.equal(hant);
      expect(figure(value, unit, 'en'), unit).to.equal(en);
    }
  });

  it('uses the English singular for exactly one', () => {
    expect(figure(1, '小时', 'en')).to.equal('1 hour');
    expect(figure(1, '个百分点', 'en')).to.equal('1 percentage point');
    expect(formatQuantity({ value: 1, unit: '小时', qualifier: 'over' }, 'en').text).to.equal('over 1 hour');
  });

  it('names units for a table column', () => {
    expect(unitName('个', 'zh-Hant')).to.equal('個');
    expect(unitName('人', 'en')).to.equal('people');
    expect(unitName('万元', 'en')).to.equal('10,000 yuan');
    expect(unitName('台', 'en', { 台: { en: 'machines' } })).to.equal('machines');
  });
});

describe('units from the report', () => {
  const units = { 台: { 'zh-Hant': '臺', en: 'machines', enOne: 'machine' } };

  it('writes a custom unit with the forms the report gives', () => {
    expect(figure(5, '台', 'zh-Hans', units)).to.equal('5台');
    expect(figure(5, '台', 'zh-Hant', units)).to.equal('5臺');
    expect(figure(5, '台', 'en', units)).to.equal('5 machines');
    expect(figure(1, '台', 'en', units)).to.equal('1 machine');
  });

  it('knows built-in and described units, not others', () => {
    expect(isKnownUnit('小时')).to.equal(true);
    expect(isKnownUnit('台', units)).to.equal(true);
    expect(isKnownUnit('台')).to.equal(false);
    expect(isKnownUnit('toString')).to.equal(false);
    expect(unitText('台', 'zh-Hant')).to.equal('台');
  });
});

describe('exact precision', () => {
  it('keeps every decimal the source gave', () => {
    expect(figure(20.96, '%', 'zh-Hans')).to.equal('20.96%');
    expect(figure(20.96, '%', 'en')).to.equal('20.96%');
    expect(figure(0.5, '%', 'zh-Hant')).to.equal('0.5%');
    expect(figure(531000, '人', 'zh-Hans')).to.equal('53.1万人');
    expect(figure(531000, '人', 'zh-Hant')).to.equal('53.1萬人');
    expect(figure(531000, '人', 'en')).to.equal('531,000');
    expect(figure(140_000_000, '人', 'zh-Hans')).to.equal('1.4亿人');
    expect(formatNumber(1_400_000_000, 'en')).to.equal('1.4 billion');
    expect(formatNumber(12.345, 'zh-Hans')).to.equal('12.345');
    expect(formatPercent(6, 'en')).to.equal('6%');
  });

  it('never rounds 53.10万 to 53万', () => {
    expect(formatNumber(531000, 'zh-Hans')).to.not.equal('53万');
    expect(formatNumber(530999, 'zh-Hans')).to.equal('530,999');
  });

  it('counts decimals without binary noise', () => {
    expect(decimalsOf(0.1 + 0.2)).to.equal(1);
    expect(decimalsOf(20.96)).to.equal(2);
    expect(decimalsOf(1e-7)).to.equal(7);
    expect(decimalsOf(42)).to.equal(0);
  });
});
