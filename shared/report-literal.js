// The bundled report as JavaScript text, shared by the build (rollup.config.mjs puts it into every cdn/ bundle that
// carries a report) and by `sw-widgets bundle --report` (which swaps it inside the prebuilt cdn/ files).
//
// CONTRACT: in every built cdn/*.js file that carries the bundled report, the text
// `encodeReportLiteral(<data/report.json>)` occurs exactly once, and replacing it with `encodeReportLiteral(other)`
// (a valid report) gives a working bundle that shows `other`. test/node/report-literal.test.mjs and
// test/report-swap.test.ts hold the build to it.
//
// The form: `JSON.parse('…')` with every character outside ASCII written as a JavaScript \uXXXX escape. ASCII text is
// read the same in any charset, so a classic script served without a charset on a GBK (or Big5, Shift_JIS...) page
// still shows the right Chinese; and gzip packs the escapes as tightly as UTF-8 (docs/sizes.md has the figures).
// JSON.parse of a string literal is also what V8 parses fastest for data of this size.

/** The report with the keys that are not data (the JSON Schema reference) left out. */
function reportData(report) {
  if (!report || typeof report !== 'object' || Array.isArray(report))
    throw new TypeError('encodeReportLiteral: a report must be an object');
  const { $schema: _schema, ...data } = report;
  return data;
}

/**
 * The JavaScript expression text that evaluates to `report` (a parsed report object; its `$schema` key is left out):
 * `JSON.parse('…')`, pure ASCII.
 * @param {object} report
 * @returns {string}
 */
export function encodeReportLiteral(report) {
  const json = JSON.stringify(reportData(report));
  const body = json
    // JSON's own escapes (\" \\ \n \uD800...) must reach JSON.parse as written: double the backslash.
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    // Never a closing tag, should someone paste a bundle into an inline <script>.
    .replace(/<\//g, '<\\/')
    // Everything outside printable ASCII (including U+2028/U+2029) as a JavaScript escape, read the same in any charset.
    .replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `JSON.parse('${body}')`;
}
