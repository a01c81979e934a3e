// The all-in-one script-tag bundle leaves validation and loading to cdn/sw-report.js and the bundled report to
// cdn/sw-bundled-report.js (src/cdn-all.ts): together the three files must still export everything the library's main module (src/index.ts) does. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

/** Names a Rollup ES bundle exports (its last statement, `export{a as Name,...}`). */
function bundleExports(file) {
  const code = readFileSync(file, 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, '');
  const list = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code)?.[1] ?? '';
  return list
    .split(',')
    .map((item) =>
      item
        .trim()
        .split(/\s+as\s+/)
        .pop(),
    )
    .filter(Boolean);
}

test('cdn/sw-widgets.js, cdn/sw-report.js and cdn/sw-bundled-report.js together export every value src/index.ts does', async () => {
  const result = await esbuild.build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
    packages: 'external',
  });
  const indexExports = Object.values(result.metafile.outputs).find((output) => output.entryPoint)?.exports ?? [];
  assert.ok(indexExports.length > 20, `only ${indexExports.length} exports found in src/index.ts`);
  const allInOne = bundleExports('cdn/sw-widgets.js');
  const report = bundleExports('cdn/sw-report.js');
  const bundled = bundleExports('cdn/sw-bundled-report.js');
  assert.deepEqual(bundled, ['bundledReport']);
  assert.ok(allInOne.includes('loadBundledReport'));
  assert.ok(allInOne.includes('StatCard') && report.includes('validateReport'), `${allInOne} / ${report}`);
  const missing = indexExports.filter(
    (name) => !allInOne.includes(name) && !report.includes(name) && !bundled.includes(name),
  );
  assert.deepEqual(
    missing,
    [],
    'add them to src/cdn-all.ts, or to src/report/report-checks.ts when they need validation',
  );
  // What only sw-report.js has is what needs valibot or the loader, never an element.
  assert.ok(!report.some((name) => /^(StatCard|RegionMap|StoryList|SwElement)$/.test(name)));
});
