import { expect } from '@open-wc/testing';
import * as swWidgets from '../src/index.js';

// The package root exports classes and functions and registers nothing (sideEffects lists only the define modules).
describe('the package root', () => {
  it('exports the element classes without registering any tag', () => {
    expect(swWidgets.StatCard).to.be.a('function');
    expect(swWidgets.RegionMap).to.be.a('function');
    expect(swWidgets.StoryList).to.be.a('function');
    for (const tag of ['sw-stat-card', 'sw-region-map', 'sw-story-list'])
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('exports the formatting and report functions developers need', () => {
    expect(swWidgets.formatQuantity({ value: 320000, unit: '人', qualifier: 'over' }, 'zh-Hant').text).to.equal(
      '超過32萬人',
    );
    expect(swWidgets.validateReport(swWidgets.bundledReport).ok).to.equal(true);
    expect(swWidgets.DIVISIONS).to.have.length(34);
  });
});
