// `sw-widgets bundle --base-url URL` also writes a page per widget of the report into widgets/ (each metric's
// card, the map of stories, each indicator's map, the story list), each with an oEmbed discovery link to a static
// oEmbed 1.0 answer beside it: pasting a page's address into WordPress (any role) or another oEmbed consumer
// embeds the widget. A page is the embed page (embed.html) with its query in `<meta name="sw-embed-query">`, so
// its address is plain; WordPress shows it in an iframe sandboxed to an opaque origin (src/embed/embed-page.ts),
// which loads the page's files cross-origin: the host must answer with `Access-Control-Allow-Origin`. The
// answer's height is measured as the builder measures its iframe snippet (shared/embed-height.js), in headless
// Chromium; the pages' texts are the builder's snippet fallbacks (shared/snippet-fallback.js).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { embedPageUrl, escapeHtml } from '../../shared/embed-snippet.js';
import { FALLBACK_HEIGHTS, MAX_WIDTH, snippetHeight } from '../../shared/embed-height.js';
import { snippetFallbacks } from '../../shared/snippet-fallback.js';

/** The folder of the bundle that holds the widget pages and their oEmbed answers. */
export const WIDGET_FOLDER = 'widgets';

/** widgets/index.json: every page with its widget, title, addresses and size. */
export const INDEX_FILE = 'index.json';

/** The language of the pages (the library's default). */
const LANGUAGE = 'zh-Hans';

const MESSAGES = {
  'zh-Hans': {
    written: (count, folder, example) =>
      `oEmbed 组件页：${count} 个，在 ${folder}/（把页面地址单独粘贴在 WordPress 文章的一行中即可嵌入，如 ${example}）`,
    cors: '托管这些文件的服务器须返回 Access-Control-Allow-Origin: *（WordPress 把嵌入页放在沙箱中，页面按跨域方式载入文件）',
    estimated: (why) =>
      `未测量高度（${why}）：oEmbed 使用估计高度；安装 puppeteer-core 和 Chromium（或设置 CHROME_PATH）后重新运行即可测量`,
    noPuppeteer: '没有 puppeteer-core',
    noChrome: '没有 Chrome 或 Chromium',
    failed: (page, why) => `无法测量 ${page} 的高度（${why}）：使用估计高度`,
  },
  en: {
    written: (count, folder, example) =>
      `oEmbed widget pages: ${count} in ${folder}/ (paste a page's address alone on a line of a WordPress post to embed it, e.g. ${example})`,
    cors: 'The server hosting these files must answer with Access-Control-Allow-Origin: * (WordPress sandboxes the page, which then loads its files cross-origin)',
    estimated: (why) =>
      `Heights not measured (${why}): the oEmbed answers use estimates; install puppeteer-core and Chromium (or set CHROME_PATH) and run again to measure them`,
    noPuppeteer: 'no puppeteer-core',
    noChrome: 'no Chrome or Chromium',
    failed: (page, why) => `Could not measure ${page} (${why}): using an estimated height`,
  },
};

/**
 * The widgets of a report that get a page: each metric's card, the map of stories per division, each
 * indicator's map, the story list. `name` is the page's file name without extension.
 * @param {{ metrics: Array<{ id: string }>, indicators?: Array<{ id: string }> }} report
 * @returns {Array<{ name: string, kind: 'stat-card' | 'region-map' | 'story-list', attributes: Record<string, string> }>}
 */
export function reportWidgets(report) {
  const widgets = [
    ...report.metrics.map((metric) => ({
      name: `stat-card-${metric.id}`,
      kind: 'stat-card',
      attributes: { metric: metric.id },
    })),
    { name: 'region-map', kind: 'region-map', attributes: {} },
    ...(report.indicators ?? []).map((indicator) => ({
      name: `region-map-${indicator.id}`,
      kind: 'region-map',
      attributes: { indicator: indicator.id },
    })),
    { name: 'story-list', kind: 'story-list', attributes: {} },
  ];
  // Report ids are lowercase letters, digits and hyphens (report.schema.json): safe as file names.
  for (const { name } of widgets) if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`not a file name: ${name}`);
  return widgets;
}

/** A widget page's address and its oEmbed answer's, in a bundle published at `baseUrl`. */
export function widgetAddresses(widget, baseUrl) {
  return {
    page: new URL(`${WIDGET_FOLDER}/${widget.name}.html`, baseUrl).href,
    oembed: new URL(`${WIDGET_FOLDER}/${widget.name}.json`, baseUrl).href,
  };
}

/** The embed page's query for a widget (`el=stat-card&metric=…`), as the builder writes it. */
export function widgetQuery(widget) {
  return embedPageUrl('', widget.kind, widget.attributes).split('?')[1];
}

/**
 * The builder's functions for a widget's texts, in Node: its snippet fallbacks (shared/snippet-fallback.js, with
 * the library's functions from the package's dist/, which has no DOM in them), the embed page's widget names and
 * `localize`.
 */
