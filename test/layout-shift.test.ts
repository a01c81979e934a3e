import { expect, fixture, html } from '@open-wc/testing';
import { probePage } from './support/probe.js';
import '../src/all.js';

// Cumulative layout shift of a partner page while all three elements load a report that the test holds back
// (/__test/fault/held answers once the test has measured the placeholders): each element's placeholder must hold about
// the space its content takes, so the page's text below does not jump when data arrives.

interface ShiftReport {
  cls: number;
  shifts: Array<{ value: number; sources: string[] }>;
  /** Height of each element while loading, then when rendered. */
  loading: number[];
  rendered: number[];
}

const allRendered = `(() => {
  const r = (tag) => document.querySelector(tag)?.shadowRoot;
  return !!(r('sw-stat-card')?.querySelector('[part~="card"]') && r('sw-region-map')?.querySelector('[data-code]') && r('sw-story-list')?.querySelector('article'));
})()`;

/** Heights while loading are read first; then the report is let go, and the page waits for it and for the count-up. */
const measure = `(async () => {
  const heights = () => [...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].map((el) => Math.round(el.getBoundingClientRect().height));
  const loading = heights();
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node?.nodeName ?? '?') + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // The card (in view at the top) counts up once its data shows: until it has counted up and stopped.
  const card = document.querySelector('sw-stat-card').shadowRoot;
  const counting = () => !!card.querySelector('[part~="number"].counting');
  let counted = false;
  new MutationObserver(() => (counted ||= counting())).observe(card, { subtree: true, attributes: true, attributeFilter: ['class'] });
  await fetch('/__test/release?key=layout-shift');
  await new Promise((resolve) => { const poll = () => (${allRendered} && counted && !counting() ? resolve() : setTimeout(poll, 20)); poll(); });
  // The shifts of the last frames are reported a frame later.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts, loading, rendered: heights() };
})()`;

const viewports = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

describe('layout shift while the report loads', () => {
  for (const viewport of viewports) {
    for (const [page, script] of [
      ['/test/pages/layout-shift.html', 'classic script'],
      ['/test/pages/layout-shift-module.html', 'module script with the :not(:defined) rules of docs/embedding.md'],
    ]) {
      it(`stays under 0.1 at ${viewport.width} px (${script})`, async () => {
        // The page's report waits until the placeholders are measured, however long the page takes to show them.
        await fetch('/__test/hold?key=layout-shift');
        const probe = await probePage<ShiftReport>(page, {
          viewport,
          // Placeholders only: the elements are defined but the report has not arrived.
          waitFor: `[...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].every((el) => el.shadowRoot?.querySelector('[part~="placeholder"]'))`,
          evaluate: measure,
        });
        expect(probe.waitTimedOut, 'placeholders shown').to.equal(false);
        expect(probe.pageErrors).to.deep.equal([]);
        const { cls, loading, rendered, shifts } = probe.result;
        expect(
          rendered.every((h) => h > 100),
          `rendered heights ${rendered}`,
        ).to.equal(true);
        expect(
          cls,
          `CLS ${cls.toFixed(3)}; heights loading ${loading} → rendered ${rendered}; shifts ${JSON.stringify(shifts)}`,
        ).to.be.below(0.1);
        // Below the fold shifts do not count towards CLS, so each placeholder is also held to its element's height.
        rendered.forEach((height, i) =>
          expect(
            Math.abs(loading[i] - height) / height,
            `element ${i}: ${loading[i]} px loading, ${height} px rendered`,
          ).to.be.below(0.25),
        );
      });
    }
  }
});

describe('the loading placeholder', () => {
  for (const theme of ['light', 'dark']) {
    it(`is announced as busy and accessible (${theme})`, async () => {
      const el = await fixture<HTMLElement>(html`<div>
        <sw-stat-card src="/__test/never" theme=${theme}></sw-stat-card>
        <sw-region-map src="/__test/never" theme=${theme}></sw-region-map>
        <sw-story-list src="/__test/never" theme=${theme}></sw-story-list>
      </div>`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const placeholders = [...el.children].map((child) => child.shadowRoot!.querySelector('[part~="placeholder"]'));
      for (const placeholder of placeholders) expect(placeholder?.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }
});
