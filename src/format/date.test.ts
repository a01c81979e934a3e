import { expect } from '@open-wc/testing';
import { formatDateRange, formatDateSpan, formatPartialDate, parsePartialDate } from './date.js';

describe('formatPartialDate', () => {
  it('keeps the precision the text gives', () => {
    expect(formatPartialDate('2024-06', 'zh-Hans')).to.equal('2024年6月');
    expect(formatPartialDate('2024-06', 'zh-Hant')).to.equal('2024年6月');
    expect(formatPartialDate('2024-06', 'en')).to.equal('June 2024');
    expect(formatPartialDate('2024-06-02', 'zh-Hans')).to.equal('2024年6月2日');
    expect(formatPartialDate('2024-06-02', 'en')).to.equal('2 June 2024');
    expect(formatPartialDate('2024', 'zh-Hans')).to.equal('2024年');
  });

  it('returns text it cannot read unchanged, and rejects impossible dates', () => {
    expect(formatPartialDate('soon', 'en')).to.equal('soon');
    expect(parsePartialDate('2024-02-30')).to.equal(null);
  });
});

describe('formatDateRange', () => {
  it('writes ranges as Chinese and English newspapers do', () => {
    expect(formatDateRange('2024-05-31', '2024-06-02', 'zh-Hans')).to.equal('2024年5月31日至6月2日');
    expect(formatDateRange('2024-05-31', '2024-06-02', 'zh-Hant')).to.equal('2024年5月31日至6月2日');
    expect(formatDateRange('2024-05-31', '2024-06-02', 'en')).to.equal('31 May – 2 June 2024');
    expect(formatDateRange('2024-05-01', '2024-05-03', 'zh-Hans')).to.equal('2024年5月1日至3日');
    expect(formatDateRange('2023-08', '2024-06', 'zh-Hans')).to.equal('2023年8月至2024年6月');
    expect(formatDateRange('2023-08', '2024-06', 'en')).to.equal('August 2023 – June 2024');
  });

  it('writes a single date when both ends are the same', () => {
    expect(formatDateRange('2024-06', '2024-06', 'en')).to.equal('June 2024');
  });
});

describe('formatDateSpan', () => {
  it('prefers the wording of the text when it was vague', () => {
    const span = {
      start: '2023-08',
      end: '2024-06',
      wording: { 'zh-Hans': '自2023年8月以来', en: 'since August 2023' },
    };
    expect(formatDateSpan(span, 'zh-Hans')).to.equal('自2023年8月以来');
    expect(formatDateSpan(span, 'zh-Hant')).to.equal('自2023年8月以来');
    expect(formatDateSpan(span, 'en')).to.equal('since August 2023');
    expect(formatDateSpan({ start: '2024-05-31', end: '2024-06-02' }, 'en')).to.equal('31 May – 2 June 2024');
  });
});
