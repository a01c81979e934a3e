// The WordPress plugin's files (wordpress/sw-widgets/), without WordPress: generated files up to date, PHP that
// parses (php -l, and no syntax newer than PHP 7.4), every translatable string translated, every attribute of the
// elements offered, escaped output, the zip's contents. test/node/wordpress.test.mjs runs it in WordPress.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { test } from 'node:test';
import { ROOT, readJson, tempFolder } from './cli-helpers.mjs';
import {
  PLUGIN,
  elementAttributes,
  generatedFiles,
  jedJson,
  moFile,
  parsePo,
  sourceStrings,
  writePluginZip,
} from '../../scripts/build/wordpress-plugin.mjs';

const files = (folder) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(PLUGIN, join(entry.parentPath ?? entry.path, entry.name)));
const PHP_FILES = files(PLUGIN).filter((path) => path.endsWith('.php'));
const php = spawnSync('php', ['--version'], { encoding: 'utf8' });
const HAS_PHP = php.status === 0;
const NO_PHP = 'php not found: apt-get install -y php-cli (Debian), or see docs/wordpress.md';

/** The entries of a zip archive: name → bytes. */
function unzip(bytes) {
  const entries = new Map();
  let offset = 0;
  while (bytes.readUInt32LE(offset) === 0x04034b50) {
    const method = bytes.readUInt16LE(offset + 8);
    const size = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extra = bytes.readUInt16LE(offset + 28);
    const name = bytes.subarray(offset + 30, offset + 30 + nameLength).toString();
    const data = bytes.subarray(offset + 30 + nameLength + extra, offset + 30 + nameLength + extra + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    offset += 30 + nameLength + extra + size;
  }
  return entries;
}

test('the generated files are up to date (npm run wordpress:generate after changing the elements or the report)', async () => {
  for (const [path, content] of await generatedFiles())
    assert.equal(readFileSync(join(PLUGIN, path), 'utf8'), content, `${path} is out of date`);
});

test('the shortcode offers every attribute of every element, the blocks every one but `for`, with their values', async () => {
  const manifest = readJson(join(ROOT, 'custom-elements.json'));
  const elements = elementAttributes(manifest);
  assert.deepEqual(Object.keys(elements), ['region-map', 'stat-card', 'story-list']);
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const kind = declaration.tagName.replace(/^sw-/, '');
      const offered = elements[kind].attributes.map((attribute) => attribute.name);
      const expected = declaration.attributes
        .map((attribute) => attribute.name)
        .filter((name) => name !== 'defer-hydration');
      assert.deepEqual(offered, expected, kind);
      const block = readJson(join(PLUGIN, 'blocks', kind, 'block.json'));
      assert.deepEqual(
        Object.keys(block.attributes),
        expected.filter((name) => name !== 'for'),
        `${kind} block`,
      );
    }
  }
  const card = Object.fromEntries(elements['stat-card'].attributes.map((attribute) => [attribute.name, attribute]));
  assert.deepEqual(card.theme, { name: 'theme', type: 'enum', values: ['light', 'dark', 'auto'] });
  assert.deepEqual(card['story-link'], { name: 'story-link', type: 'boolean' });
  assert.equal(card.src.type, 'url');
  assert.equal(card['story-href'].type, 'link');
  assert.deepEqual(
    Object.fromEntries(elements['story-list'].attributes.map((attribute) => [attribute.name, attribute.type])).sort,
    'enum',
  );
  assert.equal(readJson(join(PLUGIN, 'blocks/story-list/block.json')).attributes.sort.enum.join(), 'date,title');
});

