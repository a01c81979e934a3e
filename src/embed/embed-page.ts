/**
 * The script of the iframe embed page (cdn/embed.html → cdn/embed.js): builds
 * the widget its query string describes, or shows what is wrong with the
 * query, and tells the parent page its height (`sw-embed-height` messages)
 * on load and whenever it changes, for cdn/embed-resize.js to apply.
 * It imports the all-in-one bundle from its own folder (`../all.js` becomes
 * `./sw-widgets.js` in the build).
 */
import { findDivision, normalizeLanguage } from '../all.js';
import { EMBED_MESSAGES } from './embed.messages.js';
import { parseEmbedQuery } from './embed-query.js';
import { renderEmbed } from './embed-render.js';

const root = document.getElementById('embed') ?? document.body;
const query = parseEmbedQuery(location.search, {
  attributesOf: (tag) => (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [],
  isDivision: (code) => Boolean(findDivision(code)),
});
// The page speaks the widget's language (its error text, and the widget when it has no lang of its own).
const language = normalizeLanguage(query.language) ?? 'zh-Hans';
const messages = EMBED_MESSAGES[language];
document.documentElement.lang = language;

if (query.ok) document.title = `${messages.titles[query.kind]} · sw-widgets`;
renderEmbed(root, query, messages);

/** Posts the content's height to the parent page when it differs from the last one posted. */
let posted = -1;
function postHeight(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((height === posted && !force) || window.parent === window) return;
  posted = height;
  window.parent.postMessage({ type: 'sw-embed-height', height }, '*');
}

new ResizeObserver(() => postHeight()).observe(document.documentElement);
addEventListener('load', () => postHeight(true));
// The resize script asks again when it loads after this page.
addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === 'sw-embed-measure') postHeight(true);
});
