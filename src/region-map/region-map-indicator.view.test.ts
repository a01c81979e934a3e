import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import type { Report } from '../report/schema.js';
import * as kit from '../map/choropleth-kit.js';
import { regionMapView, type RegionMapView } from './region-map.view.js';
import { sortTableRows } from '../map/table-sort.js';

/** The bundled report with a national place, a national story and a national metric, and an indicator over four divisions. */
function nationalReport(): Report {
  const china = {
    id: 'china',
    level: 'country' as const,
    adcode: '100000',
    provinceCode: '100000',
    name: { 'zh-Hans': '全国', en: 'China' },
  };
  const story = { ...bundledReport.stories[1], id: 'national-story', places: ['china'], metrics: ['national-figure'] };
  const metric = {
    ...bundledReport.metrics[0],
    id: 'national-figure',
    place: 'china',
    story: 'national-story',
    value: 931000,
    unit: '人',
  };
  return {
    ...bundledReport,
    places: [...bundledReport.places, china],
    stories: [...bundledReport.stories, story],
    metrics: [...bundledReport.metrics, metric],
    indicators: [
      {
        id: 'stations',
        label: { 'zh-Hans': '社工站', en: 'social work stations' },
        unit: '个',
        source: bundledReport.sources[0].id,
        asOf: { start: '2023' },
        values: [
          { division: '440000', value: 1600 },
          { division: '110000', value: 300 },
          { division: '620000', value: 1300 },
          { division: '330000', value: 1300 },
          { division: '440000', value: 1200, date: '2021' },
        ],
      },
    ],
  };
}

function view(
  report: Report,
  metric: string | null,
  options = {},
  language: 'zh-Hans' | 'en' = 'zh-Hans',
): RegionMapView {
  const result = regionMapView(report, metric, language, { ...options, kit });
  if (!result.ok) throw new Error(result.message);
  return result.view;
}

describe('regionMapView with national scope and indicators', () => {
  it('counts national stories and figures in words and colors no division for them', () => {
    const v = view(nationalReport(), null);
    expect(v.national!.text).to.equal('另有 1 篇全国性报道、1 项全国性数据');
    expect(v.national!.name).to.equal('全国');
    expect(v.national!.valueText).to.equal('1 篇报道');
    expect(
      v.tiles
        .filter((tile) => tile.step !== null)
        .map((tile) => tile.code)
        .sort(),
    ).to.deep.equal(['330000', '440000', '510000', '620000', '810000']);
    // The national story adds no step: every division has one story.
    expect(v.legend.map((entry) => entry.label)).to.deep.equal(['1']);
    expect(view(bundledReport, null).national).to.equal(null);
  });

  it('shows a national metric in the national row, not on a tile', () => {
    const v = view(nationalReport(), 'national-figure', {}, 'en');
    expect(v.tiles.every((tile) => tile.value === null)).to.equal(true);
    expect(v.national!.text).to.equal('plus 1 national story and 1 national figure');
    expect(v.national!.valueText).to.match(/^registered charitable organizations: 931,000/);
  });

  it('ranks an indicator, sharing ranks on ties, and keeps the latest year by default', () => {
    const v = view(nationalReport(), null, { indicator: 'stations' });
    const rank = (code: string) => v.tiles.find((tile) => tile.code === code)!.rankText;
    expect([rank('440000'), rank('620000'), rank('330000'), rank('110000')]).to.deep.equal([
      '第 1 / 4',
      '第 2 / 4',
      '第 2 / 4',
      '第 4 / 4',
    ]);
    expect(v.indicator!.year).to.equal('2023');
    expect(v.tiles.find((tile) => tile.code === '440000')!.date).to.equal('2023');
    const earlier = view(nationalReport(), null, { indicator: 'stations', year: '2021' });
    expect(earlier.tableRows.map((tile) => [tile.code, tile.value])).to.deep.equal([['440000', 1200]]);
  });

  it('sorts the table by value both ways and by name in each language', () => {
    const v = view(nationalReport(), null, { indicator: 'stations' });
    const codes = (rows: RegionMapView['tableRows']) => rows.map((tile) => tile.code);
    expect(codes(sortTableRows(v.tableRows, { by: 'value', descending: true }, 'zh-Hans'))).to.deep.equal([
      '440000',
      '620000',
      '330000',
      '110000',
    ]);
    expect(codes(sortTableRows(v.tableRows, { by: 'value', descending: false }, 'zh-Hans'))).to.deep.equal([
      '110000',
      '620000',
      '330000',
      '440000',
    ]);
    // Pinyin: 北京 běi, 甘肃 gān, 广东 guǎng, 浙江 zhè.
    expect(codes(sortTableRows(v.tableRows, { by: 'name', descending: false }, 'zh-Hans'))).to.deep.equal([
      '110000',
      '620000',
      '440000',
      '330000',
    ]);
    const en = view(nationalReport(), null, { indicator: 'stations' }, 'en');
    expect(codes(sortTableRows(en.tableRows, { by: 'name', descending: true }, 'en'))).to.deep.equal([
      '330000',
      '440000',
      '620000',
      '110000',
    ]);
  });

  it('names the attribute or field at fault', () => {
    const report = nationalReport();
    const problem = (options: object) => {
      const result = regionMapView(report, null, 'zh-Hans', { ...options, kit });
      return result.ok ? null : [result.code, result.field];
    };
    expect(problem({ indicator: 'nope' })).to.deep.equal(['unknown-indicator', 'indicator']);
    // Without the choropleth code (loaded on demand), the element is told to load it.
    expect(regionMapView(report, null, 'zh-Hans', { indicator: 'stations' })).to.deep.include({
      ok: false,
      code: 'needs-kit',
    });
    expect(problem({ indicator: 'stations', year: '1999' })).to.deep.equal(['unknown-year', 'year']);
    expect(problem({ indicator: 'stations', scale: 'log' })).to.deep.equal(['unknown-scale', 'scale']);
  });
});
