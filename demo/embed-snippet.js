// The embed code the builder hands to editors. Pure: no DOM, tested in test/builder.test.ts.

/** The package's own cdn/ folder on a public npm CDN, for this version. */
export const DEFAULT_SCRIPT_BASE = 'https://cdn.jsdelivr.net/npm/sw-widgets@0.1.0/cdn/';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Escapes text for a double-quoted HTML attribute value or element content. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** The script URL: the classic bundle (works in every CMS) or the ES module. */
export function scriptUrl(base, kind) {
  const folder = base.endsWith('/') ? base : `${base}/`;
  return folder + (kind === 'module' ? 'sw-widgets.js' : 'sw-widgets.iife.js');
}

/**
 * A ready snippet: the script tag, then each configured tag.
 * @param {{ scriptBase: string, scriptKind: 'classic' | 'module', widgets: Array<{ tag: string, attributes: Record<string, string | number | boolean | null | undefined>, fallback?: string }> }} config
 */
export function embedSnippet({ scriptBase, scriptKind, widgets }) {
  const src = escapeHtml(scriptUrl(scriptBase, scriptKind));
  const script = scriptKind === 'module' ? `<script type="module" src="${src}"></script>` : `<script src="${src}"></script>`;
  const tags = widgets.map(({ tag, attributes, fallback }) => {
    const attrs = Object.entries(attributes)
      .filter(([, value]) => value !== undefined && value !== null && value !== '' && value !== false)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
      .join('');
    return `<${tag}${attrs}>${fallback ? escapeHtml(fallback) : ''}</${tag}>`;
  });
  return [script, ...tags].join('\n');
}
