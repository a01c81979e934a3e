// The browser floor (issue 22; docs/testing.md, "The browser floor"): Chromium 80, Safari and iOS 14, Firefox 78.
// Every script that ships parses as ES2020 with no lookbehind; every run-time API and CSS feature the floor lacks
// (MDN's browser-compat-data) has a guard or fallback, named below with it. Safari 14–16.3 and Chromium 80–91 cannot
// run here: this audit stands for them, with the tests in Chromium 92 and 108 (test/node/old-engines.test.mjs and
// the old-engines group). Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  auditApis,
  auditCss,
  lookbehinds,
  parseES2020,
  shippedScripts,
  shippedStyles,
} from '../../scripts/test/engine-audit.mjs';
import { FLOOR } from '../../scripts/build/browser-floor.mjs';

/** Run-time features the floor lacks that shipped code names, with why that is fine; `files` limits where. */
const ALLOWED_APIS = [
  [
    /^(Document|ShadowRoot)\.adoptedStyleSheets$|^CSSStyleSheet\.replaceSync$/,
    'Lit (supportsAdoptingStyleSheets) and mixed-colors.ts check for constructable stylesheets first and use <style> elements without them (window.litNonce: README, strict CSP)',
  ],
  [
    /^(Array|String|TypedArray)\.at$/,
    'Lit’s server renderer, in the builder’s SSR worker only, which adds Array.prototype.at where it is missing (src/ssr/worker.ts)',
    /sw-ssr-worker\.js$/,
  ],
  [
    /^(Array|String|TypedArray)\.at$/,
    'the builder’s own `measured.at` (the width at which the tallest height was measured, shared/embed-height.js), not Array.prototype.at',
    /^demo\/builder\.js$/,
  ],
  [
    /^Element\.(aria\w+|role)$/,
    'properties Lit’s DOM shim defines for the server render, in the builder’s SSR worker only',
    /sw-ssr-worker\.js$/,
  ],
  [
    /^Intl\.NumberFormat option (notation|compactDisplay)$/,
    'Safari 14.0 ignores them: compactNumber() writes 万/亿 and million/billion itself there (src/format/quantity.ts, test/engine-fallbacks.test.ts)',
  ],
  [
    /^Intl\.NumberFormat option unit$/,
    'the reports’ own `unit` fields, not an Intl option: no Intl.NumberFormat is given style "unit"',
  ],
  [
    /^CanvasRenderingContext2D\.font$/,
    'marked partial before Safari 18.4 for some font syntax; the export sets it and falls back to sans-serif when it does not take (src/export/export-render.ts)',
  ],
  [/^Error\.fileName$/, 'the export model’s own `fileName`, not Error.prototype.fileName'],
  [/^FontFace\.variant$/, 'the card’s own `variant` property'],
  [/^HTML(Image|IFrame|Media)Element\.loading$/, 'the elements’ own `loading` state (SwElement)'],
  [/^HTMLInputElement\.capture$/, 'Lit reads `capture` from an event listener’s options object'],
  [/^VTTCue\.region$/, 'the story list’s own `region` property'],
  [
    /^Set\.union$/,
    'valibot’s `v.union` schema (an indicator’s `format.scale`), not Set.prototype.union',
    /^dist\/report\/schema\.js$/,
  ],
];

/** CSS features the floor lacks, with what engines without them show. */
const ALLOWED_CSS = [
  [
    /^color-mix\(\)$/,
    'only inside @supports (the class colors), or in --_map-border, which mixed-colors.ts (in cdn/sw-choropleth.js) sets where color-mix() is missing (sw-element.ts)',
  ],
  [
    /^(container-type|container units|@container)$/,
    'older engines get the @supports not (container-type: inline-size) sizes: a figure that fits 280 px, the map at most --sw-map-max-width with the legend below; the loading placeholders keep their minimum height',
  ],
  [
    /^:focus-visible$/,
    'Chrome < 86, Safari < 15.4, Firefox < 85 drop the rule: focus shows with the browser’s own :focus outline',
  ],
  [
    /^outline$/,
    'marked partial until the outline follows border-radius (Chrome 94, Safari 16.4, Firefox 88): square corners, same outline',
  ],
  [
    /^overflow-wrap: anywhere$/,
    'Safari < 15.4: long words wrap at the text’s own break points (the elements also set word-break or wrap at spaces)',
  ],
  [
    /^gap in flex$/,
    'Chrome < 84 and Safari 14.0: the card’s items, the legend’s entries, the tools and the list’s filter line get margins instead (FLEX_GAP_FALLBACK in mixed-colors.ts, test/engine-fallbacks.test.ts); the sparkline’s two labels sit at either end (space-between); the demo’s and the builder’s page headers wrap with their items touching',
  ],
  [
    /^aspect-ratio$/,
    'the loading placeholder keeps its minimum height (a layout shift when the content arrives, nothing more)',
  ],
  [
    /^(@media \(forced-colors\)|forced-color-adjust)$/,
    'Windows High Contrast only; engines without it never match the media query',
  ],
  [
    /^color-scheme$/,
    'Chrome 80 and Firefox < 96: native parts (scrollbars, form controls) keep light colors in the dark theme; the elements paint their own',
  ],
  [/^user-select$/, 'Safari needs -webkit-user-select: the map’s labels can be selected by a drag there'],
  [/^text-underline-offset$/, 'Chrome < 87: the list’s links are underlined at the default offset'],
  [/^resize$/, 'the builder’s textarea cannot be resized on iOS'],
  [
    /^margin-block$|^margin-inline$|^padding-block$/,
    'the demo page’s section spacing (demo/demo.css) in Chrome < 87 and Safari 14.0',
    /^demo\//,
  ],
];