export async function textFunctions(packageRoot) {
  const [
    { EMBED_MESSAGES },
    { localize },
    { formatQuantity },
    { findDivision, divisionName },
    { findPlace, storyProvinceCodes },
  ] = await Promise.all([
    import(new URL('dist/embed/embed.messages.js', packageRoot).href),
    import(new URL('dist/format/language.js', packageRoot).href),
    import(new URL('dist/format/quantity.js', packageRoot).href),
    import(new URL('dist/map/divisions.js', packageRoot).href),
    import(new URL('dist/report/query.js', packageRoot).href),
  ]);
  const fallbacks = snippetFallbacks({
    localize,
    formatQuantity,
    findPlace,
    findDivision,
    divisionName,
    storyProvinceCodes,
  });
  return { ...fallbacks, kinds: (language) => EMBED_MESSAGES[language].titles, localize };
}

/**
 * A widget's title (its name and what it shows: 数字卡片 · 潮州市注册志愿者超32万人, 地区图 · <indicator>) and its
 * text without JavaScript (the builder's snippet fallback), in `language`.
 */
export function widgetTexts(report, widget, language, text) {
  const { cardFallback, mapFallback, listFallback, kinds, localize } = text;
  const { attributes } = widget;
  const indicator = attributes.indicator && report.indicators.find((item) => item.id === attributes.indicator);
  const detail =
    widget.kind === 'stat-card'
      ? cardFallback(report, attributes, language)
      : indicator
        ? localize(indicator.label, language)
        : localize(report.title, language);
  const fallback =
    widget.kind === 'stat-card'
      ? detail
      : widget.kind === 'region-map'
        ? mapFallback(report, attributes, language)
        : listFallback(report, attributes, language);
  return { title: `${kinds(language)[widget.kind]} · ${detail}`, fallback };
}

/** Replaces exactly one match of `pattern` in `html`, or throws naming what the embed page lacks. */
function replaceOnce(html, pattern, replacement, what) {
  const matches = html.match(
    new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'),
  );
  if (matches?.length !== 1) throw new Error(`embed.html: expected one ${what}, found ${matches?.length ?? 0}`);
  return html.replace(pattern, replacement);
}

/**
 * A widget page: the bundle's embed.html one folder down, with the widget's query in a meta tag, its title, an
 * oEmbed discovery link, the widget's text for readers without JavaScript, and its policy naming the bundle's
 * origin beside 'self' (in a sandbox the page's origin is opaque, and WebKit then matches 'self' to nothing).
 * @param {string} embedHtml the bundle's embed.html
 * @param {{ query: string, title: string, fallback: string, pageUrl: string, oembedUrl: string, origin: string }} page
 */
