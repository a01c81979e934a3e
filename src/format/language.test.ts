import { expect } from '@open-wc/testing';
import { localize, normalizeLanguage } from './language.js';

describe('normalizeLanguage', () => {
  it('maps Chinese tags by script and region', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK', 'ZH_cn'])
      expect(normalizeLanguage(tag), tag).to.equal('zh-Hans');
    for (const tag of ['zh-HK', 'zh-TW', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh-hk'])
      expect(normalizeLanguage(tag), tag).to.equal('zh-Hant');
  });

  it('maps English and every other language to English, and nothing to null', () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'fr', 'ja-JP']) expect(normalizeLanguage(tag), tag).to.equal('en');
    for (const tag of ['', '  ', null, undefined]) expect(normalizeLanguage(tag)).to.equal(null);
  });
});

describe('localize', () => {
  it('falls back to Simplified Chinese when a language is missing', () => {
    const text = { 'zh-Hans': '潮州市', en: 'Chaozhou' };
    expect(localize(text, 'en')).to.equal('Chaozhou');
    expect(localize(text, 'zh-Hant')).to.equal('潮州市');
    expect(localize(undefined, 'en')).to.equal('');
  });
});
