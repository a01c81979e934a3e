import { expect, fixture, html } from '@open-wc/testing';
import { probePage, shadowTexts } from './support/probe.js';
import '../src/stat-card/define.js';

// A partner page in GBK (many Chinese sites are), with a bundle served with no charset in its Content-Type: a
// classic script is then decoded in the page's charset, so only ASCII reads right. The bundles are ASCII
// (scripts/build/rollup-templates.mjs asciiOnly, shared/report-literal.js); esbuild's `charset: 'utf8'` is not safe.
// Needs `npm run build` (npm test builds first). Endpoints: scripts/test/wtr-charset.mjs.
const cardText = `(() => { const el = document.querySelector('sw-stat-card'); return el?.shadowRoot?.querySelector('[part=value], .value, p') ? el.shadowRoot.textContent : ''; })()`;
// Done once the page has loaded (its one script has run by then, classic or module) and the card either was never
// defined (a script the page misread can fail to parse) or shows its value: not a wait that runs out.
const settled = `document.readyState === 'complete' && (!customElements.get('sw-stat-card') || ${cardText}.length > 0)`;
const probe = (query: string) =>
  probePage<{ charset: string; defined: boolean; texts: string[] }>(`/__test/charset/gbk-page?${query}`, {
    waitFor: settled,
    evaluate: `({ charset: document.characterSet, defined: !!customElements.get('sw-stat-card'), texts: ${shadowTexts('sw-stat-card')} })`,
  });

describe('bundles on a GBK page, served without a charset', () => {
  it('the classic bundle as built (ASCII) shows 超32万 and its Chinese labels', async () => {
    const page = await probe('script=ascii/sw-stat-card.iife');
    expect(page.result.charset).to.equal('GBK');
    expect(page.result.texts[0]).to.contain('超32万').and.to.contain('注册志愿者');
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the same classic bundle printed by esbuild with charset "utf8" shows garbled text: why the bundles are ASCII', async () => {
    const page = await probe('script=utf8/sw-stat-card.iife');
    expect(page.waitTimedOut, 'the page settled').to.equal(false);
    expect(page.result.charset).to.equal('GBK');
    // Misread, the bundle either fails to run (a page error, no card) or shows mojibake in place of the labels.
    if (!page.result.defined) expect(page.pageErrors, 'why the card never came').not.to.deep.equal([]);
    expect(page.result.texts[0] ?? '').not.to.contain('注册志愿者');
  });

  it('a module script is always read as UTF-8, so both forms work as a module', async function () {
    for (const form of ['ascii', 'utf8']) {
      const page = await probe(`script=${form}/sw-stat-card&module=1`);
      expect(page.result.charset).to.equal('GBK');
      expect(page.result.texts[0], form).to.contain('超32万').and.to.contain('注册志愿者');
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`the card these pages show is accessible (${theme})`, async () => {
      const el = await fixture(html`<sw-stat-card theme=${theme} metric="chaozhou-volunteers"></sw-stat-card>`);
      await expect(el).to.be.accessible();
    });
  }
});
