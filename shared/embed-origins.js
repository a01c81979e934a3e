// The origins the iframe embed page (cdn/embed.html) may load reports and geometry from,
// besides its own: written into its <meta name="sw-allow-origins"> (read by the page's
// script) and into its Content-Security-Policy's connect-src (defence in depth: the browser
// blocks a fetch to any other origin even if the script's check were bypassed).
// Used by the build (`SW_ALLOW_ORIGINS="https://data.example.cn https://b.example" npm run build`)
// and by the publisher's `sw-widgets bundle --allow-origin …`.

/**
 * Checks and normalizes origins: each must be an http(s) origin with no path, query or
 * credentials (`https://data.example.cn`, `http://localhost:8080`). Throws naming the bad one.
 * @param {Iterable<string>} origins
 * @returns {string[]}
 */
export function normalizeOrigins(origins) {
  const out = new Set();
  for (const raw of origins) {
    const text = String(raw).trim();
    if (!text) continue;
    let url;
    try {
      url = new URL(text);
    } catch {
      throw new Error(`not an origin: "${text}" (write it as https://host or https://host:port)`);
    }
    if (
      !/^https?:$/.test(url.protocol) ||
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      (url.pathname !== '/' && url.pathname !== '') ||
      /\/./.test(text.replace(/^https?:\/\//, ''))
    ) {
      throw new Error(`not an origin: "${text}" (only http(s)://host[:port], with no path)`);
    }
    out.add(url.origin);
  }
  return [...out];
}

/** Splits a list written with spaces or commas (the SW_ALLOW_ORIGINS setting). */
export function splitOriginList(list) {
  return (list ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * The embed page's HTML with `origins` allowed: the meta tag's content and the CSP's connect-src.
 * @param {string} html cdn/embed.html (or src/embed/embed.html)
 * @param {Iterable<string>} origins
 * @returns {string}
 */
export function setEmbedAllowedOrigins(html, origins) {
  const list = normalizeOrigins(origins);
  const meta = /(<meta name="sw-allow-origins" content=")[^"]*(">)/;
  const connect = /(connect-src 'self')[^;"]*/;
  if (!meta.test(html) || !connect.test(html))
    throw new Error('the embed page has no sw-allow-origins meta tag or connect-src directive to set');
  return html
    .replace(meta, `$1${list.join(' ')}$2`)
    .replace(connect, `$1${list.map((origin) => ' ' + origin).join('')}`);
}
