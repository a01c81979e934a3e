import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import { findPlace, storyProvinceCodes } from '../report/query.js';
import type { Language } from '../report/schema.js';
import { localize } from '../format/language.js';
import { formatQuantity } from '../format/quantity.js';
import { regionMapExport } from '../region-map/region-map.export.js';
import { statCardExport } from '../stat-card/stat-card.export.js';
import { storyListExport } from '../story-list/story-list.export.js';
import { manyStories, reportCopy } from '../../test/support/report-fixtures.js';
import { ExportProblem, fileNamePart } from './export-model.js';

const LANGUAGES: Language[] = ['zh-Hans', 'zh-Hant', 'en'];
const report = bundledReport;

describe('the stat card export model', () => {
  it('has one row per card with the raw value, qualifier and unit apart, for every metric and language', () => {
    for (const language of LANGUAGES) {
      for (const metric of report.metrics) {
        const model = statCardExport(report, language, { metric: metric.id, story: false });
        expect(model.table.rows, metric.id).to.have.length(1);
        const [id, label, value, , , shownAs, place] = model.table.rows[0];
        expect(id).to.equal(metric.id);
        expect(label).to.equal(localize(metric.label, language));
        expect(value).to.equal(metric.value);
        expect(shownAs).to.equal(formatQuantity(metric, language).text);
        expect(place).to.equal(localize(findPlace(report, metric.place)?.name, language));
        expect(model.table.header.length).to.equal(model.table.rows[0].length);
        expect(model.fileName).to.equal(`sw-stat-card-${metric.id}`);
      }
    }
  });

  it('writes headers, qualifier and unit in the language, and the attribution and source lines', () => {
    const zh = statCardExport(report, 'zh-Hans', { metric: 'chaozhou-volunteers', story: false });
    expect(zh.table.header.slice(0, 5)).to.deep.equal(['编号', '指标', '数值', '限定', '单位']);
    expect(zh.table.rows[0].slice(2, 5)).to.deep.equal([320000, '超过', '人']);
    expect(zh.title).to.equal('注册志愿者');
    expect(zh.source).to.equal('据《潮州日报》');
    expect(zh.attribution).to.equal('报告：社工资讯摘编（2024年6月）');
    const hant = statCardExport(report, 'zh-Hant', { metric: 'zhuanglang-stations', story: false });
    expect(hant.table.header[0]).to.equal('編號');
    expect(hant.table.rows[0][4]).to.equal('個');
    const en = statCardExport(report, 'en', { metric: 'chaozhou-volunteers', story: false });
    expect(en.table.header.slice(0, 5)).to.deep.equal(['ID', 'Metric', 'Value', 'Qualifier', 'Unit']);
    expect(en.title).to.equal('Registered volunteers');
    expect(en.attribution).to.equal('Report: Social work news digest, June 2024');
    expect(en.figure).to.include({ kind: 'card', meta: 'Chaozhou · June 2024' });
  });

  it('adds the target and its date for a metric with a target, and the progress to the image', () => {
    const model = statCardExport(report, 'zh-Hans', { metric: 'zhuanglang-certified-social-workers', story: false });
    expect(model.table.header.slice(-2)).to.deep.equal(['目标', '目标期限']);
    expect(model.table.rows[0].slice(-2)).to.deep.equal([150, '2025-12-31']);
    expect(model.figure.kind === 'card' && model.figure.progress?.fraction).to.be.closeTo(85 / 150, 1e-9);
  });

  it('names the publisher when the title does not start with it', () => {
    const other = reportCopy((r) => {
      r.publisher = { 'zh-Hans': '社工报', en: 'Social Work Weekly' };
    });
    expect(statCardExport(other, 'zh-Hans', { metric: null, story: false }).attribution).to.equal(
      '报告：社工资讯摘编（2024年6月）（社工报）',
    );
    expect(statCardExport(other, 'en', { metric: null, story: false }).attribution).to.equal(
      'Report: Social work news digest, June 2024 (Social Work Weekly)',
    );
  });

  it('throws the card’s own message for an unknown metric', () => {
    expect(() => statCardExport(report, 'zh-Hans', { metric: 'nope', story: false })).to.throw(
      ExportProblem,
      '未找到指标“nope”',
    );
  });
});

