// Rollup piece (imported by rollup.config.mjs): code that the library loads with import() is not bundled into
// the script-tag bundles but loaded from a file beside them, by an absolute URL computed at run time
// (`import.meta.url`, which Rollup turns into the script's own URL in the classic bundles): a relative import()
// from a cross-origin classic script would resolve against about:blank.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Modules loaded on demand (source path from the repository root) → the cdn file that provides their exports. */
export const ON_DEMAND_FILES = {
  'src/export/exporter.ts': 'sw-export.js',
  'src/stat-card/stat-card.export.ts': 'sw-export.js',
  'src/region-map/region-map.export.ts': 'sw-export.js',
  'src/story-list/story-list.export.ts': 'sw-export.js',
  'src/report/report-checks.ts': 'sw-report.js',
  'src/report/bundled.ts': 'sw-bundled-report.js',
  'src/stat-card/stat-card.series-kit.ts': 'sw-series.js',
  // A card's progress towards a target (issue 22: out of the all-in-one bundle).
  'src/stat-card/stat-card.progress-kit.ts': 'sw-progress.js',
  // Only in engines without CSS color-mix() (issue 22).
  'src/region-map/mixed-colors.ts': 'sw-mixed-colors.js',
};

const DYNAMIC_IMPORT = /(?<!typeof\s*)\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g;

/** Rewrites `import('./x.js')` of an on-demand module into an import of its cdn file beside the running bundle. */
export function onDemandFiles() {
  return {
    name: 'sw-on-demand-files',
    transform(code, id) {
      if (!id.startsWith(root) || id.includes('/node_modules/') || !/\.ts$/.test(id)) return null;
      let changed = false;
      const rewritten = code.replace(DYNAMIC_IMPORT, (whole, _quote, specifier) => {
        const target = resolve(dirname(id), specifier).slice(root.length + 1).replace(/\\/g, '/').replace(/\.js$/, '.ts');
        const file = ON_DEMAND_FILES[target];
        if (!file) return whole;
        changed = true;
        return `import(new URL('./${file}', import.meta.url).href)`;
      });
      return changed ? { code: rewritten, map: null } : null;
    },
  };
}
