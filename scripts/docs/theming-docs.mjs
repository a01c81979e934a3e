// docs/theming.md from custom-elements.json and src/base/theme.styles.ts: every `--sw-*`
// custom property and CSS part of each element, with its light and dark defaults.
// Shared defaults are read from the theme's CSS (the values the elements really use);
// an element's own properties give theirs in their JSDoc ("Default: …").
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const theme = readFileSync('src/base/theme.styles.ts', 'utf8');

/** `--sw-x` → its fallback in `var(--sw-x, fallback)`, in one part of the theme's CSS. */
function fallbacks(css) {
  const out = new Map();
  for (const match of css.matchAll(/var\(\s*(--sw-[\w-]+)\s*,\s*([^;]*?)\s*\)\s*;/gs))
    out.set(match[1], match[2].replace(/\s+/g, ' '));
  return out;
}
const darkCss = theme.match(/const DARK_CSS = `([\s\S]*?)`/)?.[1] ?? '';
const lightCss = theme.slice(theme.indexOf('export const themeStyles'));
const light = fallbacks(lightCss);
const dark = fallbacks(darkCss);
if (!light.size || !dark.size) throw new Error('theming-docs: could not read the defaults in src/base/theme.styles.ts');

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => `\`${cell(text)}\``;
const ownDefault = (description = '') => description.match(/Default:\s*(.+?)\.?$/)?.[1] ?? '';
const withoutDefault = (description = '') => description.replace(/\s*Default:.*$/, '');

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
const shared = [...light.keys()];
const sharedDescription = new Map();
for (const element of elements)
  for (const p of element.cssProperties ?? [])
    if (shared.includes(p.name) && !sharedDescription.has(p.name))
      sharedDescription.set(p.name, withoutDefault(p.description));
// The base class's descriptions are the general ones; an element may say more about what the property colors in it.
const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'SwElement');
for (const p of base?.cssProperties ?? [])
  if (shared.includes(p.name)) sharedDescription.set(p.name, withoutDefault(p.description));

const out = [
  '# Theming',
  '',
  'Generated from `custom-elements.json` and `src/base/theme.styles.ts` by `scripts/docs/theming-docs.mjs` during `npm run build`. Do not edit.',
  '',
  "Everything a page can change is listed here: custom properties (`--sw-*`), which pass into the shadow root, and CSS parts (`::part(name)`). Nothing else of a page's CSS reaches inside the elements.",
  '',
  '```css',
  '/* One element, a group, or the whole page: custom properties are inherited. */',
  'sw-stat-card { --sw-accent: #0b6e4f; --sw-radius: 0; }',
  '.sidebar { --sw-space: 0.75rem; }',
  ':root { --sw-font: "Noto Serif SC", serif; }',
  '',
  '/* Parts: style one piece of one element. */',
  'sw-stat-card::part(value) { letter-spacing: -0.02em; }',
  'sw-story-list::part(title) { font-size: 1.125rem; }',
  '',
  "/* Use the page's own font and text color (neither is inherited unless asked). */",
  'sw-stat-card, sw-region-map, sw-story-list { font-family: inherit; --sw-text: currentColor; }',
  '```',
  '',
  '`theme="dark"` swaps the defaults of the color properties (second column below); `theme="auto"` follows the reader\'s system setting. A property you set applies in both themes, so set dark values on `[theme=dark]` if you change colors: `sw-region-map[theme=dark] { --sw-accent: #7fd1b9; }`.',
  '',
  "**Inheriting the page's font and color.** By default the elements use their own font stack and text color, whatever the page sets on `body`, `p`, `div` and the like (those rules do not cross the shadow root). To use the page's font, set `font-family: inherit` (or any font) on the tags; to use the page's text color, set `--sw-text: currentColor` (`--sw-text: inherit` does not do this: it copies the parent's `--sw-text`, which is usually unset). Only those two follow the page; muted text, surfaces and accents keep their theme colors. A rule on the tags themselves, including `*`, can set their font family, never their colors.",
  '',
  '## Shared custom properties',
  '',
  'Every element reads these.',
  '',
  `| property | default (light) | default (dark) | what it sets |`,
  '|---|---|---|---|',
  ...shared.map(
    (name) =>
      `| ${code(name)} | ${code(light.get(name))} | ${dark.has(name) ? code(dark.get(name)) : 'same'} | ${cell(sharedDescription.get(name) ?? '')} |`,
  ),
  '',
];

for (const element of elements) {
  const own = (element.cssProperties ?? []).filter((p) => !shared.includes(p.name));
  const uses = (element.cssProperties ?? []).filter((p) => shared.includes(p.name));
  out.push(`## \`<${element.tagName}>\``, '');
  if (own.length) {
    out.push('Custom properties of its own:', '', '| property | default | what it sets |', '|---|---|---|');
    for (const p of own)
      out.push(
        `| ${code(p.name)} | ${cell(ownDefault(p.description)) || '—'} | ${cell(withoutDefault(p.description))} |`,
      );
    out.push('');
  }
  const specific = uses.filter((p) => withoutDefault(p.description) !== sharedDescription.get(p.name));
  if (specific.length) {
    out.push('What the shared properties set in it:', '', '| property | in this element |', '|---|---|');
    for (const p of specific) out.push(`| ${code(p.name)} | ${cell(withoutDefault(p.description))} |`);
    out.push('');
  }
  out.push('CSS parts (`' + element.tagName + '::part(name)`):', '', '| part | what it is |', '|---|---|');
  for (const part of element.cssParts ?? []) out.push(`| ${code(part.name)} | ${cell(part.description)} |`);
  out.push('');
}

writeFileSync('docs/theming.md', out.join('\n'));
console.log('docs/theming.md written');
