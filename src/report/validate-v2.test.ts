import { expect } from '@open-wc/testing';
import { describeProblem, describeProblems, validateReport, DIVISION_CODES, problemDetail } from './validate.js';
import { DIVISIONS } from '../map/divisions.js';
import { reportCopy } from '../../test/support/report-fixtures.js';
import type { Report } from './schema.js';

function problemsOf(edit: (report: Report) => void) {
  const result = validateReport(reportCopy(edit));
  expect(result.ok, 'should be invalid').to.equal(false);
  return result.problems;
}

const national = {
  id: 'china',
  name: { 'zh-Hans': '全国', 'zh-Hant': '全國', en: 'China' },
  level: 'country' as const,
  adcode: '100000',
  provinceCode: '100000',
};
const series = [
  { date: '2021', value: 737000 },
  { date: '2022', value: 931000 },
];

describe('validateReport, format v2', () => {
  it('accepts a national place with the code 100000', () => {
    const result = validateReport(reportCopy((r) => r.places.push(national)));
    expect(result.problems).to.deep.equal([]);
  });

  it('rejects a province code that is not one of the 34 divisions, naming the field', () => {
    const [problem] = problemsOf((r) => (r.places[0].provinceCode = '990000'));
    expect(problem.path).to.equal('places[0].provinceCode');
    expect(describeProblem(problem, 'zh-Hans')).to.equal(
      'places[0].provinceCode：必须是 34 个省级行政区代码之一，或表示全国的 100000（实际为 990000）',
    );
    expect(describeProblem(problem, 'en')).to.contain('34 provincial-level division codes');
  });

  it('rejects 100000 on a place that is not national, and a national place with another code', () => {
    expect(problemsOf((r) => (r.places[0].provinceCode = '100000'))[0].path).to.equal('places[0].level');
    const [problem] = problemsOf((r) => r.places.push({ ...national, provinceCode: '440000' }));
    expect(problem.path).to.match(/^places\[\d+\]\.provinceCode$/);
  });

  it('accepts any unit that is built in or described in the units table', () => {
    const ok = validateReport(
      reportCopy((r) => {
        r.metrics[0].unit = '小时';
        r.metrics[1].unit = '台';
        r.units = { 台: { 'zh-Hant': '臺', en: 'machines', enOne: 'machine' } };
      }),
    );
    expect(ok.problems).to.deep.equal([]);
  });

  it('rejects an unknown unit without forms, naming the field, in each language', () => {
    const [problem] = problemsOf((r) => (r.metrics[1].unit = '台'));
    expect(problem.path).to.equal('metrics[1].unit');
    expect(describeProblem(problem, 'zh-Hans')).to.match(
      /^metrics\[1\]\.unit：“台”不是内置单位（人 名 .*），报告的 units 表中也没有它的写法$/,
    );
    expect(describeProblem(problem, 'zh-Hant')).to.contain('「台」不是內置單位');
    expect(describeProblem(problem, 'en')).to.contain('"台" is not a built-in unit');
  });

  it('checks a series: date order, last point = the metric', () => {
    const withSeries = (edit: (points: typeof series) => void) =>
      problemsOf((r) => {
        const points = structuredClone(series);
        edit(points);
        Object.assign(r.metrics[0], { value: 931000, asOf: { start: '2022' }, series: points });
      });
    expect(
      validateReport(reportCopy((r) => Object.assign(r.metrics[0], { value: 931000, asOf: { start: '2022' }, series })))
        .problems,
    ).to.deep.equal([]);
    expect(withSeries((p) => p.reverse())[0].path).to.equal('metrics[0].series[1].date');
    expect(withSeries((p) => (p[1].value = 930000))[0]).to.include({ path: 'metrics[0].series[1].value' });
    const [date] = withSeries((p) => (p[1].date = '2023'));
    expect(date.path).to.equal('metrics[0].series[1].date');
    expect(describeProblem(date, 'zh-Hans')).to.equal(
      'metrics[0].series[1].date：最后一个点必须是指标的日期 asOf（2022）',
    );
    expect(withSeries((p) => Object.assign(p[0], { source: 'nope' }))[0].path).to.equal('metrics[0].series[0].source');
    expect(withSeries((p) => p.splice(1))[0].path).to.equal('metrics[0].series');
  });

  it('checks indicators: division codes, duplicates, numbers, units, sources', () => {
    const indicator =
      (values: unknown[], extra: object = {}) =>
      (r: Report) => {
        r.indicators = [
          {
            id: 'workers',
            label: { 'zh-Hans': '持证社工' },
            unit: '人',
            source: r.sources[0].id,
            asOf: { start: '2022' },
            values: values as never,
            ...extra,
          },
        ];
      };
    expect(
      validateReport(
        reportCopy(
          indicator([
            { division: '440000', value: 1 },
            { division: '440000', value: 2, date: '2021' },
          ]),
        ),
      ).problems,
    ).to.deep.equal([]);
    expect(problemsOf(indicator([{ division: '100000', value: 1 }]))[0].path).to.equal(
      'indicators[0].values[0].division',
    );
    const [duplicate] = problemsOf(
      indicator([
        { division: '440000', value: 1 },
        { division: '440000', value: 2 },
      ]),
    );
    expect(duplicate.path).to.equal('indicators[0].values[1].division');
    expect(problemDetail(duplicate)?.code).to.equal('duplicate-value');
    expect(describeProblem(duplicate, 'zh-Hant')).to.contain('重複');
    const [notNumber] = problemsOf(indicator([{ division: '440000', value: '1' }]));
    expect(notNumber.path).to.equal('indicators[0].values[0].value');
    expect(describeProblem(notNumber, 'zh-Hans')).to.equal('indicators[0].values[0].value：必须是数字（实际为 "1"）');
    expect(problemsOf(indicator([{ division: '440000', value: 1 }], { unit: '台' }))[0].path).to.equal(
      'indicators[0].unit',
    );
    expect(problemsOf(indicator([{ division: '440000', value: 1 }], { source: 'nope' }))[0].path).to.equal(
      'indicators[0].source',
    );
  });

  it("checks an indicator's `format` (how maps write its figures), naming the field in each language", () => {
    const indicator = (format: unknown) => (r: Report) => {
      r.indicators = [
        {
          id: 'workers',
          label: { 'zh-Hans': '持证社工' },
          unit: '人',
          source: r.sources[0].id,
          asOf: { start: '2022' },
          values: [{ division: '440000', value: 1 }],
          format: format as never,
        },
      ];
    };
    for (const format of [
      { scale: 'none' },
      { scale: 'auto', decimals: 0 },
      { scale: { zh: '亿', en: 'billion' }, decimals: 2 },
      { scale: { en: 'thousand' } },
    ]) {
      expect(validateReport(reportCopy(indicator(format))).problems, JSON.stringify(format)).to.deep.equal([]);
    }
    const cases: Array<[unknown, string, string, string]> = [
      [
        { scale: 'million' },
        'indicators[0].format.scale：必须是以下之一：auto、none、{ "zh": …, "en": … }（实际为 "million"）',
        'indicators[0].format.scale：必須是以下之一：auto、none、{ "zh": …, "en": … }（實際為 "million"）',
        'indicators[0].format.scale: must be one of auto, none, { "zh": …, "en": … } (got "million")',
      ],
      [
        { scale: { zh: '百万' } },
        'indicators[0].format.scale.zh：必须是以下之一：auto、none、万、亿（实际为 "百万"）',
        'indicators[0].format.scale.zh：必須是以下之一：auto、none、万、亿（實際為 "百万"）',
        'indicators[0].format.scale.zh: must be one of auto, none, 万, 亿 (got "百万")',
      ],
      [
        { decimals: 1.5 },
        'indicators[0].format.decimals：必须是整数（实际为 1.5）',
        'indicators[0].format.decimals：必須是整數（實際為 1.5）',
        'indicators[0].format.decimals: must be a whole number (got 1.5)',
      ],
      [
        { decimals: 4 },
        'indicators[0].format.decimals：不能大于 3（实际为 4）',
        'indicators[0].format.decimals：不能大於 3（實際為 4）',
        'indicators[0].format.decimals: must be at most 3 (got 4)',
      ],
    ];
    for (const [format, hans, hant, en] of cases) {
      const problems = problemsOf(indicator(format));
      expect(problems.map((problem) => describeProblem(problem, 'zh-Hans'))).to.deep.equal([hans]);
      expect(describeProblem(problems[0], 'zh-Hant')).to.equal(hant);
      expect(describeProblem(problems[0], 'en')).to.equal(en);
    }
  });

  it('keeps the division codes in step with the map', () => {
    expect([...DIVISION_CODES].sort()).to.deep.equal(DIVISIONS.map((d) => d.code).sort());
  });
});

