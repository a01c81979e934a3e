/**
 * What a screen reader gets, read from the browser's accessibility tree (not the DOM): the card is one sentence,
 * the map a listbox of 34 named options, the list articles named by their headings. Chromium: CDP
 * Accessibility.queryAXTree; Firefox: WebDriver BiDi's accessibility locator (both through puppeteer's ::-p-aria).
 * WebKitWebDriver exposes no accessibility tree: skipped there, with the reason.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { bundledReport } from '../src/report/bundled.js';
import { DIVISIONS, divisionName } from '../src/map/divisions.js';
import type { RegionMap } from '../src/region-map/region-map.js';
import type { StatCard } from '../src/stat-card/stat-card.js';
import type { StoryList } from '../src/story-list/story-list.js';
import { axCounts, axTexts, ENGINE, skipUnless } from './support/engine.js';

const NO_TREE = 'its driver exposes no accessibility tree; tested in Chromium and Firefox';

async function frames(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

describe('accessibility tree', () => {
  for (const theme of ['light', 'dark']) {
    it(`reads the card as one sentence, without the figure's pieces (${theme})`, async function () {
      const el = await fixture<StatCard>(
        html`<sw-stat-card id="card" theme=${theme} metric="chaozhou-volunteers" no-count-up></sw-stat-card>`,
      );
      await el.updateComplete;
      await frames();
      const sentence = el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim();
      const label = el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
      const value = el.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim();
      expect(sentence.length).to.be.greaterThan(label.length);
      // The figure, label and meta are aria-hidden: the tree holds the sentence, then the note, progress and story.
      const texts = await axTexts('#card');
      skipUnless(this, texts !== null, 'its driver exposes no accessibility snapshot (text nodes); tested in Chromium');
      expect(texts![0], 'first text').to.equal(sentence);
      expect(
        texts!.filter((text) => text === sentence),
        'once',
      ).to.have.length(1);
      expect(texts, 'no separate label').to.not.include(label);
      expect(
        texts!.filter((text) => text !== sentence).some((text) => text.includes(value)),
        'no separate figure',
      ).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('reads the map as a listbox named for its measure, with 34 options named by division, count and places', async function () {
    const el = await fixture<RegionMap>(html`<sw-region-map id="map" lang="en"></sw-region-map>`);
    await el.updateComplete;
    await frames();
    const names = DIVISIONS.map((division) =>
      el.shadowRoot!.querySelector(`[role="option"][data-code="${division.code}"]`)!.getAttribute('aria-label')!,
    );
    for (const [i, division] of DIVISIONS.entries())
      expect(names[i].startsWith(divisionName(division, 'en', 'short'))).to.equal(true);
    expect(names).to.include('Guangdong, 1 story, Places: Chaozhou');
    // Each of Firefox's BiDi locator queries walks the whole tree (about half a second here): there, the five
    // divisions with stories and two without are looked up by name; in Chromium all 34.
    const named = ENGINE === 'firefox' ? names.filter((name, i) => !name.endsWith('no stories') || i < 2) : names;
    const counts = await axCounts('#map', [
      { role: 'listbox', name: el.shadowRoot!.querySelector('svg[role="listbox"]')!.getAttribute('aria-label')! },
      { role: 'option' },
      ...named.map((name) => ({ role: 'option', name })),
    ]);
    skipUnless(this, counts !== null, NO_TREE);
    expect(counts!.slice(0, 2), 'listbox, options').to.deep.equal([1, 34]);
    expect(counts!.slice(2), 'each option by its name').to.deep.equal(named.map(() => 1));
  });

  it('reads the list as articles, each named by its heading', async function () {
    const el = await fixture<StoryList>(html`<sw-story-list id="list" lang="en"></sw-story-list>`);
    await el.updateComplete;
    await frames();
    const titles = [...el.shadowRoot!.querySelectorAll('article h3')].map((heading) =>
      heading.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(titles).to.have.length(bundledReport.stories.length);
    const counts = await axCounts('#list', [
      { role: 'article' },
      { role: 'heading' },
      ...titles.map((name) => ({ role: 'article', name })),
    ]);
    skipUnless(this, counts !== null, NO_TREE);
    expect(counts![0], 'articles').to.equal(titles.length);
    expect(counts![1], 'headings').to.be.at.least(titles.length);
    expect(counts!.slice(2), 'each article by its heading').to.deep.equal(titles.map(() => 1));
  });
});
