import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import { findStory } from '../report/query.js';
import type { Story } from '../report/schema.js';
import { safeHttpUrl, storyView, tagLabel } from './story-view.js';

const chaozhou = findStory(bundledReport, 'hk-social-workers-chaozhou')!;

describe('storyView', () => {
  it('gives a story in Simplified Chinese as the original', () => {
    const view = storyView(bundledReport, chaozhou, 'zh-Hans');
    expect(view.title).to.deep.equal({ text: '香港“万千社工看祖国”内地考察交流首站活动在潮州启动', lang: 'zh-Hans' });
    expect(view.originalTitle).to.equal(null);
    expect(view.date).to.equal('2024年5月31日至6月2日');
    expect(view.datetime).to.equal('2024-05-31');
    expect(view.places.map((place) => place.name)).to.deep.equal(['潮州市', '香港']);
    expect(view.places.map((place) => place.provinceCode)).to.deep.equal(['440000', '810000']);
    expect(view.sources).to.equal('据《潮州日报》、中国社会工作联合会');
    expect(view.summary.text).to.contain('注册志愿者超32万人');
    expect(view.tags.map((tag) => tag.label)).to.deep.equal(['交流合作', '慈善', '志愿服务']);
    expect(view.figures.map((figure) => figure.value)).to.deep.equal([
      '29家',
      '超32万人',
      '1.78亿元',
      '超50家',
      '300多名',
    ]);
    expect(view.figures[1].label).to.equal('注册志愿者');
    expect(view.href).to.equal(null);
  });

  it('keeps the original title beside a translation', () => {
    const hant = storyView(bundledReport, chaozhou, 'zh-Hant');
    expect(hant.title.text).to.equal('香港「萬千社工看祖國」內地考察交流首站活動在潮州啟動');
    expect(hant.originalTitle).to.deep.equal({ text: chaozhou.title['zh-Hans'], lang: 'zh-Hans' });
    expect(hant.figures[1].value).to.equal('超過32萬人');
    expect(hant.sources).to.equal('據《潮州日報》、中國社會工作聯合會');

    const en = storyView(bundledReport, chaozhou, 'en');
    expect(en.title.lang).to.equal('en');
    expect(en.originalTitle?.text).to.equal(chaozhou.title['zh-Hans']);
    expect(en.date).to.equal('31 May – 2 June 2024');
    expect(en.sources).to.equal('Source: Chaozhou Daily and China Association of Social Workers');
    expect(en.figures[1]).to.deep.include({ value: 'over 320,000', label: 'registered volunteers' });
    expect(en.tags.map((tag) => tag.label)).to.deep.equal(['Exchange', 'Charity', 'Volunteering']);
  });

  it('marks text that falls back to Simplified Chinese, and then shows no separate original', () => {
    const story: Story = { ...chaozhou, title: { 'zh-Hans': '只有简体标题' }, summary: { 'zh-Hans': '只有简体摘要' } };
    const view = storyView(bundledReport, story, 'en');
    expect(view.title).to.deep.equal({ text: '只有简体标题', lang: 'zh-Hans' });
    expect(view.summary.lang).to.equal('zh-Hans');
    expect(view.originalTitle).to.equal(null);
  });

  it('uses the vague wording of the text for the date', () => {
    const pingyang = findStory(bundledReport, 'pingyang-young-team')!;
    expect(storyView(bundledReport, pingyang, 'zh-Hans').date).to.equal('近日');
    expect(storyView(bundledReport, pingyang, 'en').date).to.equal('Recently');
    expect(storyView(bundledReport, pingyang, 'en').datetime).to.equal('2024-06');
  });

  it('links only http and https URLs', () => {
    expect(storyView(bundledReport, { ...chaozhou, url: 'https://example.org/a?b=1' }, 'zh-Hans').href).to.equal(
      'https://example.org/a?b=1',
    );
    expect(storyView(bundledReport, { ...chaozhou, url: 'javascript:alert(1)' }, 'zh-Hans').href).to.equal(null);
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(safeHttpUrl('http://example.org/')).to.equal('http://example.org/');
    expect(safeHttpUrl('HTTPS://Example.org/path')).to.equal('https://example.org/path');
  });

  it('rejects script, data and other URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '/relative',
      '//example.org',
      'mailto:a@b.c',
      '',
      undefined,
    ]) {
      expect(safeHttpUrl(url), String(url)).to.equal(null);
    }
  });
});

describe('tagLabel', () => {
  it('uses the report’s label, falling back to the id', () => {
    expect(tagLabel(bundledReport, 'elderly-care', 'zh-Hant')).to.equal('為老服務');
    expect(tagLabel(bundledReport, 'unknown-tag', 'en')).to.equal('unknown-tag');
    expect(tagLabel({ ...bundledReport, tags: undefined }, 'charity', 'en')).to.equal('charity');
  });
});
