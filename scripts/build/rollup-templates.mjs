// Rollup piece (imported by rollup.config.mjs): the static text of Lit's css`…`, html`…` and svg`…` templates
// (and of a plain template assigned to a const named …_CSS) in our sources loses its comments and indentation. The minifier cannot do it (template text is data to it),
// and the script-tag bundles would otherwise ship every newline, indent and CSS comment of the sources.
// Only whitespace that cannot matter goes: no element here uses `white-space: pre*` or <pre>/<textarea>.
// Characters outside ASCII in that text and in regular expressions become \uXXXX escapes (see asciiOnly()).
import ts from 'typescript';

/** CSS: no comments; a run of whitespace becomes one space, and none is kept next to { } ; or after : and ,. */
export function minifyCssText(text) {
  // Comments and quoted strings ('PingFang SC', content: '·') are found in one pass (a comment may hold an
  // apostrophe, a string may hold /*): comments go, then strings are the odd pieces and stay as they are.
  return text
    .replace(/(\/\*[\s\S]*?\*\/)|'[^'\n]*'|"[^"\n]*"/g, (match, comment) => (comment ? ' ' : match))
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};]) ?/g, '$1')
            .replace(/([:,]) /g, '$1'),
    )
    .join('');
}

/** HTML/SVG: a run of whitespace that contains a line break becomes one space (what the browser shows anyway). */
export function minifyMarkupText(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      ['css', 'html', 'svg'].includes(node.tag.text)
    ) {
      const minify = node.tag.text === 'css' ? minifyCssText : minifyMarkupText;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The raw text between ` or } and ` or ${.
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        const raw = code.slice(start, end);
        const minified = escapeNonAscii(minify(raw));
        if (minified !== raw) edits.push([start, end, minified]);
      }
    }
    // CSS kept as a plain string for styles that come with code loaded on demand (`const GEO_CSS = \`…\``).
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text.endsWith('_CSS') &&
      node.initializer &&
      ts.isNoSubstitutionTemplateLiteral(node.initializer)
    ) {
      const start = node.initializer.getStart(source) + 1;
      const end = node.initializer.getEnd() - 1;
      const raw = code.slice(start, end);
      const minified = escapeNonAscii(minifyCssText(raw));
      if (minified !== raw) edits.push([start, end, minified]);
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && /[^\x00-\x7f]/.test(node.getText(source))) {
      edits.push([node.getStart(source), node.getEnd(), escapeNonAscii(node.getText(source))]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function minifyLitTemplates() {
  return {
    name: 'sw-minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replace(/\\/g, '/')) || !/\b(css|html|svg)`|[^\x00-\x7f]/.test(code)) return null;
      const out = minifyTemplates(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/** \\uXXXX for each UTF-16 unit outside ASCII: the same text in a template literal (cooked) or a regular expression. */
const escapeNonAscii = (text) =>
  text.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * After the minifier: the bundle must be ASCII. A classic script served without a charset is decoded in the page's
 * charset (GBK, Big5...), so only ASCII reads the same on every page. esbuild escapes strings itself; template text
 * and regular expressions, which it keeps as written, are escaped by minifyLitTemplates() before it.
 */
export function asciiOnly() {
  return {
    name: 'sw-ascii-only',
    renderChunk(code, chunk) {
      const at = code.search(/[^\x00-\x7f]/);
      if (at >= 0)
        this.error(`${chunk.fileName} has a character outside ASCII: …${code.slice(Math.max(0, at - 40), at + 10)}…`);
      return null;
    },
  };
}
