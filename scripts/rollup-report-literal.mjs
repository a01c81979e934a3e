// STAND-IN (issue 16, until the lean helper's build lands): puts the bundled report into the script-tag
// bundles as exactly `encodeReportLiteral(data/report.json)`, after minification, so `sw-widgets bundle`
// can replace it. The generated module is swapped for a placeholder before esbuild sees it.
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';
import { encodeReportLiteral } from './report-literal.mjs';

const PLACEHOLDER = 'JSON.parse("__SW_BUNDLED_REPORT__")';

export function bundledReportLiteral() {
  return {
    name: 'sw-bundled-report-literal',
    transform(_code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/report/bundled-report.generated.ts')) return null;
      return { code: `export default ${PLACEHOLDER};\n`, map: null };
    },
    renderChunk(code) {
      const at = code.indexOf(PLACEHOLDER);
      if (at < 0) return null;
      const report = JSON.parse(readFileSync(new URL('../data/report.json', import.meta.url), 'utf8'));
      const out = new MagicString(code);
      out.overwrite(at, at + PLACEHOLDER.length, encodeReportLiteral(report));
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
