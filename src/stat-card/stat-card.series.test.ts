import { expect } from '@open-wc/testing';
import {
  changeView,
  difference,
  seriesView,
  sparklineView,
  SPARKLINE_HEIGHT,
  SPARKLINE_WIDTH,
} from './stat-card.series.js';
import type { Metric, SeriesPoint } from '../report/schema.js';

const SERIES: SeriesPoint[] = [
  { date: '2016', value: 288000 },
  { date: '2017', value: 327000 },
  { date: '2018', value: 439000 },
  { date: '2019', value: 531000 },
  { date: '2020', value: 669000 },
  { date: '2021', value: 737000 },
  { date: '2022', value: 931000 },
];

const metric = (series: SeriesPoint[], unit = '人'): Metric => ({
  id: 'm',
  value: series[series.length - 1].value,
  unit,
  qualifier: 'exact',
  label: { 'zh-Hans': '持证社会工作者', 'zh-Hant': '持證社會工作者', en: 'certified social workers' },
  place: 'china',
  story: 's',
  asOf: { start: series[series.length - 1].date },
  source: 'x',
  series,
});

describe('series change', () => {
  it('says an increase against the previous point in each language', () => {
    const m = metric(SERIES);
    expect(seriesView(m, '持证社会工作者', 'zh-Hans')!.change).to.deep.equal({
      direction: 'up',
      text: '比2021年增加19.4万人',
    });
    expect(seriesView(m, '持證社會工作者', 'zh-Hant')!.change.text).to.equal('比2021年增加19.4萬人');
    expect(seriesView(m, 'certified social workers', 'en')!.change.text).to.equal('up 194,000 from 2021');
  });

  it('compares with the first point and as a per cent', () => {
    const m = metric(SERIES);
    expect(seriesView(m, '', 'zh-Hans', { compare: 'first' })!.change.text).to.equal('比2016年增加64.3万人');
    expect(seriesView(m, '', 'en', { compare: 'first' })!.change.text).to.equal('up 643,000 from 2016');
    expect(seriesView(m, '', 'zh-Hans', { change: 'percent' })!.change.text).to.equal('比2021年增长26.3%');
    expect(seriesView(m, '', 'en', { change: 'percent', compare: 'first' })!.change.text).to.equal(
      'up 223.3% from 2016',
    );
  });

  it('says a decrease and no change', () => {
    const down = metric(
      [
        { date: '2023-01', value: 120 },
        { date: '2023-06', value: 95 },
      ],
      '家',
    );
    expect(seriesView(down, '', 'zh-Hans')!.change).to.deep.equal({ direction: 'down', text: '比2023年1月减少25家' });
    expect(seriesView(down, '', 'zh-Hant', { change: 'percent' })!.change.text).to.equal('比2023年1月下降20.8%');
    expect(seriesView(down, '', 'en')!.change.text).to.equal('down 25 from January 2023');
    const same = metric(
      [
        { date: '2022', value: 348 },
        { date: '2023', value: 348 },
      ],
      '所',
    );
    expect(seriesView(same, '', 'zh-Hans')!.change).to.deep.equal({ direction: 'same', text: '与2022年持平' });
    expect(seriesView(same, '', 'zh-Hant')!.change.text).to.equal('與2022年持平');
    expect(seriesView(same, '', 'en')!.change.text).to.equal('unchanged from 2022');
  });

  it('measures the change of a percentage in percentage points, without binary noise', () => {
    const rate = metric(
      [
        { date: '2018', value: 43.9 },
        { date: '2019', value: 20.96 },
      ],
      '%',
    );
    expect(difference(43.9, 20.96)).to.equal(-22.94);
    expect(changeView(rate, rate.series![0], rate.series![1], 'zh-Hans').text).to.equal('比2018年减少22.94个百分点');
    expect(changeView(rate, rate.series![0], rate.series![1], 'en').text).to.equal(
      'down 22.94 percentage points from 2018',
    );
  });
});

describe('sparkline', () => {
  it('draws the series on a time axis inside its box', () => {
    const view = sparklineView(SERIES, (p) => String(p.value), 'zh-Hans');
    expect(view.path).to.match(/^M4,36L/);
    const coordinates = view.path
      .slice(1)
      .split('L')
      .map((pair) => pair.split(',').map(Number));
    expect(coordinates).to.have.length(7);
    for (const [x, y] of coordinates) {
      expect(x).to.be.within(0, SPARKLINE_WIDTH);
      expect(y).to.be.within(0, SPARKLINE_HEIGHT);
    }
    // Rising values go up the box (smaller y), and the last point is the dot.
    expect(coordinates[6][1]).to.equal(4);
    expect(view.last).to.deep.equal({ x: 196, y: 4 });
  });

  it('labels the first and last points, tells the series in a sentence and lists every point', () => {
    const zh = seriesView(metric(SERIES), '持证社会工作者', 'zh-Hans')!;
    expect(zh.sparkline.firstLabel).to.deep.equal({ date: '2016年', value: '28.8万人' });
    expect(zh.sparkline.lastLabel).to.deep.equal({ date: '2022年', value: '93.1万人' });
    expect(zh.summary).to.equal('持证社会工作者，2016年至2022年共7个数据：从28.8万人增至93.1万人。');
    expect(zh.rows[3]).to.deep.equal(['2019年', '53.1万人']);
    const en = seriesView(metric(SERIES), 'certified social workers', 'en')!;
    expect(en.summary).to.equal('Certified social workers, 2016 to 2022, 7 figures: up from 288,000 to 931,000.');
    expect(en.rows[0]).to.deep.equal(['2016', '288,000']);
    const hant = seriesView(metric(SERIES), '持證社會工作者', 'zh-Hant')!;
    expect(hant.summary).to.equal('持證社會工作者，2016年至2022年共7個數據：從28.8萬人增至93.1萬人。');
  });

  it('draws a flat series across the middle', () => {
    const view = sparklineView(
      [
        { date: '2022', value: 5 },
        { date: '2023', value: 5 },
      ],
      String,
      'en',
    );
    expect(view.path).to.equal('M4,20L196,20');
  });

  it('has no series view without a series', () => {
    expect(seriesView({ ...metric(SERIES), series: undefined }, '', 'en')).to.equal(undefined);
  });
});
