import { expect } from '@open-wc/testing';

// Size budgets on the built script-tag bundles, gzip as a CDN serves them (docs/sizes.md has the figures).
// Issue 15, second round: the bundled report (cdn/sw-bundled-report.js), a card's series with d3-shape
// (cdn/sw-series.js), the choropleth's wording and the load errors' wording (cdn/sw-choropleth.js, cdn/sw-report.js)
// load on demand, the series' template with it; reactive properties are a static table (no decorator helpers);
// terser runs after esbuild. The all-in-one bundle went from 42.6 KB to 29.8-29.9 KB (CompressionStream's gzip):
// the 30 KB target holds, with little headroom (docs/sizes.md).
const BUDGETS_KB: Record<string, number> = {
  '/cdn/sw-widgets.js': 30,
  '/cdn/sw-widgets.iife.js': 30,
  // Issue 24: each carries the sha256 of every file it loads on demand (5-7 × 44 characters that gzip cannot
  // shrink) and the loader that checks them: about 0.55 KB each.
  '/cdn/sw-stat-card.js': 15.8,
  '/cdn/sw-region-map.js': 23.1,
  // 17 → 17.1: every script-tag file starts with V8's compile hint (`//# allFunctionsCalledOnLoad`, 19 B gzip;
  // scripts/build/compile-hint.mjs), which made the list's first render on a page ~10% faster; the list
  // had 2 B of headroom.
  '/cdn/sw-story-list.js': 17.1,
  // Loaded on demand: for `src` and `report`; by every element without them (once per page); for a series.
  // sw-report.js grew from 10.3 to 11.5 KB with load errors that say why and what to do, in three languages
  // (CORS told from an unreachable server, advice per HTTP status; issue 25). Issue 23: 11.6 → 12.15 KB with an
  // indicator's `format` (scale and decimals: valibot's union, integer and range checks, the union's problems named).
  '/cdn/sw-report.js': 12.3,
  '/cdn/sw-bundled-report.js': 5.5,
  // Issue 22: the series' styles and the progress bar (code, wording, styles) moved into sw-series.js, out of the
  // all-in-one bundle (one file for both: one hash in each bundle).
  '/cdn/sw-series.js': 8.3,
};

async function gzipSize(url: string): Promise<number> {
  const response = await fetch(url);
  expect(response.ok, url).to.equal(true);
  const compressed = response.body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(compressed).arrayBuffer()).byteLength;
}

describe('bundle sizes', () => {
  for (const [url, budget] of Object.entries(BUDGETS_KB)) {
    it(`${url} stays within ${budget} KB gzip`, async () => {
      const size = await gzipSize(url);
      expect(size / 1024, url).to.be.at.most(budget);
    });
  }
});
