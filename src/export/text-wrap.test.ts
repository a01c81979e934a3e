import { expect } from '@open-wc/testing';
import { breakUnits, wrapText } from './text-wrap.js';

/** One unit per character: easy widths to reason about. */
const perChar = (text: string) => [...text].length;

describe('wrapText', () => {
  it('breaks Chinese between characters, never before closing or after opening punctuation', () => {
    expect(breakUnits('香港“万千社工”，潮州')).to.deep.equal(['香', '港', '“万', '千', '社', '工”，', '潮', '州']);
    const lines = wrapText('潮州登记认定慈善组织29家，注册志愿者超32万人。', 8, perChar);
    for (const line of lines) {
      expect(perChar(line), line).to.be.at.most(8);
      expect(line).not.to.match(/^[，。]/);
    }
    expect(lines.join('')).to.equal('潮州登记认定慈善组织29家，注册志愿者超32万人。');
  });

  it('breaks English at spaces and drops the space at the break', () => {
    expect(wrapText('over 320,000 registered volunteers', 14, perChar)).to.deep.equal([
      'over 320,000',
      'registered',
      'volunteers',
    ]);
  });

  it('breaks a word longer than the line between its characters', () => {
    expect(wrapText('https://example.org/a/very/long/path', 10, perChar)).to.deep.equal([
      'https://ex',
      'ample.org/',
      'a/very/lon',
      'g/path',
    ]);
  });

  it('gives no lines for empty text and one line for text that fits', () => {
    expect(wrapText('  ', 10, perChar)).to.deep.equal([]);
    expect(wrapText('社工站', 10, perChar)).to.deep.equal(['社工站']);
  });
});
