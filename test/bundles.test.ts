import { expect } from '@open-wc/testing';
import { probePage, shadowTexts } from './probe.js';

// The built script-tag bundles (cdn/), in pages that contain nothing else.
const waitForCard = `(() => { const el = document.querySelector('sw-stat-card'); return el && el.shadowRoot && /32/.test(el.shadowRoot.textContent); })()`;

describe('script-tag bundles', () => {
  it('the classic bundle alone shows 超32万 with no console error', async () => {
    const page = await probePage<string[]>('/test/pages/iife-only.html', { waitFor: waitForCard, evaluate: shadowTexts('sw-stat-card') });
    expect(page.result[0]).to.contain('超32万');
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the module bundle alone shows 超32万 with no console error', async () => {
    const page = await probePage<string[]>('/test/pages/module-only.html', { waitFor: waitForCard, evaluate: shadowTexts('sw-stat-card') });
    expect(page.result[0]).to.contain('超32万');
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('both bundles, each included twice, register once and warn about nothing', async () => {
    const page = await probePage<string[]>('/test/pages/both-twice.html', { waitFor: waitForCard, evaluate: shadowTexts('sw-stat-card') });
    expect(page.result[0]).to.contain('超32万');
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.consoleWarnings.filter((w) => w.includes('sw-widgets'))).to.deep.equal([]);
  });

  it('the classic bundle adds one global of its own (SwWidgets) besides Lit’s version lists', async () => {
    const page = await probePage<string[]>('/test/pages/iife-only.html', {
      waitFor: waitForCard,
      evaluate: `(() => { const frame = document.createElement('iframe'); document.body.append(frame);
        const clean = new Set(Object.getOwnPropertyNames(frame.contentWindow));
        return Object.getOwnPropertyNames(window).filter((name) => !clean.has(name)); })()`,
    });
    const lit = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'];
    expect(page.result.filter((name) => !lit.includes(name))).to.deep.equal(['SwWidgets']);
  });
});