export function widgetPageHtml(embedHtml, { query, title, fallback, pageUrl, oembedUrl, origin }) {
  let html = embedHtml;
  html = replaceOnce(html, /<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`, '<title>');
  html = replaceOnce(
    html,
    /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/,
    (_, start, policy, end) => start + policy.replace(/'self'/g, `'self' ${origin}`) + end,
    'Content-Security-Policy meta tag',
  );
  html = replaceOnce(
    html,
    /<meta name="sw-allow-origins"[^>]*>/,
    (tag) =>
      `${tag}\n<meta name="sw-embed-query" content="${escapeHtml(query)}">\n<link rel="canonical" href="${escapeHtml(pageUrl)}">\n` +
      `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}" title="${escapeHtml(title)}">`,
    'sw-allow-origins meta tag',
  );
  // Its files are one folder up.
  html = html.replace(/(\s(?:src|href)=")\.\//g, '$1../');
  return replaceOnce(
    html,
    /<main id="embed"><\/main>/,
    () => `<main id="embed"><p>${escapeHtml(fallback)}</p></main>`,
    '<main id="embed">',
  );
}

/**
 * The oEmbed 1.0 answer for a widget page: a "rich" iframe of the page as wide as the column and as tall as
 * measured, after a blockquote linking to it (WordPress shows the blockquote until the page tells its height).
 * `width` is the widest column the height was measured for.
 */
export function oembedAnswer({ title, pageUrl, height, providerName, providerUrl }) {
  const iframe = `<iframe src="${escapeHtml(pageUrl)}" title="${escapeHtml(title)}" width="100%" height="${Math.ceil(height)}" frameborder="0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: providerName,
    provider_url: providerUrl,
    width: MAX_WIDTH,
    height: Math.ceil(height),
    html: `<blockquote><a href="${escapeHtml(pageUrl)}">${escapeHtml(title)}</a></blockquote>${iframe}`,
  };
}

/**
 * The tallest height of each page at every column width the builder measures (shared/embed-height.js's
 * measureFrame, in headless Chromium), the bundle's folder served on this computer by `handler`. Resolves with
 * `{ heights: Map<page, number | string> }` (a string says why a page could not be measured), or `{ reason }`
 * when no browser can be started.
 * @param {{ folder: string, pages: string[], packageRoot: URL, handler: (demoFolder: string, folder: string) => Function, t: object }} options
 */
export async function measurePages({ folder, pages, packageRoot, handler, t }) {
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch {
    return { reason: t.noPuppeteer };
  }
  const { findChrome, CHROME_ARGS } = await import('./find-chrome.js');
  const executablePath = findChrome();
  if (!executablePath) return { reason: t.noChrome };
  const { createServer } = await import('node:http');
  const { fileURLToPath } = await import('node:url');
  // The builder's own files and the bundle, as `sw-widgets serve` serves them (CORS open, this computer only).
  const server = createServer(handler(fileURLToPath(new URL('demo/', packageRoot)), folder));
  await new Promise((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
    const tab = await browser.newPage();
    // Any page of that server (this one is its "not found" answer): the builder's module is then same-origin.
    await tab.goto(`${origin}/measure`);
    const results = await tab.evaluate(
      async ({ moduleUrl, urls }) => {
        const { measureFrame, NAMED_WIDTHS } = await import(moduleUrl);
        const out = {};
        let next = 0;
        // A few pages at a time, each in a frame off screen as the builder loads it.
        const worker = async () => {
          while (next < urls.length) {
            const url = urls[next++];
            const frame = document.createElement('iframe');
            frame.width = String(NAMED_WIDTHS[0]);
            frame.height = '10';
            frame.style.cssText = 'position:absolute;top:0;left:-10000px';
            frame.src = url;
            document.body.append(frame);
            try {
              out[url] = (await measureFrame(frame)).tallest;
            } catch (error) {
              out[url] = String(error?.message ?? error);
            }
            frame.remove();
          }
        };
        await Promise.all(Array.from({ length: 4 }, worker));
        return out;
      },
      { moduleUrl: `${origin}/shared/embed-height.js`, urls: pages.map((page) => `${origin}/cdn/${page}`) },
    );
    return { heights: new Map(pages.map((page) => [page, results[`${origin}/cdn/${page}`]])) };
  } catch (error) {
    // A browser that does not start, or a page that cannot run the builder's code: estimates, and why.
    return { reason: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await browser?.close();
    server.closeAllConnections();
    server.close();
  }
}

/** Removes the widget pages of an earlier bundle (a bundle without --base-url writes none). */
export async function removeWidgetPages(out) {
  await rm(join(out, WIDGET_FOLDER), { recursive: true, force: true });
}

/**
 * Writes widgets/<name>.html and widgets/<name>.json for every widget of the report into the bundle folder `out`
 * (replacing an earlier widgets/ folder), and prints where they are.
 * @param {{ out: string, report: object, baseUrl: string, context: object, handler: Function }} options
 */
export async function writeWidgetPages({ out, report, baseUrl, context, handler }) {
  const t = MESSAGES[context.lang] ?? MESSAGES.en;
  const root = context.packageRoot;
  const text = await textFunctions(root);
  const embedHtml = await readFile(join(out, 'embed.html'), 'utf8');
  const folder = join(out, WIDGET_FOLDER);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder);
  const origin = new URL(baseUrl).origin;
  const pages = reportWidgets(report).map((widget) => {
    const { page: pageUrl, oembed: oembedUrl } = widgetAddresses(widget, baseUrl);
    return { widget, pageUrl, oembedUrl, ...widgetTexts(report, widget, LANGUAGE, text) };
  });
  for (const page of pages) {
    await writeFile(
      join(folder, `${page.widget.name}.html`),
      widgetPageHtml(embedHtml, { ...page, query: widgetQuery(page.widget), origin }),
    );
  }

  const measured = await measurePages({
    folder: out,
    pages: pages.map((page) => `${WIDGET_FOLDER}/${page.widget.name}.html`),
    packageRoot: root,
    handler,
    t,
  });
  if (measured.reason) context.err(t.estimated(measured.reason));
  const index = [];
  for (const page of pages) {
    const tallest = measured.heights?.get(`${WIDGET_FOLDER}/${page.widget.name}.html`);
    const measuredHeight = typeof tallest === 'number' && tallest > 0 ? snippetHeight(tallest) : undefined;
    if (measured.heights && measuredHeight === undefined)
      context.err(t.failed(`${WIDGET_FOLDER}/${page.widget.name}.html`, String(tallest)));
    const height = measuredHeight ?? FALLBACK_HEIGHTS[page.widget.kind];
    const answer = oembedAnswer({
      title: page.title,
      pageUrl: page.pageUrl,
      height,
      providerName: (report.publisher && text.localize(report.publisher, LANGUAGE)) || 'sw-widgets',
      providerUrl: baseUrl,
    });
    await writeFile(join(folder, `${page.widget.name}.json`), JSON.stringify(answer, null, 2) + '\n');
    index.push({
      ...page.widget,
      title: page.title,
      page: page.pageUrl,
      oembed: page.oembedUrl,
      width: answer.width,
      height: answer.height,
      measured: measuredHeight !== undefined,
    });
  }
  // What the builder (demo/builder.js, for the report with this id) or any tool needs to offer these addresses.
  await writeFile(
    join(folder, INDEX_FILE),
    JSON.stringify({ baseUrl, report: report.id, language: LANGUAGE, widgets: index }, null, 2) + '\n',
  );
  const example = pages.find((page) => page.widget.attributes.metric === report.headline) ?? pages[0];
  context.out(t.written(pages.length, WIDGET_FOLDER, example.pageUrl));
  context.out(t.cors);
  return pages;
}
