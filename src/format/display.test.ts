import { expect } from '@open-wc/testing';
import {
  chooseDecimals,
  chooseDisplayFormat,
  chooseScale,
  formatDisplayNumber,
  formatDisplayQuantity,
} from './display.js';
import { INTL_LOCALE } from './language.js';
import { ENGINE } from '../../test/support/engine.js';

// The 2020 census by province (data/examples/province-indicators.json): Tibet, the smallest, to Guangdong.
const CENSUS = [3648100, 5923957, 7202654, 24870895, 31850088, 126012510];

describe('display format of figures on a map', () => {
  it('writes the census in one scale: 万 in Chinese, millions in English, never seven digits', () => {
    const zh = chooseDisplayFormat(CENSUS, 'zh-Hans');
    expect(zh).to.deep.equal({ divisor: 1e4, suffix: '万', decimals: 0 });
    expect(CENSUS.map((value) => formatDisplayNumber(value, zh, 'zh-Hans'))).to.deep.equal([
      '365万',
      '592万',
      '720万',
      '2487万',
      '3185万',
      '12601万',
    ]);
    const hant = chooseDisplayFormat(CENSUS, 'zh-Hant');
    expect(formatDisplayNumber(126012510, hant, 'zh-Hant')).to.equal('12601萬');
    const en = chooseDisplayFormat(CENSUS, 'en');
    expect(en).to.deep.equal({ divisor: 1e6, suffix: 'm', decimals: 1 });
    expect(CENSUS.map((value) => formatDisplayNumber(value, en, 'en'))).to.deep.equal([
      '3.6m',
      '5.9m',
      '7.2m',
      '24.9m',
      '31.9m',
      '126.0m',
    ]);
  });

  it('uses 亿 only when every figure is 1000万 or more, and 万 only from 1000', () => {
    expect(chooseScale([1.5e8, 3.26e8], 'zh-Hans')).to.deep.equal({ divisor: 1e8, suffix: '亿' });
    expect(formatDisplayNumber(1.5e8, chooseDisplayFormat([1.5e8, 3.26e8], 'zh-Hans'), 'zh-Hans')).to.equal('1.50亿');
    expect(chooseScale([5e6, 3e8], 'zh-Hans').suffix).to.equal('万');
    expect(chooseScale([12000, 30000000], 'zh-Hans').suffix).to.equal('万');
    // 350 beside 80,000 is not 0.035万: the figures in full, grouped from 10,000.
    const full = chooseDisplayFormat([350, 80000], 'zh-Hans');
    expect(full.suffix).to.equal('');
    expect([350, 1089, 80000].map((value) => formatDisplayNumber(value, full, 'zh-Hans'))).to.deep.equal([
      '350',
      '1089',
      '80,000',
    ]);
    // Zero has no scale.
    expect(formatDisplayNumber(0, chooseDisplayFormat([0, 30000000], 'zh-Hans'), 'zh-Hans')).to.equal('0');
    expect(chooseScale([300, 1600], 'en').suffix).to.equal('');
    expect(chooseScale([1200, 85000], 'en').suffix).to.equal('k');
    expect(chooseScale([2.1e8, 3.4e9], 'en').suffix).to.equal('bn');
  });

  it('gives the figures of a legend the same decimals: enough for the smallest, at most four digits for the largest', () => {
    // Shares of the national population: 0.26% to 8.93%.
    const shares = [0.26, 1.55, 1.7, 2.26, 8.93];
    const format = chooseDisplayFormat(shares, 'zh-Hans', { percent: true });
    expect(shares.map((value) => formatDisplayNumber(value, format, 'zh-Hans', true))).to.deep.equal([
      '0.26%',
      '1.55%',
      '1.70%',
      '2.26%',
      '8.93%',
    ]);
    // Whole numbers get no decimals; round bounds as many as they need.
    expect(chooseDecimals([300, 1300, 1600], 1)).to.equal(0);
    expect(chooseDecimals([0, 5000, 10000, 15000], 1e4, { kind: 'bounds' })).to.equal(1);
    expect(chooseDecimals([0, 3e7, 6e7], 1e4, { kind: 'bounds' })).to.equal(0);
  });

  it('follows the author’s format: a scale per language and decimals', () => {
    const override = { scale: { zh: '亿' as const, en: 'billion' as const }, decimals: 2 };
    const zh = chooseDisplayFormat(CENSUS, 'zh-Hans', { override });
    expect(formatDisplayNumber(126012510, zh, 'zh-Hans')).to.equal('1.26亿');
    expect(formatDisplayNumber(126012510, chooseDisplayFormat(CENSUS, 'en', { override }), 'en')).to.equal('0.13bn');
    const none = chooseDisplayFormat(CENSUS, 'en', { override: { scale: 'none' } });
    expect(formatDisplayNumber(126012510, none, 'en')).to.equal('126,012,510');
    // A language the author left out stays automatic.
    expect(chooseScale(CENSUS, 'en', { override: { scale: { zh: '亿' } } }).suffix).to.equal('m');
  });

  it('writes units as formatQuantity does: Chinese after the number, English money in yuan with ¥', () => {
    const zh = chooseDisplayFormat(CENSUS, 'zh-Hans');
    expect(formatDisplayQuantity(126012510, '人', zh, 'zh-Hans').text).to.equal('12601万人');
    expect(formatDisplayQuantity(126012510, '人', chooseDisplayFormat(CENSUS, 'en'), 'en').text).to.equal('126.0m');
    expect(formatDisplayQuantity(3600000, '小时', chooseDisplayFormat([3600000, 9e6], 'en'), 'en').text).to.equal(
      '3.6m hours',
    );
    // 2,500万元 is ¥250 million in English.
    const money = chooseDisplayFormat([2500 * 1e4, 9000 * 1e4], 'en');
    expect(formatDisplayQuantity(2500, '万元', money, 'en').text).to.equal('¥25m');
  });

  it('uses the suffixes this engine’s Intl compact notation gives, while Intl alone would mix scales', () => {
    const compact = (language: 'zh-Hans' | 'zh-Hant' | 'en', value: number) =>
      new Intl.NumberFormat(INTL_LOCALE[language], { notation: 'compact' }).format(value);
    expect(compact('zh-Hans', 2e4)).to.equal('2万');
    expect(compact('zh-Hans', 2e8)).to.equal('2亿');
    expect(compact('zh-Hant', 2e4)).to.equal('2萬');
    expect(compact('zh-Hant', 2e8)).to.equal('2億');
    // British English: 2k, 2m, 2bn in Chromium and Firefox; WebKitGTK writes capitals (the widgets write k, m, bn in every engine).
    const english = [compact('en', 2e3), compact('en', 2e6), compact('en', 2e9)];
    expect(english).to.deep.equal(
      ENGINE === 'webkit' && english[0] === '2K' ? ['2K', '2M', english[2]] : ['2k', '2m', '2bn'],
    );
    expect(['2bn', '2B', '2BN']).to.include(english[2]);
    for (const language of ['zh-Hans', 'zh-Hant'] as const) {
      const format = chooseDisplayFormat([9.5e5, 1.26e8], language);
      expect(formatDisplayNumber(2e8, { ...format, decimals: 0 }, language).replace(/[\d,]/g, ''), language).to.equal(
        compact(language, format.divisor).replace(/\d/g, ''),
      );
    }
    expect(formatDisplayNumber(2e6, chooseDisplayFormat([9.5e5, 1.26e8], 'en'), 'en')).to.equal('2.0m');
    // Intl picks a scale per number: 95万 beside 1.3亿 in one legend.
    expect([compact('zh-Hans', 9.5e5), compact('zh-Hans', 1.26e8)]).to.deep.equal(['95万', '1.3亿']);
  });
});
