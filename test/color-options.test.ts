/** What can color a map (demo/color-options.js): the one "Color by" control of the builder and the demo. */
import { expect } from '@open-wc/testing';
import { mapColorChoices, colorAttributes, colorValue, defaultColorValue } from '../demo/color-options.js';
import { COUNTRY_CODE } from '../src/report/query.js';

const place = (id: string, provinceCode: string) => ({ id, provinceCode });
const report = {
  places: [
    place('china', COUNTRY_CODE),
    place('guangdong', '440000'),
    place('chaozhou', '440000'),
    place('hong-kong', '810000'),
  ],
  metrics: [
    { id: 'national', place: 'china', label: { 'zh-Hans': '全国' } },
    { id: 'guangdong-growth', place: 'guangdong', label: { 'zh-Hans': '广东' } },
    { id: 'chaozhou-volunteers', place: 'chaozhou', label: { 'zh-Hans': '潮州' } },
    { id: 'hk', place: 'hong-kong', label: { 'zh-Hans': '香港' } },
    { id: 'nowhere', place: 'not-listed', label: { 'zh-Hans': '?' } },
  ],
  indicators: [
    { id: 'population', label: { 'zh-Hans': '常住人口' } },
    { id: 'share', label: { 'zh-Hans': '占比' } },
  ],
};

describe('mapColorChoices', () => {
  it('offers the stories, the metrics whose place lies in a division, and the indicators; no national metric, no metric of an unknown place', () => {
    const choices = mapColorChoices(report);
    expect(choices.stories.value).to.equal('');
    expect(choices.metrics.map((c) => c.value)).to.deep.equal([
      'metric:guangdong-growth',
      'metric:chaozhou-volunteers',
      'metric:hk',
    ]);
    expect(choices.metrics.map((c) => c.division)).to.deep.equal(['440000', '440000', '810000']);
    expect(choices.indicators.map((c) => c.value)).to.deep.equal(['indicator:population', 'indicator:share']);
    expect(choices.indicators[0].label).to.deep.equal({ 'zh-Hans': '常住人口' });
  });

  it('works for a report without indicators or places', () => {
    expect(mapColorChoices({ metrics: [{ id: 'x', place: 'p', label: {} }] })).to.deep.equal({
      stories: { value: '' },
      metrics: [],
      indicators: [],
    });
  });

  it('opens a report with indicators on its first one (a choropleth), else on the stories', () => {
    expect(defaultColorValue(mapColorChoices(report))).to.equal('indicator:population');
    expect(defaultColorValue(mapColorChoices({ ...report, indicators: [] }))).to.equal('');
  });
});

describe('colorAttributes and colorValue', () => {
  it('turns a choice into metric or indicator, never both', () => {
    expect(colorAttributes('')).to.deep.equal({});
    expect(colorAttributes('metric:chaozhou-volunteers')).to.deep.equal({ metric: 'chaozhou-volunteers' });
    expect(colorAttributes('indicator:population')).to.deep.equal({ indicator: 'population' });
    expect(colorAttributes('something-else')).to.deep.equal({});
    for (const choice of ['', 'metric:hk', 'indicator:share'])
      expect(Object.keys(colorAttributes(choice)).length).to.be.at.most(1);
  });

  it('finds the choice for a map’s attributes, the indicator first (as the element does), and none for what the report lacks', () => {
    const choices = mapColorChoices(report);
    expect(colorValue({ metric: 'hk' }, choices)).to.equal('metric:hk');
    expect(colorValue({ metric: 'hk', indicator: 'share' }, choices)).to.equal('indicator:share');
    expect(colorValue({ metric: 'national' }, choices)).to.equal('');
    expect(colorValue({ indicator: 'missing' }, choices)).to.equal('');
    expect(colorValue({}, choices)).to.equal('');
  });
});
