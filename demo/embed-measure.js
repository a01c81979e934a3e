// How tall an iframe of the embed page must be: the page is loaded at 360 and 720 px wide and each posts its
// content's height (`sw-embed-height`, ready once its widgets show their content); the snippet uses the tallest.
// Used by the builder (demo/builder.js) as the editor changes options, and by `sw-widgets bundle --base-url`
// (cli/lib/widget-pages.js) for each widget page's oEmbed answer, in a headless browser.

/** The widths an embed is measured at: a phone's column and a wide article column. */
export const MEASURE_WIDTHS = [360, 720];

/** Before it is measured, a height that fits each widget at 360 px in the bundled report. */
export const FALLBACK_HEIGHTS = { 'stat-card': 320, 'region-map': 720, 'story-list': 1400, 'map-list': 2000 };

/**
 * The height an embed needs once every width is measured (the tallest), else undefined.
 * @param {number[]} heights one per MEASURE_WIDTHS entry, as measureFrames reports them
 */
export function embedHeight(heights) {
  // Every width measured (a frame that is ready second leaves a hole that every() would skip).
  return MEASURE_WIDTHS.every((_, i) => heights[i] > 0) ? Math.max(...heights) : undefined;
}

/**
 * Loads `url` in an iframe per measuring width inside `container` (replacing what it held) and calls
 * `onHeights(heights)` whenever one of them posts a ready height. A height posted before the page's widgets
 * are ready is the loading placeholder's, not the widget's: it is left out. Returns a function that stops
 * listening.
 * @param {Element} container
 * @param {string} url
 * @param {(heights: number[]) => void} onHeights
 */
export function measureFrames(container, url, onHeights) {
  const heights = [];
  const frames = MEASURE_WIDTHS.map((width) => {
    const frame = container.ownerDocument.createElement('iframe');
    frame.width = String(width);
    frame.height = '100';
    frame.tabIndex = -1;
    frame.title = `${width}px`;
    frame.src = url;
    return frame;
  });
  const view = container.ownerDocument.defaultView;
  const listener = (event) => {
    if (event.data?.type !== 'sw-embed-height' || event.data.ready === false) return;
    const index = frames.findIndex((frame) => frame.contentWindow === event.source);
    if (index < 0) return;
    heights[index] = event.data.height;
    onHeights([...heights]);
  };
  view.addEventListener('message', listener);
  container.replaceChildren(...frames);
  return () => view.removeEventListener('message', listener);
}

/**
 * Resolves with the heights of `url` at each width once every width is measured and no height has changed for
 * `settleMs` (fonts and a card's count-up may move it after the first ready height), or rejects after `timeoutMs`.
 * @param {Element} container
 * @param {string} url
 * @param {{ settleMs?: number, timeoutMs?: number }} [options]
 * @returns {Promise<number[]>}
 */
export function measureEmbed(container, url, { settleMs = 400, timeoutMs = 20000 } = {}) {
  return new Promise((resolve, reject) => {
    let settle = 0;
    const finish = (done) => {
      clearTimeout(settle);
      clearTimeout(limit);
      stop();
      done();
    };
    const limit = setTimeout(() => finish(() => reject(new Error(`${url}: no height after ${timeoutMs} ms`))), timeoutMs);
    const stop = measureFrames(container, url, (heights) => {
      clearTimeout(settle);
      if (embedHeight(heights) !== undefined) settle = setTimeout(() => finish(() => resolve(heights)), settleMs);
    });
  });
}
