// After tsc writes dist/: the same template minification as the script-tag bundles (scripts/build/rollup-templates.mjs).
// Not only smaller: Lit's hydration checks that a template's strings are the ones the server rendered, so the
// server renderer (dist/ssr, rendering dist/ elements) and the cdn/ bundles must carry identical template text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplates } from './rollup-templates.mjs';

function* jsFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

let changed = 0;
for (const file of jsFiles('dist')) {
  const code = readFileSync(file, 'utf8');
  if (!/\b(css|html|svg)\s*`|[^\x00-\x7f]/.test(code)) continue;
  const out = minifyTemplates(code, file);
  if (out !== null && out !== code) {
    writeFileSync(file, out);
    changed++;
  }
}
console.log(`dist/: templates minified in ${changed} files`);
