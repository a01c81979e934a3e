import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import type { Report } from '../report/schema.js';
import { countUpText, easeOutCubic, parseCountable } from './count-up.js';
import { selectMetric, statCardView, storyLinkHref, type StatCardView } from './stat-card.view.js';
import { formatDeadline, progressView } from './stat-card.progress.js';

const clone = (): Report => structuredClone(bundledReport);
const view = (report: Report, ...args: Parameters<typeof statCardView> extends [unknown, ...infer R] ? R : never) =>
  statCardView(report, ...args) as StatCardView;

describe('stat card view', () => {
  it('picks the named metric, else the headline, else the first metric', () => {
    expect((selectMetric(bundledReport, 'zhuanglang-stations', 'zh-Hans') as { id: string }).id).to.equal(
      'zhuanglang-stations',
    );
    expect((selectMetric(bundledReport, null, 'zh-Hans') as { id: string }).id).to.equal('chaozhou-volunteers');
    expect((selectMetric(bundledReport, '', 'zh-Hans') as { id: string }).id).to.equal('chaozhou-volunteers');
    const report = clone();
    delete report.headline;
    expect((selectMetric(report, undefined, 'en') as { id: string }).id).to.equal('chaozhou-charity-orgs');
  });

  it('names the problem for an unknown metric and a report without metrics', () => {
    expect(statCardView(bundledReport, 'zh-Hans', { metric: 'xyz' })).to.deep.equal({
      problem: true,
      code: 'unknown-metric',
      message: '未找到指标“xyz”',
      field: 'metric',
    });
    expect(statCardView(bundledReport, 'zh-Hant', { metric: 'xyz' })).to.include({ message: '找不到指標「xyz」' });
    expect(statCardView(bundledReport, 'en', { metric: 'xyz' })).to.include({
      message: 'No metric "xyz" in the report',
    });
    const empty = { ...clone(), metrics: [], headline: undefined };
    expect(statCardView(empty, 'zh-Hans', {})).to.deep.equal({
      problem: true,
      code: 'no-metrics',
      message: '报告中没有任何指标',
      field: 'metrics',
    });
    expect(statCardView(empty, 'en', { metric: 'chaozhou-volunteers' })).to.include({ code: 'no-metrics' });
  });

  it('gives the date as an ISO value for <time> and the source line per language', () => {
    const agencies = view(bundledReport, 'en', { metric: 'hk-delegation-agencies' });
    expect(agencies.dateTime).to.equal('2024-05-31');
    expect(agencies.date).to.equal('31 May – 2 June 2024');
    expect(agencies.source).to.equal('Source: Chaozhou Daily');
    expect(view(bundledReport, 'zh-Hans', { metric: 'hk-delegation-agencies' }).source).to.equal('据《潮州日报》');
  });

  it('lower-cases vague date wording inside the English sentence only', () => {
    const report = clone();
    report.metrics[0].asOf = { start: '2024-06', wording: { 'zh-Hans': '近日', en: 'Recently' } };
    expect(view(report, 'en', { metric: 'chaozhou-charity-orgs' }).date).to.equal('Recently');
    expect(view(report, 'en', { metric: 'chaozhou-charity-orgs' }).sentence).to.equal(
      'Chaozhou, recently: 29 registered charitable organizations, according to Chaozhou Daily.',
    );
    expect(view(report, 'zh-Hans', { metric: 'chaozhou-charity-orgs' }).sentence).to.equal(
      '近日，潮州市登记认定慈善组织29家，据《潮州日报》。',
    );
  });
});

describe('a label that begins with its place', () => {
  /** The bundled report with its headline labelled as in the census workforce sheet: 全国持证社会工作者 in 全国. */
  function national(): Report {
    const report = clone();
    report.places.push({
      id: 'china',
      level: 'country',
      adcode: '100000',
      provinceCode: '100000',
      name: { 'zh-Hans': '全国', 'zh-Hant': '全國', en: 'China' },
    });
    Object.assign(report.metrics[1], {
      place: 'china',
      value: 931000,
      label: {
        'zh-Hans': '全国持证社会工作者',
        'zh-Hant': '全國持證社會工作者',
        en: 'China’s certified social workers',
      },
    });
    return report;
  }

  it('says the place once in the sentence, in every language', () => {
    const report = national();
    expect(view(report, 'zh-Hans', { metric: 'chaozhou-volunteers' }).sentence).to.equal(
      '2024年6月，全国持证社会工作者超93.1万人，据《潮州日报》。',
    );
    expect(view(report, 'zh-Hant', { metric: 'chaozhou-volunteers' }).sentence).to.equal(
      '2024年6月，全國持證社會工作者超過93.1萬人，據《潮州日報》。',
    );
    expect(view(report, 'en', { metric: 'chaozhou-volunteers' }).sentence).to.equal(
      'June 2024: over 931,000 China’s certified social workers, according to Chaozhou Daily.',
    );
    // The place is still shown on the card.
    expect(view(report, 'zh-Hans', { metric: 'chaozhou-volunteers' }).place).to.equal('全国');
  });

  it('keeps the place before a label that only mentions it later or inside a word', () => {
    expect(view(bundledReport, 'zh-Hans', { metric: 'hk-delegation-agencies' }).sentence).to.equal(
      '2024年5月31日至6月2日，香港首团参访的香港社会福利机构超50家，据《潮州日报》。',
    );
    const report = clone();
    report.metrics[1].label = { 'zh-Hans': '志愿者（潮州市）', en: 'Chaozhouese volunteers' };
    expect(view(report, 'zh-Hans', { metric: 'chaozhou-volunteers' }).sentence).to.equal(
      '2024年6月，潮州市志愿者（潮州市）超32万人，据《潮州日报》。',
    );
    expect(view(report, 'en', { metric: 'chaozhou-volunteers' }).sentence).to.equal(
      'Chaozhou, June 2024: over 320,000 Chaozhouese volunteers, according to Chaozhou Daily.',
    );
  });
});

