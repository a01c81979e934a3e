import { expect } from '@open-wc/testing';
import { parseCsv } from '../../test/support/parse-csv.js';
import { BOM, csvField, toCsv } from './csv.js';

describe('toCsv', () => {
  it('starts with the byte-order mark, ends every line with CRLF and keeps Chinese as is', () => {
    const csv = toCsv({ header: ['指标', '数值'], rows: [['注册志愿者', 320000]] });
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv).to.equal(`${BOM}指标,数值\r\n注册志愿者,320000\r\n`);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180), and reads back the same', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', 'plain', '']];
    const csv = toCsv({ header: ['h1', 'h2', 'h3', 'h4', 'h5'], rows });
    expect(csv).to.contain('"a,b","say ""hi""","two\nlines",plain,\r\n');
    expect(parseCsv(csv.slice(1))).to.deep.equal([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows]);
  });

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).to.equal(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('-1+2')).to.equal("'-1+2");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('\tcmd')).to.equal("'\tcmd");
    expect(csvField('a=b')).to.equal('a=b');
    // A text that begins with an apostrophe before a formula character gets one more: reading back removes one.
    expect(csvField("'=SUM(A1)")).to.equal("''=SUM(A1)");
    expect(csvField("''+1")).to.equal("'''+1");
    expect(csvField("'plain")).to.equal("'plain");
    expect(csvField(-5)).to.equal('-5');
    expect(csvField(178000000)).to.equal('178000000');
    expect(csvField(Number.NaN)).to.equal('');
    expect(csvField(null)).to.equal('');
  });
});
