import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import type { Language, Report } from '../report/schema.js';
import { regionMapExport } from './region-map.export.js';
import { regionMapView, type RegionMapView } from './region-map.view.js';

function view(language: Language, metric?: string): RegionMapView {
  const result = regionMapView(bundledReport, metric, language);
  if (!result.ok) throw new Error(result.message);
  return result.view;
}
const tile = (v: RegionMapView, code: string) => v.tiles.find((t) => t.code === code)!;

describe('regionMapView', () => {
  it('has all 34 tiles, the five of the bundled report in the strongest step and the others neutral', () => {
    const v = view('zh-Hans');
    expect(v.tiles).to.have.length(34);
    const withData = v.tiles.filter((t) => t.step !== null).map((t) => t.code);
    expect(withData.sort()).to.deep.equal(['330000', '440000', '510000', '620000', '810000']);
    expect(v.tiles.filter((t) => t.step !== null).every((t) => t.step === 5)).to.equal(true);
    expect(v.legend).to.deep.equal([{ step: 5, label: '1' }]);
    expect(v.noDataLabel).to.equal('无报道');
    expect(v.hasMarkers).to.equal(true);
  });

  it('names each tile first by its division, then its value and places', () => {
    expect(tile(view('zh-Hans'), '440000').accessibleName).to.equal('广东省，1 篇报道，地点：潮州市');
    expect(tile(view('zh-Hant'), '440000').accessibleName).to.equal('廣東省，1 篇報道，地點：潮州市');
    expect(tile(view('en'), '440000').accessibleName).to.equal('Guangdong, 1 story, Places: Chaozhou');
    expect(tile(view('zh-Hans'), '110000').accessibleName).to.equal('北京市，无报道');
    expect(tile(view('en'), '110000').accessibleName).to.equal('Beijing, no stories');
    expect(tile(view('zh-Hans'), '810000').accessibleName).to.equal('香港特别行政区，1 篇报道，地点：香港');
  });

  it('groups towns under their district and marks places below province level', () => {
    const sichuan = tile(view('zh-Hans'), '510000');
    expect(sichuan.placesText).to.equal('朝天区（中子镇、朝天镇、沙河镇、大巴口社区、飞仙关社区）');
    expect(sichuan.markedPlaces).to.equal(6);
    expect(tile(view('en'), '330000').placesText).to.equal('Pingyang County (Tengxiang Community, Tengjiao Town)');
    expect(tile(view('zh-Hans'), '810000').markedPlaces).to.equal(0);
    expect(tile(view('zh-Hans'), '810000').storyTitles).to.deep.equal([bundledReport.stories[0].title['zh-Hans']]);
  });

  it('uses short names and abbreviations for the tile labels', () => {
    const guangdong = tile(view('zh-Hant'), '440000');
    expect([guangdong.shortName, guangdong.abbreviation, guangdong.tileValue]).to.deep.equal(['廣東', '粵', '1']);
    expect(tile(view('en'), '150000').shortName).to.equal('Inner Mongolia');
  });

  it('shows a metric in the division of its place, formatted with its qualifier and unit', () => {
    const v = view('zh-Hans', 'chaozhou-volunteers');
    const guangdong = tile(v, '440000');
    expect([guangdong.step, guangdong.tileValue, guangdong.valueText]).to.deep.equal([
      5,
      '32万',
      '注册志愿者：超32万人',
    ]);
    expect(tile(v, '620000').step).to.equal(null);
    expect(tile(v, '620000').valueText).to.equal('无数据');
    expect(v.measureLabel).to.equal('注册志愿者');
    expect(v.legend).to.deep.equal([{ step: 5, label: '超32万人' }]);
    expect(v.tableRows.map((t) => t.code)).to.deep.equal(['440000']);

    const en = view('en', 'chaozhou-volunteers');
    expect(en.measureLabel).to.equal('Registered volunteers');
    expect(tile(en, '440000').accessibleName).to.equal(
      'Guangdong, registered volunteers: over 320,000, Places: Chaozhou',
    );
    expect(en.mapLabel).to.equal('Registered volunteers by provincial-level division');
  });

  it('says a division or the nation once when the metric’s label begins with it, in the names and the CSV', () => {
    const report: Report = structuredClone(bundledReport);
    report.places.push({
      id: 'china',
      level: 'country',
      adcode: '100000',
      provinceCode: '100000',
      name: { 'zh-Hans': '全国', 'zh-Hant': '全國', en: 'China' },
    });
    report.metrics.push(
      {
        ...report.metrics[1],
        id: 'guangdong-volunteers',
        label: { 'zh-Hans': '广东注册志愿者', 'zh-Hant': '廣東註冊志願者', en: 'Guangdong registered volunteers' },
      },
      {
        ...report.metrics[1],
        id: 'national-certified',
        place: 'china',
        value: 931000,
        qualifier: 'exact',
        label: {
          'zh-Hans': '全国持证社会工作者',
          'zh-Hant': '全國持證社會工作者',
          en: 'China’s certified social workers',
        },
      },
    );
    const shown = (language: Language, metric: string) => {
      const result = regionMapView(report, metric, language);
      if (!result.ok) throw new Error(result.message);
      return result.view;
    };
    expect(tile(shown('zh-Hans', 'guangdong-volunteers'), '440000').accessibleName).to.equal(
      '广东省，注册志愿者：超32万人，地点：潮州市',
    );
    expect(tile(shown('zh-Hant', 'guangdong-volunteers'), '440000').accessibleName).to.equal(
      '廣東省，註冊志願者：超過32萬人，地點：潮州市',
    );
    expect(tile(shown('en', 'guangdong-volunteers'), '440000').accessibleName).to.equal(
      'Guangdong, registered volunteers: over 320,000, Places: Chaozhou',
    );
    // The title still names the place: it stands alone.
    expect(shown('zh-Hans', 'guangdong-volunteers').measureLabel).to.equal('广东注册志愿者');
    expect(shown('zh-Hans', 'national-certified').national!.valueText).to.equal('持证社会工作者：93.1万人');
    expect(shown('zh-Hant', 'national-certified').national!.valueText).to.equal('持證社會工作者：93.1萬人');
    expect(shown('en', 'national-certified').national!.valueText).to.equal('certified social workers: 931,000');
    // The CSV's division and shown-as columns.
    const csv = regionMapExport(report, 'zh-Hans', { metric: 'guangdong-volunteers', selected: null });
    expect(csv.table.rows[0].slice(1, 4)).to.deep.equal(['广东省', 320000, '注册志愿者：超32万人']);
  });

  it('orders the table by value, largest first', () => {
    const report = {
      ...bundledReport,
      stories: [...bundledReport.stories, { ...bundledReport.stories[3], id: 'again', metrics: [] }],
    };
    const result = regionMapView(report, null, 'zh-Hans');
    if (!result.ok) throw new Error('unexpected');
    expect(result.view.tableRows.map((t) => t.code)).to.deep.equal(['510000', '620000', '330000', '440000', '810000']);
    expect(result.view.legend).to.deep.equal([
      { step: 3, label: '1' },
      { step: 5, label: '2' },
    ]);
  });

  it('names an unknown metric in the language of the element', () => {
    expect(regionMapView(bundledReport, 'xyz', 'zh-Hans')).to.deep.equal({
      ok: false,
      code: 'unknown-metric',
      message: '未找到指标 "xyz"',
    });
    expect(regionMapView(bundledReport, 'xyz', 'zh-Hant')).to.deep.include({ message: '找不到指標 "xyz"' });
    expect(regionMapView(bundledReport, 'xyz', 'en')).to.deep.include({ message: 'Metric "xyz" not found' });
  });
});