describe('progress towards a target', () => {
  const certified = () => bundledReport.metrics.find((m) => m.id === 'zhuanglang-certified-social-workers')!;

  it('gives counts, a whole percentage and the target wording', () => {
    expect(progressView(certified(), 'zh-Hans')).to.deep.equal({
      value: 85,
      max: 150,
      fraction: 85 / 150,
      counts: '85 / 150',
      percent: '57%',
      target: '2025年底力争达到150人',
      spoken: '85 / 150（57%）',
    });
    expect(progressView(certified(), 'en')).to.include({
      target: 'aim: 150 by the end of 2025',
      spoken: '85 of 150 (57%)',
    });
  });

  it('words a target that has no label of its own, and caps the bar at the target', () => {
    const metric = { ...certified(), value: 1200, target: { value: 1000, deadline: '2025-12-31' } };
    expect(progressView(metric, 'zh-Hans')).to.include({
      target: '目标：2025年底前达到1000名',
      fraction: 1,
      percent: '120%',
    });
    expect(progressView(metric, 'zh-Hant')).to.include({ target: '目標：2025年底前達到1000名' });
    expect(progressView(metric, 'en')).to.include({
      target: 'Target: 1,000 by the end of 2025',
      counts: '1,200 / 1,000',
    });
    expect(progressView({ ...metric, target: { value: 0, deadline: '2025' } }, 'en')).to.equal(undefined);
    expect(progressView({ ...metric, target: undefined }, 'en')).to.equal(undefined);
  });

  it('reads 31 December and a bare year as the end of the year, other deadlines as dates', () => {
    expect(formatDeadline('2025-12-31', 'zh-Hans')).to.equal('2025年底');
    expect(formatDeadline('2025', 'en')).to.equal('the end of 2025');
    expect(formatDeadline('2025-06', 'zh-Hans')).to.equal('2025年6月');
    expect(formatDeadline('2025-06-30', 'en')).to.equal('30 June 2025');
  });
});

describe('story link', () => {
  const story = bundledReport.stories[0];

  it('links only to http(s) URLs: the pattern, else the story url', () => {
    expect(storyLinkHref(story, null, 'https://partner.example/page')).to.equal(undefined);
    expect(storyLinkHref({ ...story, url: 'https://news.example/a' }, null, undefined)).to.equal(
      'https://news.example/a',
    );
    expect(storyLinkHref(story, '/news/{story}.html', 'https://partner.example/page')).to.equal(
      'https://partner.example/news/hk-social-workers-chaozhou.html',
    );
    expect(
      storyLinkHref({ ...story, url: 'https://news.example/a' }, 'https://cms.example/s?id={story}', undefined),
    ).to.equal('https://cms.example/s?id=hk-social-workers-chaozhou');
    expect(storyLinkHref(story, 'javascript:alert(1)', 'https://partner.example/')).to.equal(undefined);
    expect(storyLinkHref({ ...story, url: 'javascript:alert(1)' }, null, undefined)).to.equal(undefined);
    expect(storyLinkHref(story, '/news/{story}', undefined)).to.equal(undefined);
  });

  it('appears only when asked for', () => {
    expect(view(bundledReport, 'zh-Hans', {}).story).to.equal(undefined);
    expect(view(bundledReport, 'zh-Hans', { storyLink: true }).story).to.deep.equal({
      title: '香港“万千社工看祖国”内地考察交流首站活动在潮州启动',
      href: undefined,
    });
    expect(view(bundledReport, 'en', { storyHref: 'https://x.example/{story}' }).story?.href).to.equal(
      'https://x.example/hk-social-workers-chaozhou',
    );
  });
});

describe('count-up frames', () => {
  it('counts at the scale of the final text and ends on it exactly', () => {
    const wan = parseCountable('32万')!;
    expect(wan).to.include({ prefix: '', value: 32, decimals: 0, grouped: false, suffix: '万' });
    expect(countUpText(wan, 0)).to.equal('0万');
    expect(countUpText(wan, 0.5)).to.equal('28万');
    expect(countUpText(wan, 1)).to.equal('32万');
    const yi = parseCountable('1.78亿')!;
    expect(countUpText(yi, 0)).to.equal('0.00亿');
    expect(countUpText(yi, 0.5)).to.equal('1.56亿');
    expect(countUpText(yi, 2)).to.equal('1.78亿');
    const grouped = parseCountable('320,000')!;
    expect(countUpText(grouped, 0.5)).to.equal('280,000');
    expect(countUpText(grouped, 0.1)).to.equal('86,720');
    expect(countUpText(parseCountable('178 million')!, 0.5)).to.equal('156 million');
    expect(countUpText(parseCountable('6%')!, 0.5)).to.equal('5%');
  });

  it('has nothing to count in zero or in text without digits', () => {
    expect(parseCountable('0')).to.equal(null);
    expect(parseCountable('–')).to.equal(null);
    expect(parseCountable('1 2')).to.equal(null);
  });

  it('eases out from 0 to 1', () => {
    expect(easeOutCubic(0)).to.equal(0);
    expect(easeOutCubic(1)).to.equal(1);
    expect(easeOutCubic(0.5)).to.equal(0.875);
  });
});
