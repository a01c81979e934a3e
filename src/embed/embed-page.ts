/**
 * The script of the iframe embed page (cdn/embed.html → cdn/embed.js): builds
 * the widget its query string describes, or shows what is wrong with the
 * query, and tells the parent page its height (`sw-embed-height` messages)
 * on load and whenever it changes, for cdn/embed-resize.js to apply, and to
 * WordPress's wp-embed.js in the message it understands (embed-wordpress.ts).
 * A widget page written by `sw-widgets bundle --base-url` carries its query in
 * `<meta name="sw-embed-query">` instead, so that its plain address can be pasted
 * into a CMS (oEmbed). In WordPress's sandbox the page's origin is opaque
 * (`location.origin` is "null"): its own origin is that of its address.
 * It imports the all-in-one bundle from its own folder (`../all.js` becomes
 * `./sw-widgets.js` in the build).
 */
import { loadBundledReport, findDivision, normalizeLanguage, type Report } from '../all.js';
import { EMBED_MESSAGES } from './embed.messages.js';
import { parseAllowedOrigins } from './embed-origins.js';
import { parseEmbedQuery, type EmbedQuery } from './embed-query.js';
import { renderEmbed } from './embed-render.js';
import { isWordpressReady, wordpressMessage, wordpressSecret } from './embed-wordpress.js';

const root = document.getElementById('embed') ?? document.body;
/** WordPress's secret for this iframe, when WordPress embedded it. */
const secret = wordpressSecret(location.hash);
const search =
  location.search || `?${document.querySelector('meta[name="sw-embed-query"]')?.getAttribute('content') ?? ''}`;
const parsed = parseEmbedQuery(search, {
  attributesOf: (tag) =>
    (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [],
  isDivision: (code) => Boolean(findDivision(code)),
  origins: {
    pageOrigin: new URL(location.href).origin,
    pageUrl: location.href,
    allowedOrigins: parseAllowedOrigins(
      document.querySelector('meta[name="sw-allow-origins"]')?.getAttribute('content'),
    ),
  },
});
// The page speaks the widget's language (its error text, and the widget when it has no lang of its own).
const language = normalizeLanguage(parsed.language) ?? 'zh-Hans';
const messages = EMBED_MESSAGES[language];
document.documentElement.lang = language;

/**
 * A link to another origin (`story-href`) stands only when the report has a story at exactly
 * that URL: the report at `src` (through the elements' shared cache, so it is fetched once) or
 * the bundled one. A report that fails to load leaves the link out; the element shows why.
 */
async function checkLinks(query: EmbedQuery): Promise<EmbedQuery> {
  if (!query.ok || !query.linksToCheck.length) return query;
  const attributes = query.widgets.flatMap((widget) => widget.attributes);
  const src = attributes.find(([name]) => name === 'src')?.[1];
  // The same request as the element's (one shared fetch): with its `src-integrity`, if any.
  const integrity = attributes.find(([name]) => name === 'src-integrity')?.[1];
  let report: Report | undefined;
  try {
    // The elements' own loader (cdn/sw-report.js in the build): one module, so one shared fetch.
    report = src
      ? await (await import('../report/report-checks.js')).loadReport(new URL(src, location.href).href, { integrity })
      : await loadBundledReport();
  } catch {
    report = undefined;
  }
  // story-href is a pattern ({story} stands for the story id): it must give a story's own URL.
  const givesStoryUrl = (pattern: string) =>
    Boolean(
      report?.stories.some(
        (story) => story.url && pattern.split('{story}').join(encodeURIComponent(story.id)) === story.url,
      ),
    );
  for (const link of query.linksToCheck) {
    if (report && !givesStoryUrl(link.url))
      return {
        ok: false,
        problem: { reason: 'link-not-allowed', key: link.key, origin: link.origin },
        language: query.language,
      };
    if (!report)
      for (const widget of query.widgets) widget.attributes = widget.attributes.filter(([name]) => name !== link.key);
  }
  return query;
}

// No top-level await: the page's script is ES2020 like every script that ships (scripts/build/browser-floor.mjs).
void (async () => {
  const query = await checkLinks(parsed);
  if (query.ok) document.title = `${messages.titles[query.kind]} · sw-widgets`;
  renderEmbed(root, query, messages);

  /** True once every widget shows its content (or its error): until then a height is the loading placeholder's. */
  let ready = false;
  const widgets = [...root.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')] as Array<
    Element & { updateComplete?: Promise<unknown> }
  >;
  Promise.all(widgets.map((widget) => widget.updateComplete)).then(() => {
    ready = true;
    postHeight(true);
  });

  /**
   * Posts the content's height to the parent page when it differs from the last one posted (`ready`: see above);
   * to WordPress only once ready, so that it shows the widget, not its loading placeholder.
   */
  let posted = -1;
  function postHeight(force = false): void {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if ((height === posted && !force) || window.parent === window) return;
    posted = height;
    window.parent.postMessage({ type: 'sw-embed-height', height, ready }, '*');
    if (secret && ready) window.parent.postMessage(wordpressMessage(secret, height), '*');
  }

  new ResizeObserver(() => postHeight()).observe(document.documentElement);
  addEventListener('load', () => postHeight(true));
  // The resize script asks again when it loads after this page.
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if ((event.data as { type?: unknown } | null)?.type === 'sw-embed-measure' || isWordpressReady(event.data, secret))
      postHeight(true);
  });
})();
