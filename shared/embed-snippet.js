// The embed code the builder hands to editors: the script tag with the elements, or an
// iframe of cdn/embed.html for CMSs that strip scripts. Pure: no DOM, tested in test/builder.test.ts.

/**
 * The package's cdn/ folder on a public npm CDN, for this version: only the last resort of
 * `defaultScriptBase` (a builder opened from this computer with no `bundle --base-url`). No public CDN is
 * reliable for mainland readers (see docs/publishing.md#hosting); self-hosting is the default.
 */
export const DEFAULT_SCRIPT_BASE = 'https://unpkg.com/sw-widgets@0.1.0/cdn/';

/**
 * The script address the builder starts with: the `baseUrl` that `sw-widgets bundle --base-url` wrote into
 * the manifest; else the cdn/ folder beside the builder when it is published on a web server (whoever hosts
 * the builder hosts the files: no third-party CDN); else, on this computer, DEFAULT_SCRIPT_BASE.
 * @param {string} pageUrl the builder page's address
 * @param {{ baseUrl?: string | null } | null | undefined} manifest
 */
export function defaultScriptBase(pageUrl, manifest) {
  if (manifest?.baseUrl) return manifest.baseUrl;
  const own = new URL('../cdn/', pageUrl);
  const local = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(own.hostname);
  return (own.protocol === 'https:' || own.protocol === 'http:') && !local ? own.href : DEFAULT_SCRIPT_BASE;
}

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
    if (isSet(value))
      parts.push(
        value === true ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
      );
  }
  return `${folderOf(base)}embed.html?${parts.join('&')}`;
}

/**
 * The iframe snippet: a titled, lazily loaded iframe of the embed page, as wide as the column and `height` px
 * high (what the widget needs at 360 and 720 px), optionally followed by the script that fits the height exactly.
 * @param {{ scriptBase: string, kind: 'stat-card' | 'region-map' | 'story-list' | 'map-list', attributes: Record<string, string | number | boolean | null | undefined>, title: string, height: number, resizeScript?: boolean, resizeIntegrity?: string }} config
 */
export function iframeSnippet({ scriptBase, kind, attributes, title, height, resizeScript = false, resizeIntegrity }) {
  const src = escapeHtml(embedPageUrl(scriptBase, kind, attributes));
  const iframe = `<iframe src="${src}" title="${escapeHtml(title)}" width="100%" height="${Math.ceil(height)}" loading="lazy" frameborder="0"></iframe>`;
  return resizeScript
    ? `${iframe}\n<script src="${escapeHtml(folderOf(scriptBase) + 'embed-resize.js')}"${integrityAttributes(resizeIntegrity)}></script>`
    : iframe;
}

/**
 * ` integrity="sha384-…" crossorigin="anonymous"` for a script whose hash is known (cdn/manifest.json), else ''.
 * The browser then refuses the file if a single byte differs from the version the snippet names.
 * @param {string | undefined} integrity
 */
export function integrityAttributes(integrity) {
  return integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
}

/**
 * The SRI hash of a cdn/ file from a manifest (`{ files: { [name]: { integrity } } }`), if it lists the file.
 * @param {{ files?: Record<string, { integrity?: string }> } | null | undefined} manifest
 * @param {string} fileName
 */
export function manifestIntegrity(manifest, fileName) {
  return manifest?.files?.[fileName]?.integrity;
}

/**
 * A ready snippet: the script tag (with its SRI hash when `integrity` is given), then each configured tag. With
 * `rendered` (each widget's HTML from sw-widgets/ssr), the rendered elements, then the script: they must be parsed
 * before it defines them.
 * @param {{ scriptBase: string, scriptKind: 'classic' | 'module', widgets: Array<{ tag: string, attributes: Record<string, string | number | boolean | null | undefined>, fallback?: string }>, integrity?: string, rendered?: string[] }} config
 */
export function embedSnippet({ scriptBase, scriptKind, widgets, integrity, rendered }) {
  const src = escapeHtml(scriptUrl(scriptBase, scriptKind));
  const sri = integrityAttributes(integrity);
  const script =
    scriptKind === 'module'
      ? `<script type="module" src="${src}"${sri}></script>`
      : `<script src="${src}"${sri}></script>`;
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

/**
 * Whether the iframe embed page at `scriptBase` will refuse a report URL: it loads reports only from its
 * own origin and the origins listed when it was built (`allowedOrigins`, from its sw-allow-origins meta tag).
 * Returns null when the URL is allowed (or empty), else the URL's origin and the embed page's own.
 * @param {string} reportUrl as typed by the editor (relative URLs resolve against the embed page)
 * @param {string} scriptBase the cdn/ folder the snippet uses
 * @param {string[]} allowedOrigins
 * @param {string} [builderUrl] the builder's address, against which a relative script base resolves
 * @returns {{ origin: string, pageOrigin: string } | null}
 */
export function embedSrcWarning(reportUrl, scriptBase, allowedOrigins, builderUrl) {
  if (!reportUrl) return null;
  let pageOrigin;
  let origin;
  try {
    const page = new URL('embed.html', new URL(folderOf(scriptBase), builderUrl));
    pageOrigin = page.origin;
    const url = new URL(reportUrl, page);
    origin = /^https?:$/.test(url.protocol) ? url.origin : url.protocol;
  } catch {
    return { origin: reportUrl, pageOrigin: pageOrigin ?? scriptBase };
  }
  return origin === pageOrigin || allowedOrigins.includes(origin) ? null : { origin, pageOrigin };
}