test('every PHP file passes php -l', { skip: HAS_PHP ? false : NO_PHP }, () => {
  assert.ok(PHP_FILES.length >= 8, PHP_FILES.join());
  for (const path of [
    ...PHP_FILES.map((file) => join(PLUGIN, file)),
    join(ROOT, 'scripts/wordpress/setup.php'),
    join(ROOT, 'scripts/wordpress/e2e-mu-plugin.php'),
  ]) {
    const result = spawnSync('php', ['-l', path], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${path}: ${result.stdout}${result.stderr}`);
  }
});

test('the PHP uses nothing newer than PHP 7.4 (Debian’s php is 8.2: a scan for 8.x syntax and functions)', () => {
  const newer = [
    [/\bmatch\s*\(/, 'match expression (8.0)'],
    [/\?->/, 'nullsafe operator (8.0)'],
    [/#\[/, 'attribute (8.0)'],
    [/\b(str_contains|str_starts_with|str_ends_with|array_is_list|get_debug_type|fdiv)\s*\(/, 'function from PHP 8'],
    [/function\s*\w*\s*\([^)]*\b\w+\s*\|\s*\w+\s+\$/, 'union type (8.0)'],
    [/\)\s*:\s*(mixed|never|static)\b/, 'return type from PHP 8'],
    [/\bmixed\s+\$/, 'mixed type (8.0)'],
    [/\benum\s+\w+\s*[{:]/, 'enum (8.1)'],
    [/\breadonly\b/, 'readonly (8.1)'],
    [/__construct\s*\([^)]*\b(public|private|protected)\s/, 'constructor promotion (8.0)'],
    [/\b\w+\(\s*\w+\s*:\s*[$'"\w]/, 'named argument (8.0)'],
    [/\bnew\s+\w+\([^)]*\)\s*->/, 'new without parentheses (8.4)'],
  ];
  for (const file of PHP_FILES) {
    // Comments and strings may say anything.
    const code = readFileSync(join(PLUGIN, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .replace(/'(?:[^'\\]|\\.)*'/g, "''")
      .replace(/"(?:[^"\\]|\\.)*"/g, '""');
    for (const [pattern, what] of newer) assert.doesNotMatch(code, pattern, `${file}: ${what}`);
  }
});

test('everything the PHP prints is escaped or a fixed string', () => {
  for (const file of PHP_FILES) {
    const text = readFileSync(join(PLUGIN, file), 'utf8');
    for (const [, printed] of text.matchAll(/\becho\s+([^;]+);/g)) {
      assert.match(
        printed.trim(),
        /^(esc_html|esc_attr|esc_url|esc_html__|esc_attr__|wp_kses)\(|^'[^']*'$/,
        `${file}: echo ${printed}`,
      );
    }
  }
  // The widget's attributes: esc_url for addresses, esc_attr for the rest, esc_html for the text inside.
  const render = readFileSync(join(PLUGIN, 'includes/render.php'), 'utf8');
  assert.match(render, /'url' === \$type \? esc_url\( \$value \) : esc_attr\( \$value \)/);
  assert.match(render, /esc_html\( sw_widgets_fallback_text\(/);
});

test('saving the settings checks the capability and the nonce first', () => {
  const settings = readFileSync(join(PLUGIN, 'includes/settings.php'), 'utf8');
  const save = settings.slice(settings.indexOf('function sw_widgets_save_settings'));
  const capability = save.indexOf('current_user_can( SW_WIDGETS_CAPABILITY )');
  const nonce = save.indexOf("check_admin_referer( 'sw_widgets_save' )");
  assert.ok(capability > 0 && nonce > capability, 'capability, then nonce');
  assert.ok(save.indexOf('update_option') > nonce, 'before anything is saved');
  assert.match(settings, /wp_nonce_field\( 'sw_widgets_save' \)/);
  assert.match(settings, /const SW_WIDGETS_CAPABILITY = 'manage_options';/);
  const uninstall = readFileSync(join(PLUGIN, 'uninstall.php'), 'utf8');
  for (const option of [...settings.matchAll(/update_option\( '(\w+)'/g)].map((match) => match[1]))
    assert.ok(uninstall.includes(`'${option}'`), `uninstall.php removes ${option}`);
});

test('every string is translated into Simplified Chinese (PHP and the editor’s script), and nothing else is in the .po', () => {
  const po = parsePo(readFileSync(join(PLUGIN, 'languages/sw-widgets-zh_CN.po'), 'utf8'));
  const key = (entry) => `${entry.context ?? ''}\u0004${entry.id}`;
  const translated = new Map(po.filter((entry) => entry.id !== '').map((entry) => [key(entry), entry]));
  const strings = sourceStrings();
  assert.ok(strings.length > 60, `${strings.length} strings`);
  for (const string of strings) {
    const entry = translated.get(key(string));
    assert.ok(entry?.strings[0], `not translated: ${string.context ? `[${string.context}] ` : ''}${string.id}`);
    assert.deepEqual([...entry.references].sort(), [...string.files].sort(), `the .po's references of "${string.id}"`);
    // Placeholders kept.
    assert.deepEqual(
      (entry.strings[0].match(/%(\d\$)?s/g) ?? []).sort(),
      (string.id.match(/%(\d\$)?s/g) ?? []).sort(),
      string.id,
    );
  }
  assert.deepEqual(
    [...translated.keys()].filter((name) => !strings.some((string) => key(string) === name)),
    [],
    'unused entries',
  );
  // The editor's JSON holds the editor's strings, the block titles come from PHP (block.json).
  const jed = JSON.parse(jedJson(po, 'blocks/editor.js', 'zh_CN')).locale_data.messages;
  assert.deepEqual(jed['Widget settings'], ['组件设置']);
  assert.equal(jed['Script in use: %s'], undefined);
});

test(
  'the .mo holds the translations as GNU gettext reads them',
  {
    skip: spawnSync('msgunfmt', ['--version']).status === 0 ? false : 'msgunfmt not found (apt-get install -y gettext)',
  },
  (t) => {
    const folder = tempFolder(t);
    const po = parsePo(readFileSync(join(PLUGIN, 'languages/sw-widgets-zh_CN.po'), 'utf8'));
    const mo = join(folder, 'x.mo');
    writeFileSync(mo, moFile(po));
    const result = spawnSync('msgunfmt', [mo], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const back = parsePo(result.stdout);
    const entry = (id, context) => back.find((item) => item.id === id && item.context === context)?.strings[0];
    assert.equal(entry('Script address (the cdn/ folder)'), '脚本地址（cdn/ 文件夹）');
    assert.equal(entry('Stat card', 'block title'), '数字卡片');
    assert.equal(back.length, po.length);
  },
);

test('readme.txt is in WordPress’s format, and the versions agree', () => {
  const { version } = readJson(join(ROOT, 'package.json'));
  const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
  assert.match(readme, /^=== sw-widgets ===\n/);
  for (const header of ['Requires at least: 6.1', 'Requires PHP: 7.4', `Stable tag: ${version}`, 'License: MIT'])
    assert.ok(readme.includes(`\n${header}\n`), header);
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog'])
    assert.ok(readme.includes(`\n== ${section} ==\n`), section);
  assert.ok(readme.includes(`\n= ${version} =\n`), 'a changelog entry for this version');
  const short = readme.split('\n\n')[1];
  assert.ok(short.length <= 150 && !short.includes('\n'), `short description: ${short.length} characters`);
  const main = readFileSync(join(PLUGIN, 'sw-widgets.php'), 'utf8');
  assert.match(main, new RegExp(`\\* Version:\\s+${version}\\n`));
  assert.match(main, new RegExp(`define\\( 'SW_WIDGETS_VERSION', '${version}' \\);`));
  assert.match(main, /\* Requires PHP:\s+7\.4\n/);
});

test('the zip holds the plugin, its compiled translations and its own cdn/ with the manifest', async (t) => {
  const out = join(tempFolder(t), 'sw-widgets.zip');
  const zip = await writePluginZip(out);
  const entries = unzip(readFileSync(out));
  assert.equal(entries.size, zip.files);
  for (const name of entries.keys()) assert.ok(name.startsWith('sw-widgets/'), name);
  for (const path of files(PLUGIN)) assert.ok(entries.has(`sw-widgets/${path}`), path);
  for (const name of [
    'languages/sw-widgets-zh_CN.mo',
    'languages/sw-widgets-zh_CN-sw-widgets-editor.json',
    'cdn/sw-widgets.iife.js',
    'cdn/sw-bundled-report.js',
    'cdn/manifest.json',
  ])
    assert.ok(entries.has(`sw-widgets/${name}`), name);
  assert.ok(![...entries.keys()].some((name) => name.endsWith('.map')), 'no source maps');
  assert.deepEqual(
    entries.get('sw-widgets/cdn/sw-widgets.iife.js'),
    readFileSync(join(ROOT, 'cdn/sw-widgets.iife.js')),
  );
  assert.equal(
    JSON.parse(entries.get('sw-widgets/languages/sw-widgets-zh_CN-sw-widgets-editor.json')).locale_data.messages[''][
      'lang'
    ],
    'zh_CN',
  );
  t.diagnostic(`sw-widgets.zip: ${zip.files} files, ${(zip.bytes / 1024).toFixed(0)} KB`);
});
