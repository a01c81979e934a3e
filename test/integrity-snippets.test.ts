import { expect } from '@open-wc/testing';
import { probePage } from './support/probe.js';

// Issue 24: the README's and docs' snippets, with their `integrity`, render as documented under the strict policy
// (`script-src 'self'`): every file they load on demand is checked (test/integrity.test.ts), and that costs no
// console error, page error or policy violation. The snippets come from the documents themselves, their CDN
// address pointed at this server (scripts/test/wtr-integrity.mjs). Chromium only: console errors come from the page
// probe (scripts/test/wtr-page-probe.mjs).

/** Every sw-* element, in the page and its same-origin frames, shows its content (not loading, no error box). */
const SETTLED = `(() => {
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument).filter(Boolean)];
  const elements = docs.flatMap((doc) => [...doc.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')]);
  return elements.length > 0 && elements.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'))
    && elements.filter((el) => el.getAttribute('layout') === 'geo').every((el) => el.shadowRoot.querySelectorAll('[part~="region-shape"]').length === 34);
})()`;

const SHOWN = `(() => {
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument).filter(Boolean)];
  return docs.flatMap((doc) => [...doc.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')]).map((el) => ({
    tag: el.localName,
    error: el.shadowRoot.querySelector('[part~="error"]')?.textContent ?? null,
    text: el.shadowRoot.textContent.replace(/\\s+/g, ' ').trim().slice(0, 60),
  }));
})()`;

describe('the documented snippets under a strict policy', function () {
  this.timeout(120_000);

  it('each renders every element, with every file it loads checked, and no console error, page error or violation', async () => {
    const snippets = (await (await fetch('/__test/snippets')).json()) as Array<{ doc: string; line: number }>;
    expect(snippets.length, 'snippets that load this version of cdn/').to.be.at.least(3);
    for (const [index, { doc, line }] of snippets.entries()) {
      const where = `${doc}:${line}`;
      const page = await probePage<Array<{ tag: string; error: string | null; text: string }>>(
        `/__test/snippet/${index}.html`,
        { waitFor: SETTLED, evaluate: SHOWN, timeout: 20_000 },
      );
      expect(page.waitTimedOut, `${where} settles`).to.equal(false);
      expect(page.result.length, where).to.be.greaterThan(0);
      for (const element of page.result) expect(element.error, `${where} ${element.tag}`).to.equal(null);
      expect(page.consoleErrors, where).to.deep.equal([]);
      expect(page.pageErrors, where).to.deep.equal([]);
      expect(page.cspViolations, where).to.deep.equal([]);
    }
  });
});