describe("validation messages in the reader's language", () => {
  it('words schema problems without English in Chinese text', () => {
    const cases: Array<[(r: Report) => void, string, string, string]> = [
      [
        (r) => delete (r.stories[0] as Partial<Report['stories'][0]>).title,
        'stories[0].title：必须填写',
        'stories[0].title：必須填寫',
        'stories[0].title: is required',
      ],
      [
        (r) => (r.metrics[0].value = -1),
        'metrics[0].value：不能为负数（实际为 -1）',
        'metrics[0].value：不能為負數（實際為 -1）',
        'metrics[0].value: must not be negative (got -1)',
      ],
      [
        (r) => (r.stories[0].url = 'javascript:alert(1)'),
        'stories[0].url：必须是 http: 或 https: 网址（实际为 "javascript:alert(1)"）',
        'stories[0].url：必須是 http: 或 https: 網址（實際為 "javascript:alert(1)"）',
        'stories[0].url: must be an http: or https: URL (got "javascript:alert(1)")',
      ],
      [
        (r) => ((r.places[0] as { level: string }).level = 'planet'),
        'places[0].level：必须是以下之一：country、province、prefecture、county、district、sar、town、community（实际为 "planet"）',
        '',
        'places[0].level: must be one of country, province, prefecture, county, district, sar, town, community (got "planet")',
      ],
      [
        (r) => (r.stories[0].places[0] = 'atlantis'),
        'stories[0].places[0]：引用的地点“atlantis”在报告中不存在',
        'stories[0].places[0]：引用的地點「atlantis」在報告中不存在',
        'stories[0].places[0]: refers to a place "atlantis" that the report does not have',
      ],
      [
        (r) => (r.stories[0].date.start = '2024-02-30'),
        'stories[0].date.start：不是有效的日期（2024-02-30）',
        'stories[0].date.start：不是有效的日期（2024-02-30）',
        'stories[0].date.start: is not a calendar date (2024-02-30)',
      ],
      [
        (r) => (r.stories[0].id = 'Not An Id'),
        'stories[0].id：必须由小写字母、数字和连字符组成（实际为 "Not An Id"）',
        '',
        'stories[0].id: must be lower-case letters, digits and hyphens (got "Not An Id")',
      ],
    ];
    for (const [edit, hans, hant, en] of cases) {
      const problems = problemsOf(edit);
      expect(describeProblems(problems, 'zh-Hans')).to.equal(hans);
      if (hant) expect(describeProblems(problems, 'zh-Hant')).to.equal(hant);
      expect(describeProblems(problems, 'en')).to.equal(en);
      expect(describeProblems(problems, 'zh-Hans')).to.not.match(/\b(must|is|got|refers)\b/);
    }
  });

  it('counts further problems in each language', () => {
    const problems = problemsOf((r) => {
      r.metrics[0].value = -1;
      r.metrics[1].value = -2;
    });
    expect(describeProblems(problems, 'zh-Hans')).to.equal('metrics[0].value：不能为负数（实际为 -1）（另有 1 处）');
    expect(describeProblems(problems)).to.equal('metrics[0].value: must not be negative (got -1) (+1)');
  });
});
