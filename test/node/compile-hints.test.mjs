// Every script of cdn/ that a page runs starts with V8's explicit compile hint, so that Chrome 136+ compiles its
// functions while the file streams in instead of on the main thread at each first call (bench/results.md: the
// maps' first render on a page; scripts/build/compile-hint.mjs). Its source map accounts for the line.
// The embed builder's server renderer (a worker, most of whose code never runs) has none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { COMPILE_HINT } from '../../scripts/build/compile-hint.mjs';

const scripts = readdirSync('cdn').filter((name) => name.endsWith('.js'));

test('the hint is the first line of every script a page runs, and the source maps skip it', () => {
  const hinted = scripts.filter((name) => name !== 'sw-ssr-worker.js');
  assert.ok(hinted.length >= 15, `${hinted.length} scripts`);
  for (const name of hinted) {
    const code = readFileSync(`cdn/${name}`, 'utf8');
    assert.ok(code.startsWith(`${COMPILE_HINT}\n`), `${name} starts with the hint, alone on its line`);
    // The minified code comes after it, whole: the hint is a comment, not a statement.
    assert.ok(!code.slice(COMPILE_HINT.length).includes('allFunctionsCalledOnLoad'), name);
    if (existsSync(`cdn/${name}.map`)) {
      const { mappings } = JSON.parse(readFileSync(`cdn/${name}.map`, 'utf8'));
      assert.equal(mappings[0], ';', `${name}.map: nothing maps to the hint's line`);
      assert.notEqual(mappings[1], ';', `${name}.map: the code's first line is mapped`);
    }
  }
});

test('the server renderer runs in a worker and compiles lazily', () => {
  assert.ok(!readFileSync('cdn/sw-ssr-worker.js', 'utf8').startsWith(COMPILE_HINT));
});
