/**
 * The renderer of sw-widgets/ssr, without a DOM shim: index.ts (Node) and
 * worker.ts (a Web Worker, for the embed builder) install one and register
 * the elements before they use it.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeCSS } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { serverPage } from '../base/server-page.js';
import { loadReportChecks, type Theme } from '../base/sw-element.js';
import { loadBundledReport } from '../report/load-bundled.js';
import { loadProgressCode, loadSeriesCode, StatCard } from '../stat-card/stat-card.js';

// A given `report` is checked by the element's own validation, the bundled report and a card's series code are
// loaded, on demand; loaded first (index.ts and worker.ts wait for this before rendering), so that a server render
// shows them (or the error) rather than the loading placeholder. Not a top-level await: the worker's bundle is
// ES2020 (scripts/build/browser-floor.mjs).
export const rendererReady = Promise.all([
  loadReportChecks(),
  loadBundledReport(),
  loadSeriesCode(),
  loadProgressCode(),
]).then(([, , series, progress]) => {
  // A card's series and progress styles come with their code in the browser (stat-card.ts); the server writes them
  // with the card's.
  (StatCard as unknown as { finalize(): void }).finalize();
  StatCard.elementStyles.push(unsafeCSS(series.SERIES_CSS), unsafeCSS(progress.PROGRESS_CSS));
});

/** The tags `sw-widgets/ssr` renders. */
export const SERVER_RENDERED_TAGS = ['sw-stat-card', 'sw-region-map', 'sw-story-list'] as const;
export type ServerRenderedTag = (typeof SERVER_RENDERED_TAGS)[number];

/** Attribute values: strings and numbers as they are, `true` as an empty attribute; `false`, null and undefined leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Record<string, AttributeValue>;

/** Options of `renderToString` and `renderPage`. */
export interface RenderOptions {
  /**
   * A report to show instead of the bundled one; validated like the element's `report` property (an invalid
   * report gives the element's error markup). The browser needs the same report to hydrate: give the element a
   * `src` attribute that serves it, or set its `report` property in the page (the element waits for it:
   * the output then carries `defer-hydration`).
   */
  report?: unknown;
  /** Language of the elements (zh-Hans, zh-Hant, en or any BCP 47 tag); written as their `lang` attribute. Default zh-Hans. */
  lang?: string;
  /** Color theme: light (default), dark or auto; written as their `theme` attribute. */
  theme?: Theme;
  /** The URL of the page the HTML goes into, to resolve a card's relative `story-href` as the browser will. */
  baseUrl?: string;
}

/** One element of `renderPage`. */
export interface PageElement {
  tag: ServerRenderedTag;
  attributes?: Attributes;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function openingTag(tag: string, attributes: Attributes, options: RenderOptions): string {
  if (!(SERVER_RENDERED_TAGS as readonly string[]).includes(tag)) {
    throw new TypeError(`sw-widgets/ssr renders ${SERVER_RENDERED_TAGS.join(', ')}, not "${tag}"`);
  }
  const all: Attributes = { ...attributes };
  all.lang ??= options.lang ?? 'zh-Hans';
  if (options.theme) all.theme ??= options.theme;
  if (all.src != null && all.src !== false && options.report === undefined) {
    throw new TypeError(
      `<${tag} src>: a server cannot load src; load the report and pass it as options.report (the browser loads src to hydrate)`,
    );
  }
  if (options.report !== undefined && (all.src == null || all.src === false)) all['defer-hydration'] ??= true;
  let text = tag;
  for (const [name, value] of Object.entries(all)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`Not an attribute name: "${name}"`);
    if (value === false || value === null || value === undefined) continue;
    text += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

/** The part markers of the wrapping template (the page hydrates each element, never the wrapper). */
function unwrap(markup: string): string {
  return markup
    .replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<(sw-[a-z-]+)\s+/, '<$1 ');
}

function renderOne(tag: string, attributes: Attributes, options: RenderOptions): string {
  // A static template (lit/static-html.js): the tag name is a static value, which the Lit lint rules cannot tell.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${unsafeStatic(openingTag(tag, attributes, options))} .report=${options.report}></${unsafeStatic(tag)}>`;
  return unwrap(collectResultSync(render(template)));
}

function withPage<T>(elements: PageElement[], options: RenderOptions, run: () => T): T {
  const byId = new Map(
    elements
      .filter((element) => element.attributes?.id != null)
      .map((element) => [String(element.attributes!.id), element]),
  );
  serverPage.baseUrl = options.baseUrl;
  serverPage.root = {
    getElementById(id: string) {
      const element = byId.get(id);
      if (!element) return null;
      const selected = element.attributes?.selected;
      // What a list reads of the map it follows (`for`): the map's selection.
      return {
        selected: typeof selected === 'string' || typeof selected === 'number' ? String(selected).trim() || null : null,
        getAttribute: () => null,
      };
    },
  };
  try {
    return run();
  } finally {
    serverPage.baseUrl = undefined;
    serverPage.root = undefined;
  }
}

/**
 * One element as HTML: the tag with its attributes and a declarative shadow root holding its content and
 * styles, from the bundled report or `options.report`. Problems show as the element shows them (role="alert").
 *
 * @example renderToString('sw-stat-card', { metric: 'chaozhou-volunteers' }, { lang: 'en' })
 */
export function renderToString(
  tag: ServerRenderedTag,
  attributes: Attributes = {},
  options: RenderOptions = {},
): string {
  return withPage([{ tag, attributes }], options, () => renderOne(tag, attributes, options));
}

/**
 * Several elements of one page sharing one report, e.g. a map and a story list that follows it
 * (`for` = the map's `id`; the list shows the map's `selected` division). Returns each element's HTML,
 * in order, for the page to place.
 */
export function renderPage(elements: PageElement[], options: RenderOptions = {}): string[] {
  return withPage(elements, options, () =>
    elements.map(({ tag, attributes = {} }) => renderOne(tag, attributes, options)),
  );
}
