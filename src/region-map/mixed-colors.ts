/**
 * The map's mixed colors for engines without CSS color-mix() (Chrome < 111, Safari < 16.2, Firefox < 113), where the
 * class colors and the geographic borders of region-map.styles.ts would be invalid: tiles and swatches would be black
 * or empty. The same sRGB mixes, computed from the element's resolved theme colors (a partner's --sw-* included),
 * written as rules after the element's own: a constructed stylesheet, or a `<style>` element (with
 * `window.litNonce`, as Lit adds the element's own styles) where the engine has none. Applied by region-map.ts after
 * every render, and again when the reader's color scheme changes; loaded only by those engines (cdn/sw-mixed-colors.js).
 */

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
    const steps = STEPS.map((step, i) => (step ? `.step-${i + 1}{--_fill:var(--sw-map-step-${i + 1},${mix('--_accent', step[0] / 100, step[1])})}` : ''));
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
  const css = mixedColorCss(root);
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
