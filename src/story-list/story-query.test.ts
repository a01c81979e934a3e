import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import type { Story } from '../report/schema.js';
import { compareByDateDescending, pageStories, queryStories, sortStories, type StoryFilter } from './story-query.js';
import { manyStories } from '../../test/support/report-fixtures.js';

const ids = (stories: readonly Story[]) => stories.map((story) => story.id);
const all: StoryFilter = { region: null, tag: null, sort: 'date', language: 'zh-Hans' };

function storyTitled(id: string, zh: string): Story {
  return { ...bundledReport.stories[0], id, title: { 'zh-Hans': zh, 'zh-Hant': zh, en: id } };
}

describe('sortStories', () => {
  it('puts the newest first by the start of the span, keeping report order on ties', () => {
    // Three stories dated June 2024, then the one from 31 May – 2 June.
    expect(ids(sortStories(bundledReport, 'date', 'zh-Hans'))).to.deep.equal([
      'zhuanglang-talent',
      'pingyang-young-team',
      'chaotian-elderly-care',
      'hk-social-workers-chaozhou',
    ]);
  });

  it('breaks a tie on the start by the later end', () => {
    const a = { ...bundledReport.stories[0], date: { start: '2024-05-01', end: '2024-05-03' } };
    const b = { ...bundledReport.stories[0], date: { start: '2024-05-01', end: '2024-05-09' } };
    const c = { ...bundledReport.stories[0], date: { start: '2024-05-02' } };
    expect([a, b, c].sort(compareByDateDescending)).to.deep.equal([c, b, a]);
  });

  it('orders titles as the reader’s language does: pinyin in zh-Hans, strokes in zh-Hant, alphabet in English', () => {
    // 阿 (ā, 8 strokes), 北 (běi, 5), 中 (zhōng, 4): code point order would be 中 北 阿.
    const report = {
      ...bundledReport,
      stories: [storyTitled('zhong', '中国'), storyTitled('a', '阿里'), storyTitled('bei', '北京')],
    };
    expect(ids(sortStories(report, 'title', 'zh-Hans'))).to.deep.equal(['a', 'bei', 'zhong']);
    expect(ids(sortStories(report, 'title', 'zh-Hant'))).to.deep.equal(['zhong', 'bei', 'a']);
    expect(ids(sortStories(bundledReport, 'title', 'en'))).to.deep.equal([
      'pingyang-young-team', // Average age 30 or under…
      'chaotian-elderly-care', // Chaotian…
      'hk-social-workers-chaozhou', // Hong Kong's…
      'zhuanglang-talent', // Zhuanglang…
    ]);
  });
});

describe('queryStories', () => {
  it('returns every story without a filter', () => {
    expect(queryStories(bundledReport, all)).to.have.length(4);
  });

  it('keeps stories with any place in the division', () => {
    expect(ids(queryStories(bundledReport, { ...all, region: '440000' }))).to.deep.equal([
      'hk-social-workers-chaozhou',
    ]);
    expect(ids(queryStories(bundledReport, { ...all, region: '810000' }))).to.deep.equal([
      'hk-social-workers-chaozhou',
    ]);
    // Chaotian's towns and communities lie in Sichuan too.
    expect(ids(queryStories(bundledReport, { ...all, region: '510000' }))).to.deep.equal(['chaotian-elderly-care']);
    expect(queryStories(bundledReport, { ...all, region: '110000' })).to.deep.equal([]);
  });

  it('keeps stories with the tag, and combines tag and region', () => {
    expect(ids(queryStories(bundledReport, { ...all, tag: 'stations' }))).to.deep.equal([
      'zhuanglang-talent',
      'chaotian-elderly-care',
    ]);
    expect(ids(queryStories(bundledReport, { ...all, tag: 'stations', region: '620000' }))).to.deep.equal([
      'zhuanglang-talent',
    ]);
    expect(queryStories(bundledReport, { ...all, tag: 'no-such-tag' })).to.deep.equal([]);
  });

  it('returns the same array for the same report and filter, so a re-render does not sort again', () => {
    const filter: StoryFilter = { ...all, tag: 'talent' };
    expect(queryStories(bundledReport, filter)).to.equal(queryStories(bundledReport, { ...filter }));
    // Date order does not depend on the language.
    expect(queryStories(bundledReport, { ...filter, language: 'en' })).to.equal(queryStories(bundledReport, filter));
    const copy = { ...bundledReport };
    expect(queryStories(copy, filter)).not.to.equal(queryStories(bundledReport, filter));
  });

  it('filters 10,000 stories with one pass each once they are sorted, never sorting them again', () => {
    // What each filter reads of the stories, counted: sorting reads dates some 130,000 times; one pass over the sorted
    // stories reads no date, and the tags of the division's stories only. (How fast that is, the benchmark measures:
    // `npm run bench`, a new region filter over 10,000 stories. A shared machine is no place for wall-clock limits.)
    const reads = { date: 0, tags: 0 };
    const counted = <T extends object>(story: T): T =>
      new Proxy(story, {
        get: (target, key, receiver) => (
          (key === 'date' || key === 'tags') && reads[key]++,
          Reflect.get(target, key, receiver)
        ),
      });
    const many = manyStories(10_000);
    const report = { ...many, stories: many.stories.map(counted) };
    sortStories(report, 'date', 'zh-Hans');
    expect(reads.date, 'sorting reads the dates').to.be.greaterThan(10_000);
    reads.date = 0;
    const regions = ['440000', '620000', '330000', '510000', '810000'];
    for (const region of regions) {
      const result = queryStories(report, { ...all, region, tag: region === '620000' ? 'talent' : null });
      expect(result.length).to.be.greaterThan(0);
    }
    const inGansu = queryStories(report, { ...all, region: '620000' }).length;
    expect(reads, 'what five filters read').to.deep.equal({ date: 0, tags: inGansu });
    // Sorting them from scratch is measured by the benchmark too. Here: it sorts them all.
    sortStories(report, 'title', 'zh-Hans');
    expect(report.stories).to.have.length(10_000);
  });
});

describe('pageStories', () => {
  it('shows the first stories and counts the rest', () => {
    const stories = bundledReport.stories;
    const first = pageStories(stories, 3);
    expect(ids(first.shown)).to.deep.equal(ids(stories.slice(0, 3)));
    expect(first.remaining).to.equal(1);
    expect(pageStories(stories, 10)).to.deep.equal({ shown: stories, remaining: 0 });
    expect(pageStories(stories, Infinity).remaining).to.equal(0);
    expect(pageStories([], 5)).to.deep.equal({ shown: [], remaining: 0 });
  });
});