const allowed = (table, feature, file) =>
  table.find(([pattern, , files]) => pattern.test(feature) && (!files || files.test(file)));

test('package.json browserslist names the floor', () => {
  const { browserslist } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(
    browserslist,
    `Chrome >= ${FLOOR.chrome}, Edge >= ${FLOOR.edge}, Safari >= ${FLOOR.safari}, iOS >= ${FLOOR.safari_ios}, Firefox >= ${FLOOR.firefox}`,
  );
});

test('every shipped script (cdn/, dist/, the demo and builder) parses as ES2020, with no lookbehind', () => {
  const files = shippedScripts();
  assert.ok(
    files.filter((file) => file.startsWith('cdn/')).length >= 15 &&
      files.filter((file) => file.startsWith('dist/')).length >= 50,
    'run `npm run build` first',
  );
  const problems = [];
  for (const file of files) {
    try {
      for (const found of lookbehinds(parseES2020(file))) problems.push(`${file}: lookbehind ${found}`);
    } catch (error) {
      problems.push(`${file}: ${error.message}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every run-time API the floor lacks is guarded, or is not that API', () => {
  const unexplained = [];
  const used = new Set();
  for (const file of shippedScripts()) {
    for (const found of auditApis(parseES2020(file))) {
      const entry = allowed(ALLOWED_APIS, found.feature, file);
      if (entry) used.add(entry);
      else unexplained.push(`${file}: ${found.feature} (${found.missing.join(', ')}) ${found.where}`);
    }
  }
  assert.deepEqual(unexplained, [], 'guard it or use what the floor has, or explain it in ALLOWED_APIS');
  assert.deepEqual(
    ALLOWED_APIS.filter((entry) => !used.has(entry)).map(([pattern]) => String(pattern)),
    [],
    'no longer used: remove from ALLOWED_APIS',
  );
});

test('every CSS feature the floor lacks has a fallback, or older engines show something that still fits', () => {
  const unexplained = [];
  const used = new Set();
  for (const { file, css } of shippedStyles()) {
    for (const found of auditCss(css)) {
      const entry = allowed(ALLOWED_CSS, found.feature, file);
      if (entry) used.add(entry);
      else
        unexplained.push(
          `${file}: ${found.feature} (${found.missing.join(', ')}) ${found.where.replace(/\s+/g, ' ').slice(0, 120)}`,
        );
    }
  }
  assert.deepEqual(
    unexplained,
    [],
    'add a fallback (@supports, or a declaration before it), or explain it in ALLOWED_CSS',
  );
  assert.deepEqual(
    ALLOWED_CSS.filter((entry) => !used.has(entry)).map(([pattern]) => String(pattern)),
    [],
    'no longer used: remove from ALLOWED_CSS',
  );
});

test('the audit finds what it looks for (it would fail on code written for the newest engines)', () => {
  const ast = parseES2020(
    'probe.js',
    "const a = [1].at(-1); Object.hasOwn({}, 'x'); structuredClone(a); 'x'.replaceAll('x', 'y'); new Intl.ListFormat('en'); /(?<=a)b/;",
  );
  const features = auditApis(ast).map((found) => found.feature);
  for (const feature of ['Array.at', 'Object.hasOwn', 'structuredClone', 'String.replaceAll', 'Intl.ListFormat'])
    assert.ok(features.includes(feature), `${feature} in ${features}`);
  assert.equal(lookbehinds(ast).length, 1);
  assert.throws(() => parseES2020('probe.js', 'class A { static { } }'));
  assert.throws(() => parseES2020('probe.js', 'a ??= 1;'));
  const css = auditCss(
    '.a { color: color-mix(in srgb, red, blue); inset: 0; } .b:focus-visible { display: flex; gap: 1px } @supports (color: color-mix(in srgb, red, red)) { .c { color: color-mix(in srgb, red, blue) } }',
  ).map((found) => found.feature);
  assert.deepEqual(css.sort(), ['color-mix()', 'gap in flex', 'inset', ':focus-visible'].sort());
});
