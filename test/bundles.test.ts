import { expect } from '@open-wc/testing';
import { probePage, shadowTexts } from './support/probe.js';

// The built script-tag bundles (cdn/), in pages that contain nothing else.
const waitForCard = `(() => { const el = document.querySelector('sw-stat-card'); return el && el.shadowRoot && /32/.test(el.shadowRoot.textContent); })()`;

describe('script-tag bundles', () => {
  it('the classic bundle alone shows 超32万 with no console error', async () => {
    const page = await probePage<string[]>('/test/pages/iife-only.html', {
      waitFor: waitForCard,
      evaluate: shadowTexts('sw-stat-card'),
    });
    expect(page.result[0]).to.contain('超32万');
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the module bundle alone shows 超32万 with no console error', async () => {
    const page = await probePage<string[]>('/test/pages/module-only.html', {
      waitFor: waitForCard,
      evaluate: shadowTexts('sw-stat-card'),
    });
    expect(page.result[0]).to.contain('超32万');
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('both bundles, each included twice, register once and warn about nothing', async () => {
    const page = await probePage<string[]>('/test/pages/both-twice.html', {
      waitFor: waitForCard,
      evaluate: shadowTexts('sw-stat-card'),
    });
    expect(page.result[0]).to.contain('超32万');
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.consoleWarnings.filter((w) => w.includes('sw-widgets'))).to.deep.equal([]);
  });

  it('the classic bundle adds one global of its own (SwWidgets) besides Lit’s', async () => {
    // The globals of a page the same test server serves without our script are the baseline.
    const ownGlobals = `Object.getOwnPropertyNames(window)`;
    const blank = await probePage<string[]>('/__test/blank', { evaluate: ownGlobals });
    const page = await probePage<string[]>('/test/pages/iife-only.html', {
      waitFor: waitForCard,
      evaluate: ownGlobals,
    });
    // Names the test harness itself adds (dev-server socket, puppeteer helpers, frame indexes) are not ours.
    const harness = (name: string) => /^(__|puppeteer|\d+$)/.test(name);
    const added = page.result.filter((name) => !blank.result.includes(name) && !harness(name));
    const lit = ['litPropertyMetadata', 'litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'];
    expect(added.filter((name) => !lit.includes(name))).to.deep.equal(['SwWidgets']);
  });
});
