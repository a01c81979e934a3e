// STAND-IN for the lean helper's scripts/report-literal.mjs (issue 15), written to the agreed contract:
// `encodeReportLiteral(report) -> string` is exactly the text the build puts into each cdn/ file that
// carries the bundled report, so `sw-widgets bundle` can find it and swap in another report without a build.
// The lead keeps the lean helper's version on merge.

/**
 * The bundled report as JavaScript source: `JSON.parse("…")` of the report without `$schema`
 * (a string literal survives minification unchanged when it is inserted after it). Non-ASCII characters
 * are written as \uXXXX escapes, like the rest of the minified bundle: a classic script served without
 * `charset=utf-8` is decoded in the page's encoding (GBK on many Chinese sites).
 * @param {Record<string, unknown>} report
 * @returns {string}
 */
export function encodeReportLiteral(report) {
  const { $schema: _schema, ...data } = report;
  const literal = JSON.stringify(JSON.stringify(data)).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `JSON.parse(${literal})`;
}
