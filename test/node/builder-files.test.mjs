// The embed builder's own modules (demo/builder.js and what it imports from demo/ and shared/) are in the package
// and served by `sw-widgets serve`: a module missing from either leaves the builder blank there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BUILDER_FILES, SHARED_FILES } from '../../cli/lib/preview-server.js';

const root = new URL('../../', import.meta.url);
const SERVED = { demo: BUILDER_FILES, shared: SHARED_FILES };

/** demo/builder.html's files and every demo/ or shared/ module they import, transitively, as `folder/name`. */
function builderModules() {
  const found = new Set(['demo/builder.html', 'demo/builder.css']);
  const queue = ['demo/builder.js'];
  while (queue.length) {
    const path = queue.pop();
    if (found.has(path)) continue;
    found.add(path);
    const folder = path.split('/')[0];
    for (const [, up, name] of readFileSync(new URL(path, root), 'utf8').matchAll(
      /^import [^;]*? from '(\.\/|\.\.\/shared\/)([\w.-]+\.js)';/gm,
    )) {
      queue.push(`${up === './' ? folder : 'shared'}/${name}`);
    }
  }
  return [...found].sort();
}

test('every module of the builder is served by `sw-widgets serve` and shipped in the package', () => {
  const modules = builderModules();
  for (const module of ['demo/color-options.js', 'shared/embed-height.js', 'shared/embed-snippet.js'])
    assert.ok(modules.includes(module), modules.join(', '));
  const missing = modules.filter((path) => {
    const [folder, name] = path.split('/');
    return !SERVED[folder]?.includes(name);
  });
  assert.deepEqual(
    missing,
    [],
    'missing from cli/lib/preview-server.js BUILDER_FILES (demo/) or SHARED_FILES (shared/)',
  );
  const files = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).files;
  assert.deepEqual(
    modules.filter((path) => !files.includes(path) && !files.includes(path.split('/')[0])),
    [],
    'missing from package.json files',
  );
});
