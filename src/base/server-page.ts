/**
 * What a server render (sw-widgets/ssr) tells the elements that a browser's
 * document would: the page's URL, and the other elements by id (a list follows
 * a map by `for`). Empty in browsers.
 */
export const serverPage: {
  /** The page's URL, to resolve a card's relative `story-href`. */
  baseUrl?: string;
  /** The elements of the page being rendered, by id. */
  root?: { getElementById(id: string): unknown };
} = {};
