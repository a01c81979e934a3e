// The command line speaks the chosen language throughout: help (commander's own words, defaults and choices
// included), usage errors, read failures and JSON syntax errors, in Simplified Chinese, Traditional Chinese and
// English, by --lang or the locale.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { displayWidth } from '../../cli/main.js';
import { cliLanguage } from '../../cli/messages.js';
import { BUNDLED_REPORT, cli, tempFolder } from './cli-helpers.mjs';

const COMMANDS = ['validate', 'import', 'export-csv', 'bundle', 'serve', 'render'];

/**
 * Latin words a Chinese help may show because they are what the user types or sees elsewhere, not English prose:
 * the program, commands, options and their values, file and element names, field names, formats and products.
 */
const CODE_WORDS = new Set([
  'sw-widgets',
  ...COMMANDS,
  'help',
  // options (without dashes) and their one-letter forms
  'lang',
  'version',
  'h',
  'V',
  'o',
  'p',
  'out',
  'json',
  'encoding',
  'report',
  'base-url',
  'allow-origin',
  'port',
  'host',
  'no-open',
  'all-columns',
  'metric',
  'selected',
  'region',
  'tag',
  'id',
  'for',
  'attr',
  'language',
  'theme',
  'src',
  'script',
  // values
  'zh-Hans',
  'zh-Hant',
  'zh',
  'en',
  'auto',
  'utf-8',
  'gb18030',
  'big5',
  'light',
  'dark',
  'csv',
  // files, folders, elements
  'manifest.json',
  'templates/',
  'cdn/',
  'sw-widgets.js',
  'sw-stat-card',
  'sw-region-map',
  'sw-story-list',
  'sw-',
  // formats and products
  'JSON',
  'CSV',
  'SRI',
  'HTML',
  'DOM',
  'UTF-8',
  'GB18030',
  'BOM',
  'Excel',
  'http(s)',
  'https',
]);

/** The Latin words of a text that are not code: English prose left in a Chinese text. */
const englishIn = (text) =>
  (text.match(/[A-Za-z][A-Za-z0-9.+/_()-]*/g) ?? [])
    .map((word) => word.replace(/\.$/, '').replace(/^([^(]*)\)$/, '$1'))
    .filter((word) => !CODE_WORDS.has(word));

for (const lang of ['zh-Hans', 'zh-Hant']) {
  test(`--help in ${lang} has no English, for the program and every command`, () => {
    for (const command of ['', ...COMMANDS]) {
      const { code, stdout } = cli(['--lang', lang, ...(command ? [command] : []), '--help']);
      assert.equal(code, 0, command);
      assert.deepEqual(englishIn(stdout), [], `sw-widgets ${command} --help:\n${stdout}`);
      assert.match(stdout, /^用法： sw-widgets/);
    }
    // What commander adds to descriptions, in the language: a default and the choices.
    const help = cli(['--lang', lang, 'import', '--help']).stdout;
    assert.match(help, lang === 'zh-Hans' ? /（默认：auto）/ : /（預設：auto）/);
    assert.match(
      cli(['--lang', lang, '--help']).stdout,
      /（可選：zh-Hans、zh-Hant、en、zh）|（可选：zh-Hans、zh-Hant、en、zh）/,
    );
    // The check finds English where there is some.
    assert.ok(englishIn(cli(['--lang', 'en', 'import', '--help']).stdout).length > 20);
  });
}

test('help lines up Chinese (two columns a character) and wraps it between characters', () => {
  assert.equal(displayWidth('文件夹'), 6);
  assert.equal(displayWidth('--out <文件>'), 12);
  const help = cli(['--lang', 'zh-Hans', 'export-csv', '--help']).stdout;
  const items = help.split('\n').filter((line) => /^ {2}-/.test(line));
  const starts = new Set(
    items.map(
      (line) =>
        displayWidth(line.slice(0, line.search(/\S {2,}\S/) + 1)) +
        line.slice(line.search(/\S {2,}\S/) + 1).search(/\S/),
    ),
  );
  assert.equal(starts.size, 1, `descriptions start in one column:\n${items.join('\n')}`);
  for (const line of cli(['--lang', 'zh-Hans', '--help']).stdout.split('\n')) assert.ok(displayWidth(line) <= 80, line);
  // English help keeps commander's own words.
  const english = cli(['--help']).stdout;
  assert.match(english, /^Usage: sw-widgets \[options\] \[command\]/);
  assert.match(english, /message language \(choices: zh-Hans, zh-Hant, en, zh\)/);
  assert.match(cli(['import', '--help']).stdout, /\(default: auto\)/);
});

