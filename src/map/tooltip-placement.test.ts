import { expect } from '@open-wc/testing';
import { placeTooltip } from './tooltip-placement.js';

const bounds = { width: 300, height: 400 };
const tooltip = { width: 120, height: 60 };

describe('placeTooltip', () => {
  it('centres the tooltip above its tile when there is room', () => {
    expect(placeTooltip({ left: 100, top: 200, width: 40, height: 40 }, tooltip, bounds)).to.deep.equal({
      left: 60,
      top: 134,
    });
  });

  it('goes below a tile near the top', () => {
    expect(placeTooltip({ left: 100, top: 10, width: 40, height: 40 }, tooltip, bounds)).to.deep.equal({
      left: 60,
      top: 56,
    });
  });

  it('stays inside the container at its edges', () => {
    expect(placeTooltip({ left: 0, top: 200, width: 40, height: 40 }, tooltip, bounds).left).to.equal(0);
    expect(placeTooltip({ left: 280, top: 200, width: 40, height: 40 }, tooltip, bounds).left).to.equal(180);
    const crowded = placeTooltip({ left: 100, top: 20, width: 40, height: 360 }, tooltip, bounds);
    expect(crowded.top).to.be.within(0, bounds.height - tooltip.height);
  });

  it('pins a tooltip larger than its container to the top left corner', () => {
    expect(
      placeTooltip({ left: 100, top: 200, width: 40, height: 40 }, { width: 400, height: 500 }, bounds),
    ).to.deep.equal({ left: 0, top: 0 });
  });
});
