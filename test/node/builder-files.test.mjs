// The embed builder's own modules (demo/builder.js and what it imports from demo/) are in the package and served
// by `sw-widgets serve`: a module missing from either leaves the builder blank there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const demo = new URL('../../demo/', import.meta.url);
// Read from the source: cli/commands/serve.js is loaded through the CLI's command table, not on its own.
const BUILDER_FILES = JSON.parse(
  /export const BUILDER_FILES = (\[[^\]]*\]);/.exec(readFileSync(new URL('../../cli/commands/serve.js', import.meta.url), 'utf8'))[1].replace(/'/g, '"'),
);

/** demo/builder.html's files and every demo/ module they import, transitively. */
function builderModules() {
  const found = new Set(['builder.html', 'builder.css']);
  const queue = ['builder.js'];
  while (queue.length) {
    const name = queue.pop();
    if (found.has(name)) continue;
    found.add(name);
    for (const [, path] of readFileSync(new URL(name, demo), 'utf8').matchAll(/^import [^;]*? from '\.\/([\w.-]+\.js)';/gm)) queue.push(path);
  }
  return [...found].sort();
}

test('every module of the builder is served by `sw-widgets serve` and shipped in the package', () => {
  const modules = builderModules();
  assert.ok(modules.includes('color-options.js') && modules.includes('embed-height.js'), modules.join(', '));
  assert.deepEqual(modules.filter((name) => !BUILDER_FILES.includes(name)), [], 'missing from cli/commands/serve.js BUILDER_FILES');
  const files = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).files;
  assert.deepEqual(modules.filter((name) => !files.includes(`demo/${name}`)), [], 'missing from package.json files');
});
