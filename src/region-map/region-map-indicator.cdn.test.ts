import { expect } from '@open-wc/testing';
import { probePage } from '../../test/support/probe.js';

// The built script-tag bundles (run `npm run build` first): the choropleth's code (cdn/sw-choropleth.js:
// d3-scale's scales, ranges, ranks, indicator checks) is a separate file, fetched from beside the bundle
// only for <sw-region-map indicator>.

interface ChoroplethPage {
  classes: number;
  hatched: number;
  legend: string[];
  resources: string[];
}

const drawn = `(() => { const root = document.querySelector('sw-region-map')?.shadowRoot; return !!root?.querySelector('[role="option"].step-1'); })()`;
const inspect = `(() => {
  const root = document.querySelector('sw-region-map').shadowRoot;
  return {
    classes: new Set([...root.querySelectorAll('[role="option"]')].map((g) => [...g.classList].find((c) => c.startsWith('step-'))).filter(Boolean)).size,
    hatched: root.querySelectorAll('[role="option"] .hatch').length,
    legend: [...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent.trim()),
    resources: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  };
})()`;

const REPORT = '/data/examples/province-indicators.json';

describe('<sw-region-map indicator> from the script-tag bundles', () => {
  for (const [bundle, tag] of [
    ['/cdn/sw-widgets.js', '<script type="module" src="{origin}/cdn/sw-widgets.js"></script>'],
    ['/cdn/sw-region-map.iife.js', '<script src="{origin}/cdn/sw-region-map.iife.js"></script>'],
  ]) {
    it(`${bundle} loads sw-choropleth.js from beside itself and draws the classes`, async () => {
      const page = await probePage<ChoroplethPage>('/__test/blank', {
        html: `${tag}<sw-region-map src="{origin}${REPORT}" indicator="resident-population"></sw-region-map>`,
        waitFor: drawn,
        evaluate: inspect,
      });
      expect(page.waitTimedOut).to.equal(false);
      expect(page.result.classes).to.equal(5);
      expect(page.result.hatched).to.equal(3);
      expect(page.result.legend.at(-1)).to.equal('无数据：台湾、澳门、香港');
      expect(page.result.resources).to.include('/cdn/sw-choropleth.js');
      expect(page.consoleErrors).to.deep.equal([]);
      expect(page.pageErrors).to.deep.equal([]);
    });
  }

  it('a map without indicator does not fetch it', async () => {
    const page = await probePage<string[]>('/__test/blank', {
      html: '<script src="{origin}/cdn/sw-widgets.iife.js"></script><sw-region-map></sw-region-map>',
      waitFor: `!!document.querySelector('sw-region-map')?.shadowRoot?.querySelector('[role="option"]')`,
      evaluate: `new Promise((resolve) => setTimeout(() => resolve(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)), 300))`,
    });
    expect(page.result).to.include('/cdn/sw-widgets.iife.js');
    expect(page.result.filter((path) => path.includes('sw-choropleth'))).to.deep.equal([]);
  });

  it('works under a strict CSP, with seven classes', async () => {
    const page = await probePage<ChoroplethPage>('/test/pages/csp-choropleth.html', {
      waitFor: drawn,
      evaluate: inspect,
    });
    expect(page.result.classes).to.equal(7);
    expect(page.cspViolations).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
  });

  it('keeps d3-scale out of the element bundles', async () => {
    // `quantiles` is a method name of d3's quantile scale, which minification keeps.
    for (const url of [
      '/cdn/sw-widgets.js',
      '/cdn/sw-widgets.iife.js',
      '/cdn/sw-region-map.js',
      '/cdn/sw-region-map.iife.js',
    ]) {
      expect(await (await fetch(url)).text(), url).to.not.include('quantiles');
    }
    expect(await (await fetch('/cdn/sw-choropleth.js')).text()).to.include('quantiles');
  });
});