describe('the region map export model', () => {
  it('lists all 34 divisions, those with stories first with their story counts from the report', () => {
    const model = regionMapExport(report, 'zh-Hans', { metric: null, selected: null });
    expect(model.table.rows).to.have.length(34);
    const counts = new Map<string, number>();
    for (const story of report.stories)
      for (const code of storyProvinceCodes(report, story)) counts.set(code, (counts.get(code) ?? 0) + 1);
    const withData = model.table.rows.filter((row) => row[2] !== null);
    expect(withData.map((row) => [row[0], row[2]])).to.have.deep.members(
      [...counts].map(([code, count]) => [code, count]),
    );
    expect(model.table.rows.slice(0, withData.length)).to.deep.equal(withData);
    expect(model.table.header).to.deep.equal(['行政区划代码', '省级行政区', '报道数量', '显示为', '地点', '报道']);
    expect(model.title).to.equal('各省级行政区的报道数量');
    expect(model.source).to.match(/^据/);
    expect(model.figure.kind === 'map' && model.figure.tiles).to.have.length(34);
  });

  it('uses the metric’s value, label and source, and marks the selected tile', () => {
    const model = regionMapExport(report, 'en', { metric: 'chaozhou-volunteers', selected: '440000' });
    expect(model.table.header[2]).to.equal('Registered volunteers');
    expect(model.table.rows[0].slice(0, 4)).to.deep.equal([
      '440000',
      'Guangdong',
      320000,
      'registered volunteers: over 320,000',
    ]);
    expect(model.table.rows.filter((row) => row[2] !== null)).to.have.length(1);
    expect(model.source).to.equal('Source: Chaozhou Daily');
    const figure = model.figure;
    expect(
      figure.kind === 'map' && figure.tiles.filter((tile) => tile.selected).map((tile) => tile.code),
    ).to.deep.equal(['440000']);
    expect(model.fileName).to.equal('sw-region-map-chaozhou-volunteers');
  });

  it('throws the map’s own message for an unknown metric', () => {
    expect(() => regionMapExport(report, 'en', { metric: 'nope', selected: null })).to.throw(
      ExportProblem,
      'Metric "nope" not found',
    );
  });
});

describe('the story list export model', () => {
  it('has every matching story in the list’s order, and the image the stories on screen', () => {
    const model = storyListExport(report, 'zh-Hans', { region: null, tag: null, sort: 'date', shown: 2 });
    const newestFirst = [...report.stories].sort((a, b) => b.date.start.localeCompare(a.date.start));
    expect(model.table.rows.map((row) => row[0])).to.have.members(report.stories.map((story) => story.id));
    expect(model.table.rows[0][0]).to.equal(newestFirst[0].id);
    expect(model.figure.kind === 'list' && model.figure.stories).to.have.length(2);
    expect(model.figure.kind === 'list' && model.figure.status).to.equal('共 4 篇报道，显示 2 篇');
    expect(model.table.header).to.deep.equal(['编号', '标题', '日期', '地点', '来源', '摘要', '标签', '数据', '链接']);
    expect(model.title).to.equal('报道');
  });

  it('lists each story’s key figures, as the list shows them, in one cell', () => {
    const model = storyListExport(report, 'zh-Hans', { region: null, tag: null, sort: 'date', shown: 20 });
    const metric = report.metrics.find((m) => m.id === 'chaozhou-volunteers')!;
    const row = model.table.rows.find((r) => r[0] === metric.story)!;
    expect(String(row[7])).to.contain('注册志愿者：超32万人');
    // A story without figures has an empty cell; the link stays last.
    const bare = report.stories.find((s) => !report.metrics.some((m) => m.story === s.id));
    if (bare) expect(model.table.rows.find((r) => r[0] === bare.id)![7]).to.equal('');
    const en = storyListExport(report, 'en', { region: null, tag: null, sort: 'date', shown: 20 });
    expect(String(en.table.rows.find((r) => r[0] === metric.story)![7])).to.contain(
      'registered volunteers: over 320,000',
    );
  });

  it('draws at most 30 stories, saying how many there are', () => {
    const model = storyListExport(manyStories(500), 'en', { region: null, tag: null, sort: 'date', shown: 100 });
    expect(model.table.rows).to.have.length(500);
    expect(model.figure.kind === 'list' && model.figure.stories).to.have.length(30);
    expect(model.figure.kind === 'list' && model.figure.status).to.equal('Showing 30 of 500 stories');
  });

  it('filters by division and tag, and names them in the title and file name', () => {
    const model = storyListExport(report, 'en', { region: '440000', tag: 'charity', sort: 'date', shown: 20 });
    for (const row of model.table.rows) {
      const story = report.stories.find((s) => s.id === row[0])!;
      expect(storyProvinceCodes(report, story)).to.include('440000');
      expect(story.tags).to.include('charity');
    }
    expect(model.title).to.equal('Stories from Guangdong tagged “Charity”');
    expect(model.fileName).to.equal('sw-story-list-440000-charity');
    const hongKong = report.stories.find((s) => s.places.includes('hong-kong'))!;
    const row = model.table.rows.find((r) => r[0] === hongKong.id)!;
    expect(row[3]).to.equal('Chaozhou and Hong Kong');
    expect(row[4]).to.equal('Chaozhou Daily and China Association of Social Workers');
  });

  it('throws the list’s own message for a region that is not a division', () => {
    expect(() => storyListExport(report, 'zh-Hans', { region: '123', tag: null, sort: 'date', shown: 5 })).to.throw(
      ExportProblem,
      '123',
    );
  });
});

describe('fileNamePart', () => {
  it('keeps ids to letters, digits and dashes', () => {
    expect(fileNamePart('../../etc/passwd')).to.equal('etc-passwd');
    expect(fileNamePart('a b"c')).to.equal('a-b-c');
    expect(fileNamePart(null)).to.equal('');
  });
});
