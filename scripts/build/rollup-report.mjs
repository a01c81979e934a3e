// Rollup piece for the bundled report (imported by rollup.config.mjs): every script-tag bundle carries
// data/report.json as exactly `encodeReportLiteral(report)` (shared/report-literal.js), so that
// `sw-widgets bundle --report` can swap it in the prebuilt files without Rollup.
import { readFileSync } from 'node:fs';
import { encodeReportLiteral } from '../../shared/report-literal.js';

const MARK = 'sw-bundled-report-placeholder';
const PLACEHOLDER = new RegExp(`JSON\\.parse\\((["'\`])${MARK}_*\\1\\)`, 'g');

/**
 * The generated report module becomes `export default JSON.parse("sw-bundled-report-placeholder___…")`, a
 * placeholder exactly as long as the report's literal, which the minifier leaves alone; after minification
 * (this plugin comes after it) the placeholder is replaced by the literal. Same length: the source map stays exact.
 */
export function bundledReportLiteral(reportPath = 'data/report.json') {
  const literal = encodeReportLiteral(JSON.parse(readFileSync(reportPath, 'utf8')));
  const padding = literal.length - `JSON.parse("${MARK}")`.length;
  if (padding < 0) throw new Error(`${reportPath} is too small for the placeholder`);
  const placeholder = `JSON.parse("${MARK}${'_'.repeat(padding)}")`;
  return {
    name: 'sw-bundled-report-literal',
    load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/report/bundled-report.generated.ts')) return null;
      return { code: `export default ${placeholder};\n`, map: null };
    },
    renderChunk(code) {
      const found = code.match(PLACEHOLDER) ?? [];
      if (!found.length) return null;
      if (found.length !== 1 || found[0].length !== literal.length) {
        this.error(
          `the bundled report's placeholder was changed by the minifier (${found.length} found, ${found[0].length} characters for ${literal.length})`,
        );
      }
      return { code: code.replace(PLACEHOLDER, () => literal), map: null };
    },
  };
}