test('usage errors are worded in the language, Traditional Chinese included', () => {
  const hans = cli(['--lang', 'zh-Hans', 'validate', '--nope']);
  assert.equal(hans.code, 2);
  assert.equal(hans.stderr, '用法错误：未知选项 --nope\n');
  const hant = cli(['validate'], { env: { LANG: 'zh_HK.UTF-8' } });
  assert.equal(hant.stderr, '用法錯誤：缺少必需的參數 檔案或網址\n');
  assert.match(
    cli(['vaildate'], { env: { LANG: 'zh_TW.UTF-8' } }).stderr,
    /^用法錯誤：未知指令 vaildate（是否要用 validate？）\n$/,
  );
  assert.equal(
    cli(['--lang', 'zh-Hans', 'import', 'x', '--encoding', 'klingon']).stderr,
    '用法错误：不认识的编码 klingon（可用 utf-8、gb18030、big5、utf-16le 等）\n',
  );
  assert.match(
    cli(['--lang', 'fr', 'validate', BUNDLED_REPORT]).stderr,
    /^usage error: option '--lang <language>' argument 'fr' is invalid\. Allowed choices are zh-Hans, zh-Hant, en, zh\.\n$/,
  );
});

test('read failures and JSON syntax errors are worded in the language', (t) => {
  assert.match(cli(['--lang', 'zh-Hans', 'validate', 'missing.json']).stdout, /无法读取 missing\.json：没有这个文件/);
  assert.match(cli(['--lang', 'zh-Hant', 'validate', 'missing.json']).stdout, /無法讀取 missing\.json：沒有這個檔案/);
  const file = join(tempFolder(t), 'bad.json');
  writeFileSync(file, '{\n  "id": "x",\n  "title": { "zh-Hans": "标题" },,\n}\n');
  assert.match(
    cli(['--lang', 'zh-Hans', 'validate', file]).stdout,
    /bad\.json:3:32 {2}\(report\) {2}JSON 语法错误：此处应为带双引号的字段名，实际为“,”/,
  );
  assert.match(
    cli(['--lang', 'zh-Hant', 'validate', file]).stdout,
    /bad\.json:3:32 {2}\(report\) {2}JSON 語法錯誤：此處應為帶雙引號的欄位名稱，實際為「,」/,
  );
  writeFileSync(file, '{"id": "x"');
  assert.match(cli(['--lang', 'zh-Hans', 'validate', file]).stdout, /JSON 语法错误：此处应为逗号或“}”，实际为文件结尾/);
});

test('the language comes from --lang, else LC_ALL, LC_MESSAGES, LANG; Hong Kong, Taiwan and Macao read Traditional Chinese', () => {
  assert.equal(cliLanguage('zh-Hant', {}), 'zh-Hant');
  assert.equal(cliLanguage('zh', {}), 'zh-Hans');
  assert.equal(cliLanguage(undefined, { LANG: 'zh_HK.UTF-8' }), 'zh-Hant');
  assert.equal(cliLanguage(undefined, { LANG: 'zh_TW.UTF-8' }), 'zh-Hant');
  assert.equal(cliLanguage(undefined, { LC_ALL: 'zh_MO' }), 'zh-Hant');
  assert.equal(cliLanguage(undefined, { LANG: 'zh_CN.GB18030' }), 'zh-Hans');
  assert.equal(cliLanguage(undefined, { LANG: 'zh_SG.UTF-8' }), 'zh-Hans');
  assert.equal(cliLanguage(undefined, { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'zh-Hans');
  assert.equal(cliLanguage(undefined, { LANG: 'fr_FR.UTF-8' }), 'en');
  assert.equal(cliLanguage(undefined, {}), 'en');
  assert.match(
    cli(['validate', BUNDLED_REPORT], { env: { LANG: 'zh_HK.UTF-8' } }).stdout,
    /報告有效（20 個數字、4 篇報道、11 個地點、5 個來源）/,
  );
});
