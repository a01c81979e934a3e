/**
 * Windows High Contrast (forced-colors: active): the map's tiles keep their step colors (SVG fills are not
 * forced), so the legend's swatches keep theirs too and match the map; the focus ring and the progress bar take
 * system colors. Emulated through CDP in Chromium; Firefox's and WebKit's drivers cannot emulate it (skipped there,
 * with the reason).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { RegionMap } from '../src/region-map/region-map.js';
import { emulateMedia, NO_MEDIA_EMULATION, resetMedia, skipUnless } from './support/engine.js';

async function settled<T extends HTMLElement & { updateComplete: Promise<unknown> }>(el: T): Promise<T> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

describe('forced colors', () => {
  afterEach(async () => {
    await resetMedia();
  });

  it('keeps the legend matching the map: each swatch has the color of its step\u2019s tiles', async function () {
    skipUnless(this, await emulateMedia({ forcedColors: 'active' }), NO_MEDIA_EMULATION);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await settled(await fixture<RegionMap>(html`<sw-region-map></sw-region-map>`));
    const root = el.shadowRoot!;
    const swatches = [...root.querySelectorAll<HTMLElement>('.swatch:not(.dot)')];
    expect(swatches.length).to.be.greaterThan(1);
    const tileFills = new Set(
      [...root.querySelectorAll<SVGRectElement>('.tile-shape')].map((shape) => getComputedStyle(shape).fill),
    );
    const swatchColors = swatches.map((swatch) => getComputedStyle(swatch).backgroundColor);
    // Not emptied: every swatch shows a color, and a color that tiles of the map show.
    for (const color of swatchColors) {
      expect(color).to.not.equal('rgba(0, 0, 0, 0)');
      expect([...tileFills], color).to.include(color);
    }
    expect(new Set(swatchColors).size, 'distinct steps').to.equal(swatchColors.length);
  });

  // axe judges contrast from the author's colors, which forced colors replace: checked without them, light and dark.
  for (const theme of ['light', 'dark']) {
    it(`is accessible with the styles above in place (${theme})`, async function () {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <sw-stat-card theme=${theme} metric="zhuanglang-certified-social-workers" no-count-up></sw-stat-card>
        <sw-region-map theme=${theme}></sw-region-map>
      </div>`);
      await settled(wrapper.querySelector<RegionMap>('sw-region-map')!);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('draws the focus ring and the progress bar in system colors, in light and dark', async function () {
    skipUnless(this, await emulateMedia({ forcedColors: 'active' }), NO_MEDIA_EMULATION);
    for (const theme of ['light', 'dark']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <sw-stat-card theme=${theme} metric="zhuanglang-certified-social-workers" no-count-up></sw-stat-card>
        <sw-region-map theme=${theme}></sw-region-map>
      </div>`);
      const card = await settled(wrapper.querySelector('sw-stat-card')!);
      const map = await settled(wrapper.querySelector<RegionMap>('sw-region-map')!);
      const bar = card.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
      const fill = getComputedStyle(bar.querySelector('svg')!).fill;
      // The filled part differs from the track, and the track has an edge.
      expect(fill, 'bar fill').to.not.equal(getComputedStyle(bar).backgroundColor);
      expect(getComputedStyle(bar).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(bar).borderTopColor).to.not.equal(getComputedStyle(bar).backgroundColor);
      // Focus a tile: the ring is drawn in a system color that differs from the tile edges.
      (map.shadowRoot!.querySelector('[role="option"][tabindex="0"]') as SVGGElement).focus();
      await settled(map);
      const ring = map.shadowRoot!.querySelector<SVGElement>('.ring.focus')!;
      const edge = getComputedStyle(map.shadowRoot!.querySelector('.tile-shape')!).stroke;
      expect(getComputedStyle(ring).stroke, 'focus ring').to.not.equal(edge);
      // The text takes the system's colors whatever the theme.
      expect(getComputedStyle(card.shadowRoot!.querySelector('.label')!).color).to.equal(
        getComputedStyle(card.shadowRoot!.querySelector('[part="card"]')!).color,
      );
    }
  });
});
