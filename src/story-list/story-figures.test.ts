import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Language, Report } from '../report/schema.js';
import { storyView } from './story-view.js';
import { storyListExport } from './story-list.export.js';
import { statCardExport } from '../stat-card/stat-card.export.js';
import './define.js';
import type { StoryList } from './story-list.js';

let example: Report;
before(async () => {
  example = await (await fetch('/data/examples/national-workforce.json')).json();
});

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('key figures that share a label', () => {
  it('carry their date in the view model, only when another figure reads the same', () => {
    const story = example.stories[0];
    const figures = storyView(example, story, 'zh-Hans').figures;
    expect(figures.map((f) => [f.value, f.label, f.date])).to.deep.equal([
      ['93.1万人', '持证社会工作者', undefined],
      ['11.2万人', '新增持证社会工作者', '2018年'],
      ['13.8万人', '新增持证社会工作者', '2020年'],
    ]);
    expect(storyView(example, story, 'en').figures[2].date).to.equal('2020');
  });

  for (const [lang, expected] of [
    [
      'zh-Hans',
      ['93.1万人 持证社会工作者', '11.2万人 新增持证社会工作者（2018年）', '13.8万人 新增持证社会工作者（2020年）'],
    ],
    [
      'zh-Hant',
      ['93.1萬人 持證社會工作者', '11.2萬人 新增持證社會工作者（2018年）', '13.8萬人 新增持證社會工作者（2020年）'],
    ],
    [
      'en',
      [
        '931,000 certified social workers',
        '112,000 newly certified social workers (2018)',
        '138,000 newly certified social workers (2020)',
      ],
    ],
  ] as Array<[Language, string[]]>) {
    it(`show the date on the chips in ${lang}`, async () => {
      const list = document.createElement('sw-story-list') as StoryList;
      list.setAttribute('lang', lang);
      list.report = example;
      const ready = oneEvent(list, 'sw-ready');
      await fixture(html`<div>${list}</div>`);
      await ready;
      await list.updateComplete;
      const article = [...list.shadowRoot!.querySelectorAll('[part~="figures"]')][0];
      expect([...article.querySelectorAll('[part~="figure"]')].map(text)).to.deep.equal(expected);
    });
  }

  it('export the date of each point of a series in the card CSV', () => {
    const model = statCardExport(example, 'zh-Hans', { metric: null, story: false });
    expect(model.table.rows).to.have.length(7);
    expect(model.table.rows.map((row) => row[7])).to.deep.equal([
      '2022年',
      '2016年',
      '2017年',
      '2018年',
      '2019年',
      '2020年',
      '2021年',
    ]);
    expect(model.table.rows[1].slice(2, 6)).to.deep.equal([288000, '确数', '人', '28.8万人']);
    const en = statCardExport(example, 'en', { metric: 'volunteer-hours-2019', story: false });
    expect(en.table.rows[0][4]).to.equal('hours');
  });

  it('list the national stories in the CSV export', () => {
    const model = storyListExport(example, 'en', { region: null, tag: null, sort: 'date', shown: 6 });
    expect(model.table.rows).to.have.length(6);
  });

  for (const theme of ['light', 'dark']) {
    it(`pass axe in the ${theme} theme`, async () => {
      const list = document.createElement('sw-story-list') as StoryList;
      list.setAttribute('theme', theme);
      list.report = example;
      const ready = oneEvent(list, 'sw-ready');
      await fixture(html`<div>${list}</div>`);
      await ready;
      await expect(list).to.be.accessible();
    });
  }
});
