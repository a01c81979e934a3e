// The build's minification of template text (scripts/build/rollup-templates.mjs): what ships in every bundle.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssText, minifyTemplates } from '../../scripts/build/rollup-templates.mjs';

// A run of whitespace at either end becomes one space (a template's part may meet an interpolation there).
test('CSS comments go, also one with an apostrophe; quoted strings stay as written', () => {
  const css = `
    .stale {
      /* The notice sits outside the element's own box: the page's background. */
      background: var(--_surface);
    }
    /* it's */ .a { font-family: 'PingFang SC', "it's /* not a comment */", sans-serif; content: '·'; }
  `;
  assert.equal(
    minifyCssText(css),
    ` .stale{background:var(--_surface);}.a{font-family:'PingFang SC',"it's /* not a comment */",sans-serif;content:'·';}`,
  );
});

test('css`…` templates and a plain template assigned to a const named …_CSS are minified; other strings are not', () => {
  const code = [
    'const styles = css`\n  .a {\n    color: red; /* why */\n  }\n`;',
    "export const GEO_CSS = `\n  .b {\n    fill: blue; /* it's */\n  }\n`;",
    'const text = `\n  keep   this /* as is */\n`;',
  ].join('\n');
  const out = minifyTemplates(code, 'x.ts');
  assert.match(out, /css` \.a\{color:red;\}`/);
  assert.match(out, /GEO_CSS = ` \.b\{fill:blue;\}`/);
  assert.match(out, /`\n {2}keep {3}this \/\* as is \*\/\n`/);
});
