// The `render` command (cli/commands/render.js) on a commander program like the sw-widgets CLI's, with and
// without the CLI's global --lang (its message language). Needs `npm run build` (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Command, Option } from 'commander';
import render from '../../cli/commands/render.js';

async function run(argv, { globalLang = false, lang = 'en', cwd = process.cwd() } = {}) {
  const lines = { out: [], err: [] };
  const context = {
    lang,
    cwd,
    out: (line = '') => lines.out.push(line),
    err: (line = '') => lines.err.push(line),
    exitCode: 0,
  };
  const program = new Command('sw-widgets').exitOverride();
  if (globalLang) program.addOption(new Option('--lang <language>').choices(['zh-Hans', 'zh', 'en']));
  render.register(program, context).exitOverride();
  await program.parseAsync(argv, { from: 'user' });
  return { out: lines.out.join('\n'), err: lines.err.join('\n'), code: context.exitCode };
}

test('render prints the server-rendered element, in the language asked for', async () => {
  const result = await run(['render', 'sw-stat-card', '--metric', 'chaozhou-volunteers', '--lang', 'en']);
  assert.equal(result.code, 0);
  assert.match(
    result.out,
    /^<sw-stat-card metric="chaozhou-volunteers" lang="en" theme="light"><template shadowroot="open" shadowrootmode="open">/,
  );
  assert.match(result.out, /320,000/);
  const hant = await run([
    'render',
    'region-map',
    '--selected',
    '440000',
    '--language',
    'zh-Hant',
    '--theme',
    'dark',
    '--attr',
    'tools=',
  ]);
  assert.match(hant.out, /^<sw-region-map tools selected="440000" lang="zh-Hant" theme="dark" layout="grid">/);
  assert.match(hant.out, /廣東省/);
});

test("under the CLI's global --lang, --lang sets the element's language too and --language takes zh-Hant", async () => {
  const en = await run(['render', 'story-list', '--lang', 'en'], { globalLang: true });
  assert.match(en.out, /lang="en"/);
  const hant = await run(
    ['render', 'story-list', '--language', 'zh-Hant', '--script', 'https://cdn.example.org/sw-widgets.js'],
    { globalLang: true },
  );
  assert.match(hant.out, /lang="zh-Hant"/);
  assert.match(hant.out, /\n<script type="module" src="https:\/\/cdn\.example\.org\/sw-widgets\.js"><\/script>$/);
});

test('a report file: shown when valid (with --src for the browser); its error markup and exit code 1 when invalid', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sw-render-'));
  await writeFile(join(dir, 'bad.json'), '{"id":"x"}');
  await writeFile(join(dir, 'broken.json'), '{');
  const bad = await run(['render', 'sw-stat-card', '--report', 'bad.json', '--lang', 'en'], { cwd: dir });
  assert.equal(bad.code, 1);
  assert.match(bad.out, /role="alert"/);
  assert.match(bad.err, /the report is invalid/);
  const good = await run([
    'render',
    'sw-stat-card',
    '--report',
    join(process.cwd(), 'data/report.json'),
    '--src',
    '/report.json',
  ]);
  assert.equal(good.code, 0);
  assert.match(good.out, /src="\/report\.json"/);
  const broken = await run(['render', 'sw-stat-card', '--report', 'broken.json'], { cwd: dir });
  assert.deepEqual([broken.code, broken.err], [1, 'broken.json is not valid JSON']);
  const missing = await run(['render', 'sw-stat-card', '--report', 'nope.json'], { cwd: dir, lang: 'zh-Hans' });
  assert.deepEqual([missing.code, missing.err], [1, '无法读取 nope.json：没有这个文件']);
});

test('unknown elements and malformed attributes are refused', async () => {
  assert.deepEqual(await run(['render', 'sw-chart']), {
    out: '',
    err: 'unknown element: sw-chart (expected sw-stat-card, sw-region-map, sw-story-list)',
    code: 1,
  });
  assert.equal((await run(['render', 'sw-stat-card', '--attr', 'novalue'])).code, 1);
});

test('the sw-widgets executable runs render', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [
    'bin/sw-widgets.js',
    'render',
    'sw-stat-card',
    '--language',
    'zh-Hant',
  ]);
  assert.match(stdout, /^<sw-stat-card lang="zh-Hant"/);
});
