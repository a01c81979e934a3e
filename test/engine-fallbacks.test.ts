import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/region-map/define.js';
import '../src/stat-card/define.js';
import '../src/story-list/define.js';
import type { RegionMap } from '../src/region-map/region-map.js';
import { compactNumber } from '../src/format/quantity.js';
import { SHARED_MESSAGES } from '../src/format/messages.js';
import { expectedMapWidth } from '../src/region-map/map-width.js';
import { FLEX_GAP_FALLBACK, mixedColorCss } from '../src/base/mixed-colors.js';
import { CHOROPLETH_CSS } from '../src/map/choropleth.styles.js';
import type { Language } from '../src/report/schema.js';

// What the code does in engines below what it was written for (issue 22; docs/testing.md): each fallback gives
// what the newer feature gives. Run in every engine, where both exist and can be compared; the older engines
// themselves run test/node/old-engines.test.mjs and the old-engines group of web-test-runner.config.mjs.

/** rgb(231, 185, 181), or color(srgb 0.906 0.724 0.71) as engines give a color-mix(), in 0–255. */
const rgb = (color: string) =>
  (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => Number(value) * (color.startsWith('color(') ? 255 : 1));

describe('fallbacks for older engines', () => {
  it('writes 万/亿 and million/billion as Intl’s compact notation does (Safari 14.0 ignores it)', () => {
    const cases: Array<[number, number, Language, number]> = [
      [320000, 1e4, 'zh-Hans', 0],
      [-320000, 1e4, 'zh-Hans', 0],
      [531000, 1e4, 'zh-Hans', 1],
      [12340000, 1e4, 'zh-Hans', 0],
      [178000000, 1e8, 'zh-Hans', 2],
      [1089, 1, 'zh-Hans', 0],
      [0.5, 1, 'zh-Hans', 1],
      [320000, 1e4, 'zh-Hant', 0],
      [140000000, 1e8, 'zh-Hant', 1],
      [178000000, 1e6, 'en', 0],
      [1400000000, 1e9, 'en', 1],
      [2500000, 1e6, 'en', 1],
    ];
    for (const [value, step, language, digits] of cases) {
      expect(compactNumber(value, step, language, digits, false), `${value} ${language}`).to.equal(
        compactNumber(value, step, language, digits, true),
      );
    }
  });

  it('joins English lists as Intl.ListFormat does (Safari 14.0 has none)', function () {
    if (!('ListFormat' in Intl)) this.skip();
    const format = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    for (const items of [
      [],
      ['A'],
      ['A', 'B'],
      ['A', 'B', 'C'],
      ['Chaozhou Daily', 'Xinhua', 'Gansu Daily', 'Jintai News'],
    ]) {
      expect(SHARED_MESSAGES.en.list(items)).to.equal(format.format(items));
    }
  });

  it('lays the map out at most --sw-map-max-width wide, the legend below, without container queries', () => {
    expect(expectedMapWidth(320, 16, 704, false)).to.equal(320);
    expect(expectedMapWidth(800, 16, 704, false)).to.equal(704);
    expect(expectedMapWidth(1200, 16, 480, false)).to.equal(480);
  });

  for (const [theme, style] of [
    ['light', ''],
    ['dark', ''],
    ['light', '--sw-accent: #0b6e4f; --sw-surface: #fffbe6; --sw-text: #102030; --sw-text-muted: #5a5a5a'],
  ] as const) {
    it(`computes each class color and the border as color-mix() does (${theme}${style ? ', a partner’s colors' : ''})`, async function () {
      if (!CSS.supports('color', 'color-mix(in srgb, red, red)')) this.skip();
      const el = await fixture<RegionMap>(html`<sw-region-map theme=${theme} style=${style}></sw-region-map>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      // Classes 6 and 7 come with the choropleth's code (its styles): added as the choropleth adds them.
      const choropleth = new CSSStyleSheet();
      choropleth.replaceSync(CHOROPLETH_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, choropleth];
      const probe = document.createElement('span');
      root.append(probe);
      const computed = (expression: string, className = '') => {
        probe.className = className;
        probe.style.color = expression;
        return rgb(getComputedStyle(probe).color);
      };
      const css = mixedColorCss(root);
      for (const step of [1, 2, 3, 4, 6, 7]) {
        const fallback = rgb(
          new RegExp(`\\.step-${step}\\{--_fill:var\\(--sw-map-step-${step},(rgb\\([^)]*\\))`).exec(css)![1],
        );
        const mixed = computed('var(--_fill)', `step-${step}`);
        for (let i = 0; i < 3; i++)
          expect(Math.abs(fallback[i] - mixed[i]), `step ${step}: ${fallback} / ${mixed}`).to.be.at.most(1);
      }
      const border = rgb(/--_map-border:var\(--sw-map-border,(rgb\([^)]*\))/.exec(css)![1]);
      const mixedBorder = computed('var(--_map-border)');
      for (let i = 0; i < 3; i++)
        expect(Math.abs(border[i] - mixedBorder[i]), `border: ${border} / ${mixedBorder}`).to.be.at.most(1);
      probe.remove();
    });
  }
  // Chrome < 84 and Safari 14.0 have flex containers but no flex `gap`: they get margins instead (FLEX_GAP_FALLBACK,
  // loaded with the map's computed colors where color-mix() is missing, inside `@supports not (aspect-ratio: 1)`,
  // the nearest test they fail). Applied here by hand, the items must stay where gap put them.
  for (const [name, template, selector] of [
    [
      'the card’s items and its tools',
      html`<sw-stat-card metric="chaozhou-volunteers" tools style="width: 480px"></sw-stat-card>`,
      '.body > *, .tools > button',
    ],
    [
      'a compact card’s items',
      html`<sw-stat-card metric="chaozhou-volunteers" variant="compact" style="width: 280px"></sw-stat-card>`,
      '.body > *',
    ],
    [
      'the map’s legend entries',
      html`<sw-region-map style="width: 800px"></sw-region-map>`,
      '.legend li, .legend .swatch',
    ],
    [
      'the list’s filter line',
      html`<sw-story-list region="440000" style="width: 800px"></sw-story-list>`,
      '.filter > *',
    ],
  ] as const) {
    it(`places ${name} without flex gap as with it`, async () => {
      const el = await fixture<HTMLElement>(template);
      await waitUntil(() => el.shadowRoot?.querySelector(selector.split(',')[0]), 'rendered');
      const root = el.shadowRoot!;
      const boxes = () =>
        [...root.querySelectorAll(selector)].map((item) => {
          const box = item.getBoundingClientRect();
          return [Math.round(box.left), Math.round(box.top)];
        });
      const withGap = boxes();
      expect(withGap.length).to.be.at.least(2);
      const [, rules] = /^@supports not \(aspect-ratio:1\)\{(.*)\}$/.exec(FLEX_GAP_FALLBACK)!;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      expect(
        getComputedStyle(root.querySelector(selector.split(',')[0])!.parentElement!).rowGap,
        'gap replaced',
      ).to.equal('0px');
      expect(boxes()).to.deep.equal(withGap);
    });
  }
});
