// The embed code the builder hands to editors: the script tag with the elements, or an
// iframe of cdn/embed.html for CMSs that strip scripts. Pure: no DOM, tested in test/builder.test.ts.

/** The package's own cdn/ folder on a public npm CDN, for this version. */
export const DEFAULT_SCRIPT_BASE = 'https://cdn.jsdelivr.net/npm/sw-widgets@0.1.0/cdn/';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Escapes text for a double-quoted HTML attribute value or element content. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

const folderOf = (base) => (base.endsWith('/') ? base : `${base}/`);
const isSet = (value) => value !== undefined && value !== null && value !== '' && value !== false;

/** The script URL: the classic bundle (works in every CMS) or the ES module. */
export function scriptUrl(base, kind) {
  return folderOf(base) + (kind === 'module' ? 'sw-widgets.js' : 'sw-widgets.iife.js');
}

/**
 * The iframe embed page's address: `embed.html?el=<kind>&<attribute>=<value>…`; a boolean attribute that is on
 * is its name alone (`&tools`).
 * @param {string} base the cdn/ folder
 * @param {'stat-card' | 'region-map' | 'story-list' | 'map-list'} kind
 * @param {Record<string, string | number | boolean | null | undefined>} attributes
 */
export function embedPageUrl(base, kind, attributes) {
  const parts = [`el=${encodeURIComponent(kind)}`];
  for (const [name, value] of Object.entries(attributes)) {
    if (isSet(value)) parts.push(value === true ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  return `${folderOf(base)}embed.html?${parts.join('&')}`;
}

/**
 * The iframe snippet: a titled, lazily loaded iframe of the embed page, as wide as the column and `height` px
 * high (what the widget needs at 360 and 720 px), optionally followed by the script that fits the height exactly.
 * @param {{ scriptBase: string, kind: 'stat-card' | 'region-map' | 'story-list' | 'map-list', attributes: Record<string, string | number | boolean | null | undefined>, title: string, height: number, resizeScript?: boolean }} config
 */
export function iframeSnippet({ scriptBase, kind, attributes, title, height, resizeScript = false }) {
  const src = escapeHtml(embedPageUrl(scriptBase, kind, attributes));
  const iframe = `<iframe src="${src}" title="${escapeHtml(title)}" width="100%" height="${Math.ceil(height)}" loading="lazy" frameborder="0"></iframe>`;
  return resizeScript ? `${iframe}\n<script src="${escapeHtml(folderOf(scriptBase) + 'embed-resize.js')}"></script>` : iframe;
}

/**
 * A ready snippet: the script tag, then each configured tag. With `rendered` (each widget's HTML from
 * sw-widgets/ssr), the rendered elements, then the script: they must be parsed before it defines them.
 * @param {{ scriptBase: string, scriptKind: 'classic' | 'module', widgets: Array<{ tag: string, attributes: Record<string, string | number | boolean | null | undefined>, fallback?: string }>, rendered?: string[] }} config
 */
export function embedSnippet({ scriptBase, scriptKind, widgets, rendered }) {
  const src = escapeHtml(scriptUrl(scriptBase, scriptKind));
  const script = scriptKind === 'module' ? `<script type="module" src="${src}"></script>` : `<script src="${src}"></script>`;
  if (rendered) return [...rendered, script].join('\n');
  const tags = widgets.map(({ tag, attributes, fallback }) => {
    const attrs = Object.entries(attributes)
      .filter(([, value]) => isSet(value))
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
      .join('');
    return `<${tag}${attrs}>${fallback ? escapeHtml(fallback) : ''}</${tag}>`;
  });
  return [script, ...tags].join('\n');
}
