import { expect } from '@open-wc/testing';
import { probePage } from './support/probe.js';

// What partner pages do to widgets, checked in real pages opened in a new tab.

const allRendered = `(() => {
  const card = document.querySelector('sw-stat-card'), map = document.querySelector('sw-region-map'), list = document.querySelector('sw-story-list');
  return !!(card?.shadowRoot?.textContent.includes('85') && map?.shadowRoot?.querySelectorAll('[data-code]').length === 34 && list?.shadowRoot?.querySelectorAll('article').length);
})()`;

const visibleBoxes = `[...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].map((el) => {
  const box = el.getBoundingClientRect();
  return { tag: el.localName, width: Math.round(box.width), height: Math.round(box.height) };
})`;

describe('under a strict Content-Security-Policy', () => {
  it('renders all three elements, styled, with no violation and no error', async () => {
    const page = await probePage<{ boxes: Array<{ tag: string; height: number }>; accent: string }>(
      '/test/pages/csp-all.html',
      {
        waitFor: allRendered,
        evaluate: `({ boxes: ${visibleBoxes}, accent: getComputedStyle(document.querySelector('sw-stat-card').shadowRoot.querySelector('[part~="value"]')).color })`,
      },
    );
    expect(page.waitTimedOut, 'all three rendered').to.equal(false);
    expect(page.cspViolations).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
    for (const box of page.result.boxes) expect(box.height, box.tag).to.be.greaterThan(100);
    // Styled: the figure has the accent color, not the default black.
    expect(page.result.accent).not.to.equal('rgb(0, 0, 0)');
  });
});

describe('on a page with hostile CSS', () => {
  it('still shows every widget at a usable size', async () => {
    const page = await probePage<{
      boxes: Array<{ tag: string; width: number; height: number }>;
      mapWidth: number;
      headingColor: string;
    }>('/test/pages/hostile-css.html', {
      waitFor: allRendered,
      evaluate: `({
        boxes: ${visibleBoxes},
        mapWidth: document.querySelector('sw-region-map').shadowRoot.querySelector('svg').getBoundingClientRect().width,
        headingColor: getComputedStyle(document.querySelector('sw-story-list').shadowRoot.querySelector('article h3, article h2, article [role=heading]')).color,
      })`,
    });
    expect(page.waitTimedOut, 'all three rendered').to.equal(false);
    expect(page.pageErrors).to.deep.equal([]);
    for (const box of page.result.boxes) {
      expect(box.height, box.tag).to.be.greaterThan(100);
      expect(box.width, box.tag).to.be.greaterThan(200);
    }
    expect(page.result.mapWidth).to.be.greaterThan(200);
    expect(page.result.headingColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps its own CSS inside: page elements with the same class names are untouched', async () => {
    const page = await probePage<Array<[string, string, string]>>('/test/pages/module-only.html', {
      waitFor: `!!document.querySelector('sw-stat-card')?.shadowRoot?.textContent.includes('32')`,
      evaluate: `(() => {
        const probes = ['error', 'placeholder', 'card', 'value', 'tile', 'story', 'visually-hidden'].map((name) => {
          const el = document.createElement('div'); el.className = name; el.textContent = 'x'; document.body.append(el); return el;
        });
        return probes.map((el) => { const s = getComputedStyle(el); return [el.className, s.backgroundColor, s.position + ' ' + s.fontSize]; });
      })()`,
    });
    for (const [name, background, rest] of page.result) {
      expect(background, name).to.equal('rgba(0, 0, 0, 0)');
      expect(rest, name).to.equal('static 16px');
    }
  });
});
