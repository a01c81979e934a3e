import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import type { Report } from '../report/schema.js';
import { groupPlaces, isBelowProvince, regionValues } from './region-values.js';

const place = (id: string) => bundledReport.places.find((p) => p.id === id)!;

function valuesOf(report: Report, metricId?: string) {
  const result = regionValues(report, metricId);
  if (!result.ok) throw new Error(result.code);
  return Object.fromEntries([...result.entries].map(([code, entry]) => [code, entry.value]));
}

describe('regionValues', () => {
  it('counts the stories of the bundled report per division, once per story', () => {
    expect(valuesOf(bundledReport)).to.deep.equal({ '440000': 1, '810000': 1, '620000': 1, '330000': 1, '510000': 1 });
  });

  it('lists the places and stories of each division in report order', () => {
    const result = regionValues(bundledReport);
    if (!result.ok) throw new Error('unexpected');
    expect(result.measure).to.deep.equal({ kind: 'stories' });
    const sichuan = result.entries.get('510000')!;
    expect(sichuan.places.map((p) => p.id)).to.deep.equal([
      'chaotian',
      'zhongzi-town',
      'chaotian-town',
      'shahe-town',
      'dabakou-community',
      'feixianguan-community',
    ]);
    expect(sichuan.stories.map((s) => s.id)).to.deep.equal(['chaotian-elderly-care']);
    expect(result.entries.get('810000')!.stories.map((s) => s.id)).to.deep.equal(['hk-social-workers-chaozhou']);
  });

  it('counts a story in every division it has a place in', () => {
    const story = {
      ...bundledReport.stories[1],
      id: 'two-places',
      places: ['zhuanglang', 'pingyang', 'tengxiang-community'],
      metrics: [],
    };
    const report = { ...bundledReport, stories: [...bundledReport.stories, story] };
    expect(valuesOf(report)).to.deep.equal({ '440000': 1, '810000': 1, '620000': 2, '330000': 2, '510000': 1 });
  });

  it('gives a metric its value in the division of its place, and no value elsewhere', () => {
    expect(valuesOf(bundledReport, 'chaozhou-volunteers')).to.deep.equal({
      '440000': 320000,
      '810000': null,
      '620000': null,
      '330000': null,
      '510000': null,
    });
    expect(valuesOf(bundledReport, 'hk-delegation-social-workers')['810000']).to.equal(300);
    const result = regionValues(bundledReport, 'pingyang-young-share');
    expect(result.ok && result.measure.kind === 'metric' && result.measure.metric.id).to.equal('pingyang-young-share');
  });

  it('reports a metric id the report does not have', () => {
    expect(regionValues(bundledReport, 'xyz')).to.deep.equal({ ok: false, code: 'unknown-metric', metricId: 'xyz' });
  });
});

describe('isBelowProvince', () => {
  it('is true for cities, counties, towns and communities, false for Hong Kong itself', () => {
    expect(isBelowProvince(place('chaozhou'))).to.equal(true);
    expect(isBelowProvince(place('zhuanglang'))).to.equal(true);
    expect(isBelowProvince(place('tengxiang-community'))).to.equal(true);
    expect(isBelowProvince(place('hong-kong'))).to.equal(false);
  });
});

describe('groupPlaces', () => {
  it('puts towns and communities under the district or county they belong to', () => {
    const sichuan = bundledReport.places.filter((p) => p.provinceCode === '510000');
    const groups = groupPlaces(sichuan);
    expect(groups.map((g) => [g.place.id, g.children.map((c) => c.id)])).to.deep.equal([
      ['chaotian', ['zhongzi-town', 'chaotian-town', 'shahe-town', 'dabakou-community', 'feixianguan-community']],
    ]);
  });

  it('keeps a place whose parent is not in the list on its own', () => {
    expect(groupPlaces([place('tengxiang-community')]).map((g) => g.place.id)).to.deep.equal(['tengxiang-community']);
  });
});
