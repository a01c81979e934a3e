/**
 * The bundled report (data/report.json) is loaded on demand, like the report checks: an element without `src`
 * or `report` imports it on first render. In dist/ (npm) a bundler splits it into a chunk of its own; the
 * script-tag bundles load cdn/sw-bundled-report.js from beside themselves (scripts/rollup-on-demand.mjs), so a
 * page with several elements, or several one-element bundles, fetches it once and it never weighs on a page
 * that shows its own report.
 */
import type { Report } from './schema.js';

let loaded: Report | undefined;
let loading: Promise<Report> | undefined;

/** The bundled report once it has loaded (synchronous from then on), else undefined. */
export const bundledReportIfLoaded = (): Report | undefined => loaded;

/** Loads the bundled report once. */
export function loadBundledReport(): Promise<Report> {
  loading ??= import('./bundled.js').then(
    (module) => (loaded = module.bundledReport),
    (error: unknown) => {
      loading = undefined; // a later element tries again (e.g. back online)
      throw error;
    },
  );
  return loading;
}
