/**
 * Engine-neutral test helpers: the same call in Chromium, Firefox and WebKit (scripts/test/wtr-engine.mjs).
 * Where an engine's driver cannot do something (media emulation outside Chromium, the accessibility
 * tree in WebKit), the helper says so and `skipUnless` skips that test in that engine only, with the reason
 * in the test's title.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this page, from its user agent (Firefox: "Firefox/"; Chromium: "Chrome/"; else WebKit). */
export const ENGINE: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark' | '';
  reducedMotion?: 'reduce' | 'no-preference' | '';
  forcedColors?: 'active' | 'none' | '';
}

/** Emulates media features; false when this engine's driver cannot (Firefox over BiDi, WebKitWebDriver). */
export function emulateMedia(features: MediaFeatures): Promise<boolean> {
  return executeServerCommand('sw-emulate-media', features) as Promise<boolean>;
}

/** Resets the emulated media features (a no-op where nothing can be emulated). */
export function resetMedia(): Promise<boolean> {
  return emulateMedia({ colorScheme: '', reducedMotion: '', forcedColors: '' });
}

/** Sets the size of the layout viewport in CSS pixels. */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('sw-viewport', size);
}

/** Presses a chord: every key but the last held down while the last is pressed (`['Shift', 'Tab']`). Space is `' '`. */
export async function pressKeys(...keys: string[]): Promise<void> {
  await executeServerCommand('sw-keys', { keys });
}

/**
 * Sends a command whose work may take longer than the 20 s the runner lets a command take (opening a page, reading
 * an accessibility tree on a loaded machine): it answers an id at once, then `sw-turn` answers the value once it is
 * there, asked again every few seconds until then (scripts/test/wtr-turns.mjs).
 */
export async function inTurns<T>(command: string, payload: object): Promise<T> {
  const id = await executeServerCommand<number, object>(command, payload);
  for (;;) {
    const turn = await executeServerCommand<{ done: boolean; value?: T }, { id: number }>('sw-turn', { id });
    if (turn.done) return turn.value as T;
  }
}

/**
 * How many nodes of the browser's accessibility tree (not the DOM) under the shadow root of the first element
 * matching `selector` have each role (and name, when given); null in an engine whose driver has no access (WebKit).
 */
export async function axCounts(
  selector: string,
  queries: Array<{ role?: string; name?: string }>,
): Promise<number[] | null> {
  return (await inTurns<number[] | false>('sw-ax-query', { selector, queries })) || null;
}

/** The texts of the accessibility tree under the first element matching `selector`, in order; null outside Chromium. */
export async function axTexts(selector: string): Promise<string[] | null> {
  return (await inTurns<string[] | false>('sw-ax-text', { selector })) || null;
}

/**
 * Skips the running test in this engine when `supported` is false, saying why in its title (shown by the
 * runner as a skipped test), e.g. `skipUnless(this, await emulateMedia({...}), 'no media emulation over BiDi')`.
 */
export function skipUnless(context: Mocha.Context, supported: boolean, reason: string): void {
  if (supported) return;
  if (context.test) context.test.title += ` (skipped in ${ENGINE}: ${reason})`;
  context.skip();
}

/** The reason media-feature tests skip outside Chromium. */
export const NO_MEDIA_EMULATION = 'its driver cannot emulate media features (CDP only); tested in Chromium';

/** Why tests of whole pages through the page probe (test/support/probe.ts) run in Chromium only. */
export const PAGE_PROBE_CHROMIUM_ONLY =
  'the page probe reads console, CSP violations and page errors from a puppeteer CDP page; tested in Chromium';

/**
 * A point for isPointInFill() in the element's coordinates: an SVGPoint, which Chromium before 110 requires there
 * (a DOMPoint throws a TypeError); it transforms like a DOMPoint (matrixTransform).
 */
export function svgPoint(element: SVGGraphicsElement, x: number, y: number): DOMPoint {
  const point = element.ownerSVGElement!.createSVGPoint();
  point.x = x;
  point.y = y;
  return point;
}

/** Chromium before 111 (the old-engines group: Chromium 92 and 108), where a few timing comparisons are skipped. */
export const OLDER_CHROMIUM = Number(/Chrome\/(\d+)/.exec(navigator.userAgent)?.[1] ?? Infinity) < 111;
