import { expect, fixture, html } from '@open-wc/testing';
import { expectedMapWidth, lengthPx } from './map-width.js';
import './define.js';
import type { RegionMap } from './region-map.js';

describe('expectedMapWidth', () => {
  it('is the container width below 44rem', () => {
    expect(expectedMapWidth(320, 16)).to.equal(320);
    expect(expectedMapWidth(703, 16)).to.equal(703);
  });

  it('from 44rem, leaves 12.75rem to the legend and stops at the largest width', () => {
    expect(expectedMapWidth(704, 16)).to.equal(704 - 204);
    expect(expectedMapWidth(2000, 16)).to.equal(704);
    expect(expectedMapWidth(2000, 16, 480)).to.equal(480);
  });

  it('is 0 when nothing is known (not laid out)', () => {
    expect(expectedMapWidth(0, 16)).to.equal(0);
  });

  it('reads rem and px lengths only', () => {
    expect(lengthPx('36rem', 16)).to.equal(576);
    expect(lengthPx(' 500px ', 16)).to.equal(500);
    expect(lengthPx('50%', 16)).to.equal(undefined);
  });
});

describe('<sw-region-map> first render', () => {
  for (const width of [320, 600, 900, 1400]) {
    it(`at ${width}px renders once: its svg is as wide as the labels were laid out for`, async () => {
      let renders = 0;
      const host = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      const map = document.createElement('sw-region-map') as RegionMap;
      // The map's own renders (the loading placeholder before the bundled report has loaded is not one).
      const counted = map as unknown as { renderReport: (...args: unknown[]) => unknown };
      const renderReport = counted.renderReport.bind(map);
      counted.renderReport = (...args) => (renders++, renderReport(...args));
      host.append(map);
      await map.updateComplete;
      // Two frames: time for the ResizeObserver to report the measured width and any render it causes.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await map.updateComplete;
      expect(map.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(renders).to.equal(1);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`is accessible (${theme})`, async function () {
      const el = await fixture(html`<div style="width: 600px"><sw-region-map theme=${theme}></sw-region-map></div>`);
      await expect(el.firstElementChild).to.be.accessible();
    });
  }
});
