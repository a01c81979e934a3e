// Eleventy 3 with server-rendered sw-widgets: a `swWidgets` paired-free shortcode renders the elements at
// build time (sw-widgets/ssr), and the package's cdn/ folder is copied to the site for the script that
// hydrates them. Run: npx @11ty/eleventy --config=eleventy.config.mjs (in this folder).
import { renderPage, renderToString } from 'sw-widgets/ssr';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The package's cdn/ folder, wherever npm installed it.
const cdn = join(dirname(createRequire(import.meta.url).resolve('sw-widgets/package.json')), 'cdn');

export default function (eleventyConfig) {
  // {% swWidget "sw-stat-card", { metric: "chaozhou-volunteers" }, { lang: page.lang } %}
  eleventyConfig.addShortcode('swWidget', (tag, attributes = {}, options = {}) => renderToString(tag, attributes, options));
  // A map and the list that follows it share one render: {% swWidgets [{ tag: "sw-region-map", attributes: { id: "map" } }, …], { lang: "en" } %}
  eleventyConfig.addShortcode('swWidgets', (elements, options = {}) => renderPage(elements, options).join('\n'));
  eleventyConfig.addPassthroughCopy({ [cdn]: 'sw-widgets' });
  return { dir: { input: 'src' } };
}
