import { expect } from '@open-wc/testing';
import { EMBED_MESSAGES } from './embed.messages.js';
import { parseEmbedQuery, type EmbedQueryContext } from './embed-query.js';

const SHARED = ['lang', 'theme', 'src', 'timeout', 'tools'];
const ATTRIBUTES: Record<string, string[]> = {
  'sw-stat-card': [...SHARED, 'metric', 'variant', 'align', 'story-link', 'story-href', 'no-count-up'],
  'sw-region-map': [...SHARED, 'metric', 'selected', 'layout', 'geo-src'],
  'sw-story-list': [...SHARED, 'region', 'tag', 'limit', 'sort', 'for'],
};
const context: EmbedQueryContext = { attributesOf: (tag) => ATTRIBUTES[tag] ?? [], isDivision: (code) => code === '440000' };

describe('parseEmbedQuery', () => {
  it('makes the element of `el` with every other key as an attribute', () => {
    expect(parseEmbedQuery('?el=stat-card&metric=chaozhou-volunteers&lang=en&theme=dark&tools', context)).to.deep.equal({
      ok: true,
      kind: 'stat-card',
      language: 'en',
      widgets: [{ tag: 'sw-stat-card', attributes: [['metric', 'chaozhou-volunteers'], ['lang', 'en'], ['theme', 'dark'], ['tools', '']] }],
    });
  });

  it('links the map and the list of a map-list, and gives each the attributes it has', () => {
    const query = parseEmbedQuery('el=map-list&metric=chaozhou-volunteers&tag=charity&limit=3&theme=auto', context);
    expect(query.ok && query.widgets).to.deep.equal([
      { tag: 'sw-region-map', attributes: [['id', 'map'], ['metric', 'chaozhou-volunteers'], ['theme', 'auto']] },
      { tag: 'sw-story-list', attributes: [['for', 'map'], ['tag', 'charity'], ['limit', '3'], ['theme', 'auto']] },
    ]);
  });

  it('turns boolean attributes off with false, and keeps the last of repeated keys', () => {
    const query = parseEmbedQuery('el=stat-card&tools=true&story-link=false&theme=dark&theme=light', context);
    expect(query.ok && query.widgets[0].attributes).to.deep.equal([['tools', ''], ['theme', 'light']]);
  });

  it('names a missing or unknown el, an unknown key and a bad value', () => {
    expect(parseEmbedQuery('', context)).to.deep.include({ ok: false, problem: { reason: 'missing-el' } });
    expect(parseEmbedQuery('el=chart', context)).to.deep.include({ ok: false, problem: { reason: 'unknown-el', value: 'chart' } });
    expect(parseEmbedQuery('el=stat-card&colour=red', context)).to.deep.include({ ok: false, problem: { reason: 'unknown-key', key: 'colour', kind: 'stat-card' } });
    // An attribute of another element, and attributes the page sets itself, are unknown too.
    expect(parseEmbedQuery('el=stat-card&selected=440000', context)).to.deep.include({ ok: false, problem: { reason: 'unknown-key', key: 'selected', kind: 'stat-card' } });
    expect(parseEmbedQuery('el=story-list&for=x', context)).to.deep.include({ ok: false, problem: { reason: 'unknown-key', key: 'for', kind: 'story-list' } });
    expect(parseEmbedQuery('el=stat-card&theme=purple&lang=zh-HK', context)).to.deep.equal({
      ok: false,
      language: 'zh-HK',
      problem: { reason: 'bad-value', key: 'theme', value: 'purple', allowed: ['light', 'dark', 'auto'] },
    });
    expect(parseEmbedQuery('el=story-list&limit=0', context)).to.deep.include({ ok: false });
    expect(parseEmbedQuery('el=region-map&selected=999999', context)).to.deep.include({ ok: false });
    expect(parseEmbedQuery('el=region-map&selected=440000', context)).to.deep.include({ ok: true });
    expect(parseEmbedQuery('el=region-map&layout=geo', context)).to.deep.include({ ok: true });
    expect(parseEmbedQuery('el=map-list&layout=globe', context)).to.deep.include({ ok: false, problem: { reason: 'bad-value', key: 'layout', value: 'globe', allowed: ['grid', 'geo'] } });
  });

  it('says what is wrong in each language, naming the key', () => {
    const problem = { reason: 'unknown-key', key: 'colour', kind: 'stat-card' } as const;
    expect(EMBED_MESSAGES['zh-Hans'].problem(problem)).to.equal('未知参数“colour”：stat-card 没有这个属性');
    expect(EMBED_MESSAGES['zh-Hant'].problem(problem)).to.equal('未知參數「colour」：stat-card 沒有這個屬性');
    expect(EMBED_MESSAGES.en.problem(problem)).to.equal('Unknown parameter "colour": stat-card has no such attribute');
    expect(EMBED_MESSAGES.en.problem({ reason: 'bad-value', key: 'theme', value: 'purple', allowed: ['light', 'dark'] })).to.equal(
      'The parameter "theme" has an invalid value "purple" (one of light, dark)',
    );
  });
});
