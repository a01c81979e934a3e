/**
 * The bundled report (data/report.json) is loaded on demand, like the report checks: an element without `src`
 * or `report` imports it on first render. In dist/ (npm) a bundler splits it into a chunk of its own; the
 * script-tag bundles load cdn/sw-bundled-report.js from beside themselves (scripts/build/rollup-on-demand.mjs), so a
 * page with several elements, or several one-element bundles, fetches it once and it never weighs on a page
 * that shows its own report.
 */
import { onDemand } from '../on-demand/on-demand.js';

const bundled = onDemand(() => import('./bundled.js').then((module) => module.bundledReport));

/** The bundled report once it has loaded (synchronous from then on), else undefined. */
export const bundledReportIfLoaded = () => bundled.value;

/** Loads the bundled report once. */
export const loadBundledReport = () => bundled.load();
