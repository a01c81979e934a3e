import { checkOrigin, FETCHED_KEYS, LINK_KEYS, type OriginPolicy } from './embed-origins.js';

/**
 * What an embed page's query string asks for: `el` picks the widget
 * (stat-card, region-map, story-list, or map-list for a map with a linked
 * list) and every other key is an attribute of that element, checked against
 * the element's own attributes and, for attributes with a fixed set of
 * values, against those values. Addresses are checked against the page's
 * origin policy (embed-origins.ts): `src` and `geo-src` from another origin are
 * refused before anything is fetched. Pure: the element's attribute names come
 * from `attributesOf` (the classes' observedAttributes in the page).
 */

export const EMBED_KINDS = {
  'stat-card': ['sw-stat-card'],
  'region-map': ['sw-region-map'],
  'story-list': ['sw-story-list'],
  'map-list': ['sw-region-map', 'sw-story-list'],
} as const;

export type EmbedKind = keyof typeof EMBED_KINDS;

/** The id the page gives the map of a map-list, which its list follows. */
export const MAP_ID = 'map';

/** Attributes the page sets itself. */
const RESERVED = new Set(['for', 'id']);
/** Attributes with a fixed set of values (an element would quietly ignore any other). */
const ENUMERATED: Record<string, readonly string[]> = {
  theme: ['light', 'dark', 'auto'],
  variant: ['full', 'compact'],
  align: ['start', 'center'],
  sort: ['date', 'title'],
  layout: ['grid', 'geo'],
  compare: ['previous', 'first'],
  change: ['absolute', 'percent'],
  sparkline: ['on', 'off'],
  scale: ['quantile', 'quantize', 'threshold'],
  steps: ['3', '4', '5', '6', '7'],
};
const BOOLEAN = new Set(['tools', 'story-link', 'no-count-up']);
const POSITIVE_INTEGER = new Set(['limit', 'timeout']);

export interface EmbedWidget {
  tag: string;
  /** Attribute names and values, in query order; '' for a boolean attribute that is on. */
  attributes: Array<[string, string]>;
}

export type EmbedProblem =
  | { reason: 'missing-el' }
  | { reason: 'unknown-el'; value: string }
  | { reason: 'unknown-key'; key: string; kind: EmbedKind }
  | { reason: 'bad-value'; key: string; value: string; allowed?: readonly string[] }
  /** `src`/`geo-src` on an origin the page does not allow (`origin` is the scheme for a non-http(s) URL). */
  | { reason: 'origin-not-allowed'; key: string; origin: string }
  /** `story-href` to an origin the page does not allow, and not one of the report's story URLs. */
  | { reason: 'link-not-allowed'; key: string; origin: string };

/** A link on another origin, allowed only if the report has a story at exactly that URL (checked once the report is there). */
export interface LinkToCheck {
  key: string;
  url: string;
  origin: string;
}

export type EmbedQuery =
  | { ok: true; kind: EmbedKind; widgets: EmbedWidget[]; language: string | null; linksToCheck: LinkToCheck[] }
  | { ok: false; problem: EmbedProblem; language: string | null };

export interface EmbedQueryContext {
  /** The attributes an element observes (its class's observedAttributes). */
  attributesOf: (tag: string) => readonly string[];
  /** True for a provincial-level division code (`selected` selects nothing otherwise). */
  isDivision: (code: string) => boolean;
  /** The page's origin and the origins its publisher allowed. */
  origins: OriginPolicy;
}

/** A value the attribute can take, as set on the element: '' for on, null for off, or undefined when invalid. */
function attributeValue(key: string, value: string, context: EmbedQueryContext): string | null | undefined {
  if (BOOLEAN.has(key)) return value === '' || value === 'true' ? '' : value === 'false' ? null : undefined;
  if (POSITIVE_INTEGER.has(key)) return /^[1-9]\d{0,6}$/.test(value) ? value : undefined;
  if (key in ENUMERATED) return ENUMERATED[key].includes(value) ? value : undefined;
  if (key === 'selected') return value === '' || context.isDivision(value) ? value : undefined;
  return value;
}

function allowedValues(key: string): readonly string[] | undefined {
  if (BOOLEAN.has(key)) return ['true', 'false'];
  return ENUMERATED[key];
}

export function parseEmbedQuery(search: string, context: EmbedQueryContext): EmbedQuery {
  const params = [...new URLSearchParams(search)];
  // The last of repeated keys counts (no findLast or Object.hasOwn: Chrome 97 and 93, Safari 15.4).
  const last = (name: string) => params.filter(([key]) => key === name).pop()?.[1];
  const language = last('lang') ?? null;
  const el = last('el');
  if (el === undefined || el === '') return { ok: false, problem: { reason: 'missing-el' }, language };
  if (!Object.prototype.hasOwnProperty.call(EMBED_KINDS, el))
    return { ok: false, problem: { reason: 'unknown-el', value: el }, language };
  const kind = el as EmbedKind;
  const widgets: EmbedWidget[] = EMBED_KINDS[kind].map((tag) => ({ tag, attributes: [] }));
  const linksToCheck: LinkToCheck[] = [];
  if (kind === 'map-list') {
    widgets[0].attributes.push(['id', MAP_ID]);
    widgets[1].attributes.push(['for', MAP_ID]);
  }
  for (const [key, value] of params) {
    if (key === 'el') continue;
    const owners = RESERVED.has(key) ? [] : widgets.filter((widget) => context.attributesOf(widget.tag).includes(key));
    if (!owners.length) return { ok: false, problem: { reason: 'unknown-key', key, kind }, language };
    const shown = attributeValue(key, value, context);
    if (shown === undefined)
      return { ok: false, problem: { reason: 'bad-value', key, value, allowed: allowedValues(key) }, language };
    if (shown && (FETCHED_KEYS as readonly string[]).includes(key)) {
      const verdict = checkOrigin(shown, context.origins);
      if (!verdict.allowed)
        return { ok: false, problem: { reason: 'origin-not-allowed', key, origin: verdict.origin }, language };
    }
    if (shown && (LINK_KEYS as readonly string[]).includes(key)) {
      const verdict = checkOrigin(shown, context.origins);
      const pending = linksToCheck.findIndex((link) => link.key === key);
      if (pending >= 0) linksToCheck.splice(pending, 1);
      if (!verdict.allowed) {
        // Only an absolute http(s) URL can be one of the report's story URLs.
        if (!verdict.origin.includes('://'))
          return { ok: false, problem: { reason: 'link-not-allowed', key, origin: verdict.origin }, language };
        linksToCheck.push({ key, url: shown, origin: verdict.origin });
      }
    }
    for (const widget of owners) {
      widget.attributes = widget.attributes.filter(([name]) => name !== key);
      if (shown !== null) widget.attributes.push([key, shown]);
    }
  }
  return { ok: true, kind, widgets, language, linksToCheck };
}
