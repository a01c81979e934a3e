import { expect } from '@open-wc/testing';
import { EMBED_MESSAGES } from './embed.messages.js';
import { parseEmbedQuery, type EmbedQueryContext } from './embed-query.js';

const SHARED = ['lang', 'theme', 'src', 'timeout', 'tools'];
const ATTRIBUTES: Record<string, string[]> = {
  'sw-stat-card': [
    ...SHARED,
    'metric',
    'variant',
    'align',
    'story-link',
    'story-href',
    'no-count-up',
    'compare',
    'change',
    'sparkline',
  ],
  'sw-region-map': [...SHARED, 'metric', 'selected', 'layout', 'geo-src', 'indicator', 'scale', 'steps', 'year'],
  'sw-story-list': [...SHARED, 'region', 'tag', 'limit', 'sort', 'for'],
};
const context: EmbedQueryContext = {
  attributesOf: (tag) => ATTRIBUTES[tag] ?? [],
  isDivision: (code) => code === '440000',
  origins: {
    pageOrigin: 'https://widgets.example.cn',
    pageUrl: 'https://widgets.example.cn/sw/embed.html?el=story-list',
    allowedOrigins: ['https://data.example.cn'],
  },
};

describe('parseEmbedQuery', () => {
  it('makes the element of `el` with every other key as an attribute', () => {
    expect(parseEmbedQuery('?el=stat-card&metric=chaozhou-volunteers&lang=en&theme=dark&tools', context)).to.deep.equal(
      {
        ok: true,
        kind: 'stat-card',
        language: 'en',
        widgets: [
          {
            tag: 'sw-stat-card',
            attributes: [
              ['metric', 'chaozhou-volunteers'],
              ['lang', 'en'],
              ['theme', 'dark'],
              ['tools', ''],
            ],
          },
        ],
        linksToCheck: [],
      },
    );
  });

  it('links the map and the list of a map-list, and gives each the attributes it has', () => {
    const query = parseEmbedQuery('el=map-list&metric=chaozhou-volunteers&tag=charity&limit=3&theme=auto', context);
    expect(query.ok && query.widgets).to.deep.equal([
      {
        tag: 'sw-region-map',
        attributes: [
          ['id', 'map'],
          ['metric', 'chaozhou-volunteers'],
          ['theme', 'auto'],
        ],
      },
      {
        tag: 'sw-story-list',
        attributes: [
          ['for', 'map'],
          ['tag', 'charity'],
          ['limit', '3'],
          ['theme', 'auto'],
        ],
      },
    ]);
  });

  it('turns boolean attributes off with false, and keeps the last of repeated keys', () => {
    const query = parseEmbedQuery('el=stat-card&tools=true&story-link=false&theme=dark&theme=light', context);
    expect(query.ok && query.widgets[0].attributes).to.deep.equal([
      ['tools', ''],
      ['theme', 'light'],
    ]);
  });

  it('names a missing or unknown el, an unknown key and a bad value', () => {
    expect(parseEmbedQuery('', context)).to.deep.include({ ok: false, problem: { reason: 'missing-el' } });
    expect(parseEmbedQuery('el=chart', context)).to.deep.include({
      ok: false,
      problem: { reason: 'unknown-el', value: 'chart' },
    });
    expect(parseEmbedQuery('el=stat-card&colour=red', context)).to.deep.include({
      ok: false,
      problem: { reason: 'unknown-key', key: 'colour', kind: 'stat-card' },
    });
    // An attribute of another element, and attributes the page sets itself, are unknown too.
    expect(parseEmbedQuery('el=stat-card&selected=440000', context)).to.deep.include({
      ok: false,
      problem: { reason: 'unknown-key', key: 'selected', kind: 'stat-card' },
    });
    expect(parseEmbedQuery('el=story-list&for=x', context)).to.deep.include({
      ok: false,
      problem: { reason: 'unknown-key', key: 'for', kind: 'story-list' },
    });
    expect(parseEmbedQuery('el=stat-card&theme=purple&lang=zh-HK', context)).to.deep.equal({
      ok: false,
      language: 'zh-HK',
      problem: { reason: 'bad-value', key: 'theme', value: 'purple', allowed: ['light', 'dark', 'auto'] },
    });
    expect(parseEmbedQuery('el=story-list&limit=0', context)).to.deep.include({ ok: false });
    expect(parseEmbedQuery('el=region-map&selected=999999', context)).to.deep.include({ ok: false });
    expect(parseEmbedQuery('el=region-map&selected=440000', context)).to.deep.include({ ok: true });
    expect(parseEmbedQuery('el=region-map&layout=geo', context)).to.deep.include({ ok: true });
    expect(parseEmbedQuery('el=stat-card&compare=last', context)).to.deep.include({
      ok: false,
      problem: { reason: 'bad-value', key: 'compare', value: 'last', allowed: ['previous', 'first'] },
    });
    expect(parseEmbedQuery('el=stat-card&compare=first&change=percent&sparkline=off', context)).to.deep.include({
      ok: true,
    });
    expect(parseEmbedQuery('el=region-map&scale=log', context)).to.deep.include({
      ok: false,
      problem: { reason: 'bad-value', key: 'scale', value: 'log', allowed: ['quantile', 'quantize', 'threshold'] },
    });
    expect(parseEmbedQuery('el=region-map&steps=9', context)).to.deep.include({ ok: false });
    expect(parseEmbedQuery('el=map-list&layout=globe', context)).to.deep.include({
      ok: false,
      problem: { reason: 'bad-value', key: 'layout', value: 'globe', allowed: ['grid', 'geo'] },
    });
  });

  it('loads src and geo-src only from its own origin and the origins its publisher allowed', () => {
    for (const ok of [
      'el=story-list&src=report.json',
      'el=story-list&src=/data/r.json',
      'el=story-list&src=https://widgets.example.cn/r.json',
      'el=story-list&src=https://data.example.cn/2024/r.json',
      'el=region-map&layout=geo&geo-src=https://data.example.cn/china.topo.json',
    ]) {
      expect(parseEmbedQuery(ok, context), ok).to.deep.include({ ok: true });
    }
    expect(parseEmbedQuery('el=story-list&src=https://evil.example/r.json', context)).to.deep.include({
      ok: false,
      problem: { reason: 'origin-not-allowed', key: 'src', origin: 'https://evil.example' },
    });
    // Another port, another scheme or a look-alike host is another origin.
    expect(parseEmbedQuery('el=story-list&src=https://data.example.cn:8443/r.json', context)).to.deep.include({
      ok: false,
    });
    expect(parseEmbedQuery('el=story-list&src=http://data.example.cn/r.json', context)).to.deep.include({ ok: false });
    expect(parseEmbedQuery('el=story-list&src=https://data.example.cn.evil.example/r.json', context)).to.deep.include({
      ok: false,
    });
    expect(parseEmbedQuery('el=story-list&src=//evil.example/r.json', context)).to.deep.include({
      ok: false,
      problem: { reason: 'origin-not-allowed', key: 'src', origin: 'https://evil.example' },
    });
    expect(parseEmbedQuery('el=region-map&geo-src=https://evil.example/china.json', context)).to.deep.include({
      ok: false,
      problem: { reason: 'origin-not-allowed', key: 'geo-src', origin: 'https://evil.example' },
    });
    expect(parseEmbedQuery('el=story-list&src=data:application/json,{}', context)).to.deep.include({
      ok: false,
      problem: { reason: 'origin-not-allowed', key: 'src', origin: 'data:' },
    });
    // In a map-list, the src goes to both elements, and is checked once.
    expect(parseEmbedQuery('el=map-list&src=https://evil.example/r.json', context)).to.deep.include({ ok: false });
  });

  it('links story-href to an allowed origin at once, and leaves another origin to be checked against the report', () => {
    expect(parseEmbedQuery('el=stat-card&story-href=/stories/1.html', context)).to.deep.include({
      ok: true,
      linksToCheck: [],
    });
    expect(parseEmbedQuery('el=stat-card&story-href=https://data.example.cn/s/1', context)).to.deep.include({
      ok: true,
      linksToCheck: [],
    });
    expect(parseEmbedQuery('el=stat-card&story-href=https://news.example/a.html', context)).to.deep.include({
      ok: true,
      linksToCheck: [{ key: 'story-href', url: 'https://news.example/a.html', origin: 'https://news.example' }],
    });
    expect(parseEmbedQuery('el=stat-card&story-href=javascript:alert(1)', context)).to.deep.include({
      ok: false,
      problem: { reason: 'link-not-allowed', key: 'story-href', origin: 'javascript:' },
    });
  });

  it('says which key and origin it refuses, in each language', () => {
    const problem = { reason: 'origin-not-allowed', key: 'src', origin: 'https://evil.example' } as const;
    expect(EMBED_MESSAGES['zh-Hans'].problem(problem)).to.equal(
      '参数“src”：本页不从 https://evil.example 载入内容（只载入本站和发布者允许的来源的内容）',
    );
    expect(EMBED_MESSAGES['zh-Hant'].problem(problem)).to.equal(
      '參數「src」：本頁不從 https://evil.example 載入內容（只載入本站和發布者允許的來源的內容）',
    );
    expect(EMBED_MESSAGES.en.problem(problem)).to.equal(
      'The parameter "src": this page does not load content from https://evil.example (only from its own site and the origins its publisher allows)',
    );
    expect(
      EMBED_MESSAGES.en.problem({ reason: 'link-not-allowed', key: 'story-href', origin: 'https://phish.example' }),
    ).to.contain('does not link to https://phish.example');
  });

  it('says what is wrong in each language, naming the key', () => {
    const problem = { reason: 'unknown-key', key: 'colour', kind: 'stat-card' } as const;
    expect(EMBED_MESSAGES['zh-Hans'].problem(problem)).to.equal('未知参数“colour”：stat-card 没有这个属性');
    expect(EMBED_MESSAGES['zh-Hant'].problem(problem)).to.equal('未知參數「colour」：stat-card 沒有這個屬性');
    expect(EMBED_MESSAGES.en.problem(problem)).to.equal('Unknown parameter "colour": stat-card has no such attribute');
    expect(
      EMBED_MESSAGES.en.problem({ reason: 'bad-value', key: 'theme', value: 'purple', allowed: ['light', 'dark'] }),
    ).to.equal('The parameter "theme" has an invalid value "purple" (one of light, dark)');
  });
});
