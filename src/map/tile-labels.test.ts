import { expect } from '@open-wc/testing';
import { LANGUAGES, type Language } from '../report/schema.js';
import { DIVISIONS, divisionName } from './divisions.js';
import {
  divisionAbbreviation,
  estimateWidthEm,
  fitTileLabels,
  MAX_FONT_PX,
  MIN_FONT_PX,
  TILE_LINE_HEIGHT,
} from './tile-labels.js';

describe('divisionAbbreviation', () => {
  it('has a distinct abbreviation for every division in every language', () => {
    for (const language of LANGUAGES) {
      const abbreviations = DIVISIONS.map((d) => divisionAbbreviation(d.code, language));
      expect(new Set(abbreviations).size, language).to.equal(34);
    }
    expect(DIVISIONS.every((d) => /^[A-Z]{2}$/.test(divisionAbbreviation(d.code, 'en')))).to.equal(true);
    expect(['440000', '510000', '810000', '820000'].map((code) => divisionAbbreviation(code, 'zh-Hans'))).to.deep.equal(
      ['粤', '川', '港', '澳'],
    );
    expect(divisionAbbreviation('440000', 'zh-Hant')).to.equal('粵');
    expect(divisionAbbreviation('440000', 'en')).to.equal('GD');
  });
});

describe('estimateWidthEm', () => {
  it('counts ideographs as 1 em and Latin letters as less', () => {
    expect(estimateWidthEm('广东')).to.equal(2);
    expect(estimateWidthEm('Gansu')).to.be.within(2.5, 4);
    expect(estimateWidthEm('32万', true)).to.be.greaterThan(estimateWidthEm('32万'));
  });
});

describe('fitTileLabels', () => {
  const text = (name: string, abbreviation: string, value: string | null = '1') => ({ name, abbreviation, value });
  const one = (t: ReturnType<typeof text>, tilePx: number) => fitTileLabels([t], tilePx).labels[0];
  const all = (language: Language, value: string | null = '1') =>
    DIVISIONS.map((d) => text(divisionName(d, language, 'short'), divisionAbbreviation(d.code, language), value));

  it('writes the name and value on a large tile', () => {
    expect(one(text('广东', '粤'), 100)).to.deep.equal({ lines: ['广东'], value: '1', abbreviated: false });
    expect(one(text('Guangdong', 'GD'), 100)).to.deep.equal({ lines: ['Guangdong'], value: '1', abbreviated: false });
  });

  it('breaks a long English name over two lines before abbreviating it', () => {
    expect(one(text('Inner Mongolia', 'NM', null), 80).lines).to.deep.equal(['Inner', 'Mongolia']);
  });

  it('uses one font size for the whole map, small enough for the longest name that can be legible', () => {
    const large = fitTileLabels(all('en'), 92);
    expect(large.fontPx).to.be.within(MIN_FONT_PX, MAX_FONT_PX);
    expect(large.labels.filter((label) => label.abbreviated)).to.have.length(0);
    const chinese = fitTileLabels(all('zh-Hans'), 92);
    expect(chinese.fontPx).to.equal(MAX_FONT_PX);
    expect(chinese.fontPx).to.be.greaterThan(large.fontPx);
  });

  it('abbreviates the few Chinese names that do not fit a small tile, and all English names when many do not', () => {
    const chinese = fitTileLabels(all('zh-Hans'), 37);
    const abbreviated = chinese.labels.filter((label) => label.abbreviated).map((label) => label.lines[0]);
    expect(abbreviated.sort()).to.deep.equal(['蒙', '黑'].sort());
    expect(chinese.fontPx).to.equal(MIN_FONT_PX);
    const english = fitTileLabels(all('en'), 42);
    expect(
      english.labels.every((label) => label.abbreviated && /^[A-Z]{2}$/.test(label.lines[0]) && label.value === '1'),
    ).to.equal(true);
  });

  it('hides labels that cannot be legible', () => {
    expect(one(text('广东', '粤'), 12)).to.deep.equal({ lines: [], value: null, abbreviated: true });
  });

  it('drops the value before the name when both do not fit', () => {
    expect(one(text('广东', '粤', '178 million'), 40)).to.deep.equal({
      lines: ['广东'],
      value: null,
      abbreviated: false,
    });
  });

  it('never lets a label outgrow its tile, in any language and size', () => {
    for (const language of LANGUAGES) {
      for (const value of ['1', '1.78亿', '178 million', null]) {
        for (let tilePx = 20; tilePx <= 140; tilePx += 3) {
          const { fontPx, labels } = fitTileLabels(all(language, value), tilePx);
          expect(fontPx).to.be.within(MIN_FONT_PX, MAX_FONT_PX);
          labels.forEach((label, i) => {
            const where = `${DIVISIONS[i].code} ${language} ${tilePx} ${value}`;
            const rows = label.lines.length + (label.value === null ? 0 : 1);
            const widest = Math.max(
              0,
              ...label.lines.map((line) => estimateWidthEm(line)),
              label.value ? estimateWidthEm(label.value, true) : 0,
            );
            expect(widest * fontPx, where).to.be.at.most(tilePx * 0.84 + 1e-9);
            expect(rows * TILE_LINE_HEIGHT * fontPx, where).to.be.at.most(tilePx * 0.84 + 1e-9);
          });
        }
      }
    }
  });
});
