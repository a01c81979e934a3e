import { expect } from '@open-wc/testing';
import { bundledReport } from '../src/report/bundled.js';
import { findPlace } from '../src/report/query.js';

// Every figure the seed digest states, as read from it: id, value, unit, qualifier, place.
// A change to data/report.json that loses or alters one of them fails here.
const SEED_FIGURES: Array<[string, number, string, string, string]> = [
  ['chaozhou-charity-orgs', 29, '家', 'exact', '445100'], // 登记认定慈善组织29家
  ['chaozhou-volunteers', 320000, '人', 'over', '445100'], // 注册志愿者超32万人
  ['chaozhou-charity-fund', 178000000, '元', 'exact', '445100'], // 募集盘活慈善资金达1.78亿元
  ['hk-delegation-agencies', 50, '家', 'over', '810000'], // 超过50多家香港社会福利机构
  ['hk-delegation-social-workers', 300, '名', 'plus', '810000'], // 300多名社工
  ['zhuanglang-certified-social-workers', 85, '名', 'exact', '620825'], // 持证社工85名 (target 150人)
  ['zhuanglang-social-work-talent', 1089, '名', 'exact', '620825'], // 社会工作人才1089名
  ['zhuanglang-local-talent-target', 1000, '人', 'exact', '620825'], // 本土化专业社工人才达到1000人的目标
  ['zhuanglang-exam-registrations', 355, '人', 'exact', '620825'], // 报名人数达到355人
  ['zhuanglang-stations', 14, '个', 'exact', '620825'], // 建成乡镇（城市社区）社工站14个
  ['pingyang-young-team', 50, '名', 'odd', '330326'], // 50余名年轻专业人才
  ['pingyang-young-team-age', 30, '岁', 'at-most', '330326'], // 平均年龄不超过30岁
  ['pingyang-full-time-social-workers', 770, '人', 'exact', '330326'], // 专职社工已扩展至770人
  ['pingyang-young-share', 6, '%', 'exact', '330326'], // “新生代”专职社工占比6%
  ['chaotian-stations', 3, '个', 'exact', '510812'], // 三个社工站
  ['chaotian-rooms', 5, '个', 'exact', '510812'], // 五个社工室
  ['chaotian-elderly-cases', 20, '名', 'odd', '510812'], // 服务老年人个案20余名
  ['chaotian-elderly-groups', 3, '个', 'exact', '510812'], // 成立老年人小组3个
  ['chaotian-elderly-activities', 20, '场', 'odd', '510812'], // 开展为老服务活动20余场
  ['chaotian-elderly-served', 5000, '人次', 'odd', '510812'], // 服务老年人5000余人次
];

describe('the bundled report', () => {
  it('holds every figure of the seed with its unit, qualifier and place, and nothing else', () => {
    const actual = bundledReport.metrics.map((m) => [
      m.id,
      m.value,
      m.unit,
      m.qualifier,
      findPlace(bundledReport, m.place)?.adcode,
    ]);
    expect(actual).to.deep.equal(SEED_FIGURES);
  });

  it('keeps the target of 150 certified social workers by the end of 2025', () => {
    const certified = bundledReport.metrics.find((m) => m.id === 'zhuanglang-certified-social-workers')!;
    expect(certified.target).to.include({ value: 150, deadline: '2025-12-31' });
  });

  it('has the four stories with their credited sources', () => {
    const credits = bundledReport.stories.map((story) =>
      story.sources.map((id) => bundledReport.sources.find((s) => s.id === id)!.name['zh-Hans']).join(' '),
    );
    expect(credits).to.deep.equal(['《潮州日报》 中国社会工作联合会', '庄浪县民政局', '人民网', '金台资讯']);
  });

  it('places the five county-level places at their codes and coordinates', () => {
    const located = bundledReport.places
      .filter((p) => p.coordinates)
      .map((p) => [p.adcode, p.coordinates!.lon, p.coordinates!.lat]);
    expect(located).to.deep.equal([
      ['445100', 116.63, 23.66],
      ['810000', 114.17, 22.32],
      ['620825', 106.04, 35.2],
      ['330326', 120.57, 27.66],
      ['510812', 105.88, 32.65],
    ]);
  });

  it('is listed in docs/embedding.md, every metric id with its meaning', async () => {
    const embedding = await (await fetch('/docs/embedding.md')).text();
    for (const metric of bundledReport.metrics)
      expect(embedding, metric.id).to.contain(`| \`${metric.id}\` | ${metric.label['zh-Hans']}`);
  });

  it('publishes a JSON Schema that requires the top-level fields', async () => {
    const schema = await (await fetch('/data/report.schema.json')).json();
    expect(schema.required).to.include.members([
      'id',
      'title',
      'published',
      'publisher',
      'sources',
      'places',
      'stories',
      'metrics',
    ]);
    expect(schema.properties.metrics.items.properties.qualifier.enum).to.deep.equal([
      'exact',
      'over',
      'odd',
      'plus',
      'at-most',
    ]);
  });
});
