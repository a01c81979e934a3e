/**
 * Loads the export code when it is first needed. In npm builds this is a
 * plain dynamic import (bundlers split it off). The script-tag bundles
 * (rollup.config.mjs) turn it into an import of `sw-export.js` beside the
 * bundle, as an absolute URL computed at run time: a relative import() from a
 * cross-origin classic script would resolve against about:blank.
 */
export type Exporter = typeof import('./exporter.js');

export function loadExporter(): Promise<Exporter> {
  return import('./exporter.js');
}
