/**
 * What the iframe embed page (cdn/embed.html) may load and link to. The page runs on its
 * host's origin (a publisher's own domain, or the package's CDN), so anything it loads is
 * shown under that address: a report from another site could put anyone's titles and links
 * there, and geometry from another site anyone's borders. It therefore loads `src` and
 * `geo-src` only from its own origin and the origins its publisher listed at build time
 * (`<meta name="sw-allow-origins">`, written by the build), and links `story-href` only to
 * those origins or to one of the report's own story URLs. Pure: no DOM.
 */

/** Query keys whose value is fetched by the page. */
export const FETCHED_KEYS = ['src', 'geo-src'] as const;
/** Query keys whose value becomes a link on the page. */
export const LINK_KEYS = ['story-href'] as const;

/** An origin list as written in the meta tag or build setting: separated by spaces or commas; only http(s) origins are kept. */
export function parseAllowedOrigins(list: string | null | undefined): string[] {
  const origins = new Set<string>();
  for (const item of (list ?? '').split(/[\s,]+/)) {
    const origin = httpOrigin(item);
    if (origin) origins.add(origin);
  }
  return [...origins];
}

/** The origin of an http(s) URL (resolved against `base`), or null for anything else. */
export function httpOrigin(url: string, base?: string): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export interface OriginPolicy {
  /** The embed page's own origin. */
  pageOrigin: string;
  /** The page's URL, against which relative values resolve. */
  pageUrl: string;
  /** Origins the publisher allowed at build time. */
  allowedOrigins: readonly string[];
}

export type OriginVerdict =
  | { allowed: true; url: string }
  /** `origin` is the value's origin, or its scheme (`data:`, `javascript:`) when it is not http(s), or '' when it is no URL. */
  | { allowed: false; origin: string };

/** Whether the page may fetch from, or link to, `value`. */
export function checkOrigin(value: string, policy: OriginPolicy): OriginVerdict {
  const origin = httpOrigin(value, policy.pageUrl);
  if (!origin) {
    let scheme = '';
    try {
      scheme = new URL(value, policy.pageUrl).protocol;
    } catch {
      /* not a URL at all */
    }
    return { allowed: false, origin: scheme };
  }
  if (origin === policy.pageOrigin || policy.allowedOrigins.includes(origin))
    return { allowed: true, url: new URL(value, policy.pageUrl).href };
  return { allowed: false, origin };
}
