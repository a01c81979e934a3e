import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../report/schema.js';
import { DIVISIONS, divisionName } from './divisions.js';
import { divisionAbbreviation, estimateWidthEm, fitTileLabel, MIN_FONT_PX, TILE_LINE_HEIGHT } from './tile-labels.js';

describe('divisionAbbreviation', () => {
  it('has a distinct abbreviation for every division in every language', () => {
    for (const language of LANGUAGES) {
      const abbreviations = DIVISIONS.map((d) => divisionAbbreviation(d.code, language));
      expect(new Set(abbreviations).size, language).to.equal(34);
    }
    expect(DIVISIONS.every((d) => /^[A-Z]{2}$/.test(divisionAbbreviation(d.code, 'en')))).to.equal(true);
    expect(['440000', '510000', '810000', '820000'].map((code) => divisionAbbreviation(code, 'zh-Hans'))).to.deep.equal(['粤', '川', '港', '澳']);
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

describe('fitTileLabel', () => {
  const text = (name: string, abbreviation: string, value: string | null = '1') => ({ name, abbreviation, value });

  it('writes the name and value on a large tile', () => {
    expect(fitTileLabel(text('广东', '粤'), 100)).to.deep.include({ lines: ['广东'], value: '1', abbreviated: false });
    expect(fitTileLabel(text('Guangdong', 'GD'), 100)).to.deep.include({ lines: ['Guangdong'], value: '1' });
  });

  it('breaks a long English name over two lines before abbreviating it', () => {
    expect(fitTileLabel(text('Inner Mongolia', 'NM', null), 80).lines).to.deep.equal(['Inner', 'Mongolia']);
  });

  it('abbreviates names on small tiles, and hides labels that cannot be legible', () => {
    expect(fitTileLabel(text('Guangdong', 'GD'), 37)).to.deep.include({ lines: ['GD'], value: '1', abbreviated: true });
    expect(fitTileLabel(text('黑龙江', '黑', null), 37)).to.deep.include({ lines: ['黑'], abbreviated: true });
    expect(fitTileLabel(text('广东', '粤'), 37)).to.deep.include({ lines: ['广东'], value: '1' });
    expect(fitTileLabel(text('广东', '粤'), 12)).to.deep.include({ lines: [], value: null });
  });

  it('drops the value before the name when both do not fit', () => {
    expect(fitTileLabel(text('广东', '粤', '178 million'), 40)).to.deep.include({ lines: ['广东'], value: null });
  });

  it('never lets a label outgrow its tile, in any language and size', () => {
    for (const language of LANGUAGES) {
      for (const division of DIVISIONS) {
        for (let tilePx = 20; tilePx <= 140; tilePx += 3) {
          const label = fitTileLabel({ name: divisionName(division, language, 'short'), abbreviation: division.code.slice(0, 2), value: '1.78亿' }, tilePx);
          const lines = label.lines.length + (label.value === null ? 0 : 1);
          const widest = Math.max(0, ...label.lines.map((line) => estimateWidthEm(line)), label.value ? estimateWidthEm(label.value, true) : 0);
          expect(widest * label.fontPx, `${division.code} ${language} ${tilePx}`).to.be.at.most(tilePx * 0.84);
          expect(lines * TILE_LINE_HEIGHT * label.fontPx).to.be.at.most(tilePx * 0.84);
          expect(label.fontPx).to.be.at.least(MIN_FONT_PX);
        }
      }
    }
  });
});
