import { expect } from '@open-wc/testing';
import { probePage } from '../../test/support/probe.js';

// The built script-tag bundles (run `npm run build` first): the geographic map's code (cdn/sw-geo.js)
// and geometry (cdn/sw-china.map.json) are separate files, fetched from beside the bundle only for layout="geo".

interface GeoPage {
  paths: number;
  inset: boolean;
  resources: string[];
}

const drawn = `(() => { const el = document.querySelector('sw-region-map'); return !!el?.shadowRoot && el.shadowRoot.querySelectorAll('[role="option"] path').length === 34; })()`;
const inspect = `(() => {
  const root = document.querySelector('sw-region-map').shadowRoot;
  return {
    paths: root.querySelectorAll('[role="option"] path').length,
    inset: !!root.querySelector('[part="inset"] .dash'),
    resources: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  };
})()`;

async function gzipSize(url: string): Promise<number> {
  const response = await fetch(url);
  expect(response.ok, url).to.equal(true);
  return (await new Response(response.body!.pipeThrough(new CompressionStream('gzip'))).arrayBuffer()).byteLength;
}

describe('layout="geo" from the script-tag bundles', () => {
  for (const [bundle, tag] of [
    ['/cdn/sw-widgets.js', '<script type="module" src="{origin}/cdn/sw-widgets.js"></script>'],
    ['/cdn/sw-widgets.iife.js', '<script src="{origin}/cdn/sw-widgets.iife.js"></script>'],
    ['/cdn/sw-region-map.iife.js', '<script src="{origin}/cdn/sw-region-map.iife.js"></script>'],
  ]) {
    it(`${bundle} loads sw-geo.js and sw-china.map.json from beside itself and draws the map`, async () => {
      const page = await probePage<GeoPage>('/__test/blank', {
        html: `${tag}<sw-region-map layout="geo"></sw-region-map>`,
        waitFor: drawn,
        evaluate: inspect,
      });
      expect(page.waitTimedOut).to.equal(false);
      expect(page.result.paths).to.equal(34);
      expect(page.result.inset).to.equal(true);
      expect(page.result.resources).to.include.members(['/cdn/sw-geo.js', '/cdn/sw-china.map.json']);
      expect(page.consoleErrors).to.deep.equal([]);
      expect(page.pageErrors).to.deep.equal([]);
    });
  }

  it('the tile grid fetches neither', async () => {
    const page = await probePage<string[]>('/__test/blank', {
      html: '<script src="{origin}/cdn/sw-widgets.iife.js"></script><sw-region-map></sw-region-map>',
      waitFor: `!!document.querySelector('sw-region-map')?.shadowRoot?.querySelector('[role="option"]')`,
      evaluate: `new Promise((resolve) => setTimeout(() => resolve(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)), 300))`,
    });
    expect(page.result).to.include('/cdn/sw-widgets.iife.js');
    expect(page.result.filter((path) => /sw-geo|map\.json/.test(path))).to.deep.equal([]);
  });

  it('works under a strict CSP (the drawing’s styles are a constructed stylesheet)', async () => {
    const page = await probePage<GeoPage>('/test/pages/csp-geo.html', { waitFor: drawn, evaluate: inspect });
    expect(page.result.paths).to.equal(34);
    expect(page.cspViolations).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
  });

  it('has no d3-geo or topojson-client anywhere (the geometry was projected when it was built), nor the geometry in the element bundles', async () => {
    for (const url of [
      '/cdn/sw-widgets.js',
      '/cdn/sw-widgets.iife.js',
      '/cdn/sw-region-map.js',
      '/cdn/sw-region-map.iife.js',
      '/cdn/sw-geo.js',
    ]) {
      const code = await (await fetch(url)).text();
      // Method names of d3-geo's projections and topojson-client's mesh survive minification.
      for (const name of ['clipExtent', 'fitWidth', 'clipAngle', 'mergeArcs'])
        expect(code, `${url}: ${name}`).to.not.include(name);
      expect(code, url).to.not.include('"arcs":[[');
    }
    // Sizes as a CDN serves them (gzip): the module a few KB (checking, callouts, drawing), the geometry about 10 KB (level-9 gzip 10.0 KB; CompressionStream 10.05 KB).
    expect((await gzipSize('/cdn/sw-geo.js')) / 1024).to.be.within(2, 6);
    expect((await gzipSize('/cdn/sw-china.map.json')) / 1024).to.be.within(5, 11);
  });
});
