// Issue 15: an app that imports one element's npm entry gets no code of the other two elements — not their tag
// names, templates, messages or export models — whether esbuild (with or without code splitting) or Rollup
// bundles it. Real bundles of dist/ (npm test builds first); readable (not minified) so that names can be searched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appBundle, BUNDLERS, initialFiles } from '../../scripts/docs/app-bundles.mjs';

/** What only each element's code contains: its tag, class (a declaration, or `var X = class` when esbuild lowers its static fields), template styles and view, messages and export model. */
const MARKERS = {
  'stat-card': [
    /["'`]sw-stat-card["'`-]/,
    /\bclass StatCard\d*\b|\bStatCard\d* = class\b/,
    /\bstatCardStyles\d*\b/,
    /\bstatCardView\d*\b/,
    /The report has no metrics/,
    /\bstatCardExport\d*\b/,
    /\bSTAT_CARD_EXPORT_MESSAGES\d*\b/,
  ],
  'region-map': [
    /["'`]sw-region-map["'`-]/,
    /\bclass RegionMap\d*\b|\bRegionMap\d* = class\b/,
    /\bregionMapStyles\d*\b/,
    /\bregionMapView\d*\b/,
    /Number of stories/,
    /\bregionMapExport\d*\b/,
    /\bREGION_MAP_EXPORT_MESSAGES\d*\b/,
  ],
  'story-list': [
    /["'`]sw-story-list["'`-]/,
    /\bclass StoryList\d*\b|\bStoryList\d* = class\b/,
    /\bstoryListStyles\d*\b/,
    /\bstoryView\d*\b/,
    /This report has no stories/,
    /\bstoryListExport\d*\b/,
    /\bSTORY_LIST_EXPORT_MESSAGES\d*\b/,
  ],
};
const ELEMENTS = Object.keys(MARKERS);

for (const element of ELEMENTS) {
  for (const bundler of BUNDLERS) {
    test(`import 'sw-widgets/${element}.js' bundled by ${bundler}: its own code and none of the other elements'`, async () => {
      const files = await appBundle(`sw-widgets/${element}.js`, bundler);
      const all = files.map((file) => file.code).join('\n');
      // The bundle is real: it has this element's tag, class, styles, view, messages and (on demand) export model.
      for (const marker of MARKERS[element])
        assert.match(all, marker, `${bundler} bundle of ${element} lacks ${marker}`);
      for (const other of ELEMENTS.filter((name) => name !== element)) {
        for (const marker of MARKERS[other]) {
          const file = files.find((f) => marker.test(f.code));
          assert.equal(
            file,
            undefined,
            `${bundler} bundle of ${element} has ${other}'s ${marker} in ${file?.fileName}`,
          );
        }
      }
    });
  }
}

test('with splitting, the export model and the validation code are not loaded with the element', async () => {
  const files = await appBundle('sw-widgets/stat-card.js', 'esbuild-splitting');
  const loaded = initialFiles(files, 'stdin.js')
    .map((file) => file.code)
    .join('\n');
  // `var StatCard = class …` when esbuild lowers the static fields tsc leaves after the class.
  assert.match(loaded, /class StatCard\b|\bStatCard = class\b/);
  assert.ok(!/function statCardExport\b/.test(loaded), 'the export model is loaded with the element');
  assert.ok(
    !/function validateReport\b|function safeParse\b/.test(loaded),
    'the validation code is loaded with the element',
  );
  assert.ok(!/function exportImage\b/.test(loaded), 'the export code is loaded with the element');
  // ...and they are there, on demand.
  const all = files.map((file) => file.code).join('\n');
  for (const name of ['statCardExport', 'validateReport', 'exportImage'])
    assert.match(all, new RegExp(`function ${name}\\b`));
});
