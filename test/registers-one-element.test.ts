import { expect } from '@open-wc/testing';
import '../src/stat-card/define.js';

// Each element's module registers its own tag and no other, so a page can load one element alone.
describe('importing one element', () => {
  it('registers only that element’s tag', () => {
    expect(customElements.get('sw-stat-card')).to.exist;
    expect(customElements.get('sw-region-map')).to.equal(undefined);
    expect(customElements.get('sw-story-list')).to.equal(undefined);
  });
});
