/**
 * The map's mixed colors for engines without CSS color-mix() (Chrome < 111, Safari < 16.2, Firefox < 113), where the
 * class colors and the geographic borders of region-map.styles.ts would be invalid: tiles and swatches would be black
 * or empty. The same sRGB mixes, computed from the element's resolved theme colors (a partner's --sw-* included),
 * written as rules after the element's own: a constructed stylesheet, or a `<style>` element (with
 * `window.litNonce`, as Lit adds the element's own styles) where the engine has none. Applied by sw-element.ts after
 * every render of every element (with FLEX_GAP_FALLBACK), and again when the reader's color scheme changes; loaded only by those engines (in cdn/sw-choropleth.js,
 * src/cdn-choropleth.ts).
 */

/**
 * Flex `gap` fallbacks for every element (Chrome < 84 and Safari 14.0, which lack color-mix() too and so load this
 * file): margins where the elements' styles use gap (the card's body, the map's legend, the list's filter line, the
 * export tools), placing each item where gap would (test/engine-fallbacks.test.ts). `@supports not (aspect-ratio: 1)`
 * is the nearest test those engines fail; it also takes Chrome 84–87 and Safari 14.1, harmlessly. Kept out of the
 * elements' own styles, which every engine loads (the 30 KB budget).
 */
export const FLEX_GAP_FALLBACK =
  '@supports not (aspect-ratio:1){.tools,.filter,.card .body,.legend ul,.legend li{gap:0}.tools>*{margin-right:.5rem}.filter>*{margin-right:.75rem}' +
  '.card .body>*+:not(:nth-child(2)){margin-top:calc(var(--_space)/2)}.compact .body>*+:not(:nth-child(2)){margin-top:calc(var(--_space)/3)}' +
  '.legend li{margin:0 1em .25em 0}.legend .swatch{margin-right:.4em}}';

/** Steps 1–7: the share of the accent and what it is mixed with, as region-map.styles.ts mixes them (5 is the accent). */
const STEPS: ReadonlyArray<readonly [number, string] | undefined> = [
  [14, '--_surface'],
  [32, '--_surface'],
  [52, '--_surface'],
  [82, '--_surface'],
  undefined,
  [72, '--_text'],
  [50, '--_text'],
];

/** The rules giving `.step-N` and `--_map-border` their colors in this shadow root's theme. */
export function mixedColorCss(root: ShadowRoot): string {
  const probe = document.createElement('i');
  root.append(probe);
  const channels = (name: string) => {
    probe.style.color = `var(${name})`;
    return (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number);
  };
  /** color-mix(in srgb, a share, b) for opaque colors. */
  const mix = (a: string, share: number, b: string) => {
    const [first, second] = [channels(a), channels(b)];
    return `rgb(${[0, 1, 2].map((i) => Math.round((first[i] * share + second[i] * (1 - share)) * 100) / 100).join(',')})`;
  };
  try {
    const steps = STEPS.map((step, i) =>
      step ? `.step-${i + 1}{--_fill:var(--sw-map-step-${i + 1},${mix('--_accent', step[0] / 100, step[1])})}` : '',
    );
    return `${steps.join('')}:host{--_map-border:var(--sw-map-border,${mix('--_text-muted', 0.45, '--_surface')})}`;
  } finally {
    probe.remove();
  }
}

const CONSTRUCTABLE = 'adoptedStyleSheets' in Document.prototype && 'replace' in CSSStyleSheet.prototype;
/** Each shadow root's rules and what they say; and the roots on the page, for a change of color scheme. */
const applied = new WeakMap<ShadowRoot, { sheet: CSSStyleSheet | HTMLStyleElement; css: string }>();
const connected = new Set<ShadowRoot>();

/** Writes the mixed colors into the shadow root (once per change of its theme). */
export function applyMixedColors(root: ShadowRoot): void {
  for (const other of connected) if (!other.host.isConnected) connected.delete(other);
  connected.add(root);
  const css = FLEX_GAP_FALLBACK + mixedColorCss(root);
  let entry = applied.get(root);
  if (entry?.css === css) return;
  if (!entry) {
    let sheet: CSSStyleSheet | HTMLStyleElement;
    if (CONSTRUCTABLE) {
      sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } else {
      sheet = document.createElement('style');
      const nonce = (window as { litNonce?: string }).litNonce;
      if (nonce !== undefined) sheet.setAttribute('nonce', nonce);
      root.append(sheet);
    }
    applied.set(root, (entry = { sheet, css }));
  }
  entry.css = css;
  if (entry.sheet instanceof HTMLStyleElement) entry.sheet.textContent = css;
  else entry.sheet.replaceSync(css);
}

// The dark theme of `theme="auto"` follows the system: mixed again when it changes.
matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', () => {
  for (const root of connected) if (root.host.isConnected) applyMixedColors(root);
});
