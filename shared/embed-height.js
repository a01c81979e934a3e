// How tall the builder's iframe snippet must be: the embed page (cdn/embed.html, on the builder's own site) is
// loaded off screen with the widget as configured, and once every widget shows its content (or its error) its
// height is read at every column width from MIN_WIDTH to MAX_WIDTH. A widget's height does not follow its width
// in one direction (a tile map grows with its width until its legend moves beside it at 44rem, a list grows as
// it narrows), so the widths are scanned, and each px around each local maximum is read. The height is read
// straight from the frame's layout: an off-screen frame may not run its ResizeObservers (Chromium throttles
// it), so the heights the embed page posts may be stale there.

/** The narrowest and widest column the snippet is made for. */
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 1280;
/** Before it is measured, or when it cannot be, a height that fits each widget of the bundled report at 320 px. */
export const FALLBACK_HEIGHTS = { 'stat-card': 400, 'region-map': 1100, 'story-list': 2400, 'map-list': 3200 };
/** The widths the builder names to the editor (every other width is scanned too). */
export const NAMED_WIDTHS = [320, 360, 480, 640, 720, 960, 1280];
const SCAN_STEP = 16;

/**
 * The widths to read after a coarse scan: every px within one step of each local maximum. Pure.
 * @param {Array<[number, number]>} samples [width, height] pairs in increasing width
 * @returns {number[]}
 */
export function refineWidths(samples) {
  const widths = new Set();
  samples.forEach(([width, height], i) => {
    const before = i > 0 ? samples[i - 1][1] : -Infinity;
    const after = i < samples.length - 1 ? samples[i + 1][1] : -Infinity;
    if (height < before || height < after) return;
    const from = i > 0 ? samples[i - 1][0] : width;
    const to = i < samples.length - 1 ? samples[i + 1][0] : width;
    for (let w = from; w <= to; w++) widths.add(w);
  });
  for (const [width] of samples) widths.delete(width);
  return [...widths].sort((a, b) => a - b);
}

/**
 * The iframe's height for the tallest height measured: 3% and 8 px more, for fonts that differ on readers'
 * computers (the measure is taken with the editor's). Pure.
 * @param {number} tallest
 */
export function snippetHeight(tallest) {
  return Math.ceil(tallest * 1.03 + 8);
}

/** The widths of the coarse scan: MIN_WIDTH to MAX_WIDTH every SCAN_STEP px, with the named ones. */
export function scanWidths() {
  const widths = new Set(NAMED_WIDTHS);
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w += SCAN_STEP) widths.add(w);
  return [...widths].sort((a, b) => a - b);
}

const WIDGETS = 'sw-stat-card, sw-region-map, sw-story-list';

/** True once the embed page shows its widgets, each rendered with its report (or its error), or its own error. */
function settled(doc) {
  const root = doc && doc.getElementById('embed');
  if (!root || !root.firstElementChild) return false;
  if (root.querySelector('.embed-error')) return true;
  const widgets = [...root.querySelectorAll(WIDGETS)];
  return (
    widgets.length > 0 &&
    widgets.every(
      (el) =>
        el.hasUpdated &&
        !el.isUpdatePending &&
        el.shadowRoot &&
        el.shadowRoot.firstElementChild &&
        !el.shadowRoot.querySelector('[part~="placeholder"], [aria-busy="true"]'),
    )
  );
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the embed page in `frame` (same origin as the builder) to show its widgets, then reads its height at
 * each width. Resolves to { heights: Map<width, height>, tallest, at } or rejects after `timeoutMs`, or with
 * 'aborted' once `isCurrent()` turns false (the options changed meanwhile).
 * @param {HTMLIFrameElement} frame
 * @param {{ timeoutMs?: number, isCurrent?: () => boolean }} [options]
 */
export async function measureFrame(frame, { timeoutMs = 30000, isCurrent = () => true } = {}) {
  const started = Date.now();
  // Two checks in a row, 100 ms apart: a widget that swaps its content (a report, then its on-demand code) is past it.
  let calm = 0;
  while (calm < 2) {
    if (!isCurrent()) throw new Error('aborted');
    if (Date.now() - started > timeoutMs) throw new Error('timeout');
    await delay(100);
    const doc = frame.contentDocument;
    calm = doc && doc.readyState === 'complete' && settled(doc) ? calm + 1 : 0;
  }
  const doc = frame.contentDocument;
  await Promise.all([...doc.querySelectorAll(WIDGETS)].map((el) => el.updateComplete));
  if (doc.fonts) await doc.fonts.ready;
  if (!isCurrent()) throw new Error('aborted');
  // No scrollbar in the frame: it would narrow the page the widget lays out in.
  doc.documentElement.style.overflow = 'hidden';
  const heightAt = (width) => {
    frame.width = String(width);
    // The frame's own layout first (its width becomes the page's), then the page's.
    void frame.offsetWidth;
    return Math.ceil(Math.max(doc.documentElement.getBoundingClientRect().height, doc.body.scrollHeight));
  };
  const heights = new Map();
  const samples = scanWidths().map((width) => [width, heightAt(width)]);
  for (const [width, height] of samples) heights.set(width, height);
  for (const width of refineWidths(samples)) heights.set(width, heightAt(width));
  let tallest = 0;
  let at = MIN_WIDTH;
  for (const [width, height] of heights) {
    if (height > tallest || (height === tallest && width < at)) [tallest, at] = [height, width];
  }
  return { heights, tallest, at };
}
