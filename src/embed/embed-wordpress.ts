/**
 * WordPress's side of an oEmbed iframe. For an answer with a `<blockquote>` fallback, WordPress sandboxes the
 * iframe (`sandbox="allow-scripts"`: the page runs with an opaque origin), adds `#?secret=…` to its address,
 * hides it behind the blockquote and loads wp-embed.js, which shows it and sets its height when the page posts
 * `{ secret, message: 'height', value }` (clamped to 200–1000 px), and asks for that again with
 * `{ message: 'ready', secret }`. Pure: no DOM.
 */

/** The tallest height wp-embed.js sets: a taller page keeps the height of the oEmbed answer instead. */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** The secret WordPress put in the page's address (`#?secret=AbC123`), or null outside WordPress. */
export function wordpressSecret(hash: string): string | null {
  const match = /^#\?(?:[^#]*&)?secret=([A-Za-z0-9]+)(?:&|$)/.exec(hash);
  return match ? match[1] : null;
}

export type WordpressMessage =
  { secret: string; message: 'height'; value: number } | { secret: string; message: 'show' };

/**
 * What to post to WordPress for a content height: the height itself, or, above what wp-embed.js would set
 * (it would cut the widget at 1000 px), only a message that shows the iframe at the oEmbed answer's height.
 */
export function wordpressMessage(secret: string, height: number): WordpressMessage {
  return height <= WORDPRESS_MAX_HEIGHT
    ? { secret, message: 'height', value: Math.ceil(height) }
    : { secret, message: 'show' };
}

/** True for wp-embed.js's `{ message: 'ready', secret }` with this page's secret. */
export function isWordpressReady(data: unknown, secret: string | null): boolean {
  const message = data as { message?: unknown; secret?: unknown } | null;
  return Boolean(secret) && message?.message === 'ready' && message.secret === secret;
}
