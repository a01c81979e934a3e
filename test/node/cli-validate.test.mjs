// `sw-widgets validate`, the exit codes, --help, --json and the message language.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUNDLED_REPORT, NATIONAL_REPORT, cli, derivedV2Report, serveFolder, tempFolder } from './cli-helpers.mjs';

test('validate: the bundled report is valid (exit 0, one line naming what it holds)', () => {
  const { code, stdout } = cli(['validate', BUNDLED_REPORT]);
  assert.equal(code, 0);
  assert.match(stdout, /^✓ .*report\.json: valid report \(20 metrics, 4 stories, 11 places, 5 sources\)\n$/);
});

test('validate: a second report (format v2) is valid', (t) => {
  const folder = tempFolder(t);
  const derived = join(folder, 'derived-v2.json');
  writeFileSync(derived, JSON.stringify(derivedV2Report(), null, 2));
  const files = [derived, ...(existsSync(NATIONAL_REPORT) ? [NATIONAL_REPORT] : [])];
  const { code, stdout } = cli(['validate', ...files]);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /derived-v2\.json: valid report \(9 metrics, 2 stories, 3 places, 3 sources\)/);
  if (files.length > 1) assert.match(stdout, new RegExp(`${files.length} files, all valid`));
});

test('validate: bad JSON gives line:column of the syntax error (exit 1)', (t) => {
  const file = join(tempFolder(t), 'bad.json');
  writeFileSync(file, '{\n  "id": "x",\n  "title": { "zh-Hans": "标题" },,\n}\n');
  const { code, stdout } = cli(['validate', file]);
  assert.equal(code, 1);
  assert.match(stdout, /bad\.json: 1 problem\n/);
  assert.match(stdout, /bad\.json:3:32 {2}\(report\) {2}JSON syntax error: expected a "quoted" field name, found ","/);
});

test('validate: an unknown field, a wrong type and a dangling id, each with its path and line:column', (t) => {
  const folder = tempFolder(t);
  const lines = readFileSync(BUNDLED_REPORT, 'utf8').split('\n');
  const at = (needle) => lines.findIndex((line) => line.includes(needle));
  // A typo'd field name and a value of the wrong type.
  const typo = lines.slice();
  const headline = at('"headline"');
  typo[headline] = typo[headline].replace('"headline"', '"hedline"');
  const volunteers = at('"id": "chaozhou-volunteers"');
  typo[volunteers] = typo[volunteers].replace('"value": 320000', '"value": "32万"');
  writeFileSync(join(folder, 'typo.json'), typo.join('\n'));
  const first = cli(['validate', join(folder, 'typo.json')]);
  assert.equal(first.code, 1);
  assert.match(
    first.stdout,
    new RegExp(`typo\\.json:${headline + 1}:3 {2}hedline {2}is not a field of the report format \\("hedline"\\)`),
  );
  const column = typo[volunteers].indexOf('"32万"') + 1;
  assert.match(
    first.stdout,
    new RegExp(
      `typo\\.json:${volunteers + 1}:${column} {2}metrics\\[1\\]\\.value {2}must be a number \\(got "32万"\\)`,
    ),
  );
  assert.match(first.stdout, /typo\.json: 2 problems/);

  // An id that refers to nothing.
  const dangling = lines.slice();
  dangling[volunteers + 2] = dangling[volunteers + 2].replace('"place": "chaozhou"', '"place": "chaozhou-city"');
  writeFileSync(join(folder, 'dangling.json'), dangling.join('\n'));
  const second = cli(['validate', '--json', join(folder, 'dangling.json')]);
  assert.equal(second.code, 1);
  const result = JSON.parse(second.stdout);
  assert.equal(result.ok, false);
  assert.deepEqual(result.files[0].problems, [
    {
      path: 'metrics[1].place',
      message: 'refers to a place "chaozhou-city" that the report does not have',
      line: volunteers + 3,
      column: dangling[volunteers + 2].indexOf('"chaozhou-city"') + 1,
    },
  ]);
  assert.equal(result.summary, '1 of 1 file invalid, 1 problem');
});

test('validate: a URL is fetched and checked; a missing file is invalid input', async (t) => {
  const base = await serveFolder(t, join(BUNDLED_REPORT, '..'));
  const { spawn } = await import('node:child_process');
  // The server runs in this process: run the CLI without blocking it.
  const run = (args) =>
    new Promise((done) => {
      const child = spawn(process.execPath, [join(BUNDLED_REPORT, '../../bin/sw-widgets.js'), ...args], {
        env: { PATH: process.env.PATH, LANG: 'C' },
      });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.on('close', (code) => done({ code, stdout }));
    });
  const ok = await run(['validate', `${base}/report.json`]);
  assert.equal(ok.code, 0, ok.stdout);
  assert.match(ok.stdout, /✓ http:\/\/127\.0\.0\.1:\d+\/report\.json: valid report/);
  const missing = await run(['validate', `${base}/nothing.json`, 'no-such-file.json']);
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /cannot read http:\/\/127\.0\.0\.1:\d+\/nothing\.json: HTTP 404/);
  assert.match(missing.stdout, /cannot read no-such-file\.json: no such file/);
  assert.match(missing.stdout, /2 of 2 files invalid, 2 problems/);
});

test('usage errors exit with 2; --help exits with 0 for the program and each command', () => {
  assert.equal(cli([]).code, 2);
  const noFile = cli(['validate']);
  assert.equal(noFile.code, 2);
  assert.match(noFile.stderr, /usage error: missing required argument 'file-or-url'/);
  assert.equal(cli(['validate', '--nope', BUNDLED_REPORT]).code, 2);
  assert.equal(cli(['frobnicate']).code, 2);
  assert.equal(cli(['bundle', '--report', BUNDLED_REPORT]).code, 2, 'bundle without --out');
  assert.equal(cli(['--lang', 'fr', 'validate', BUNDLED_REPORT]).code, 2);
  const help = cli(['--help']);
  assert.equal(help.code, 0);
  for (const command of ['validate', 'import', 'export-csv', 'bundle', 'serve']) {
    assert.match(help.stdout, new RegExp(`\\n  ${command} `), `${command} listed`);
    const own = cli([command, '--help']);
    assert.equal(own.code, 0, command);
    assert.match(own.stdout, new RegExp(`^Usage: sw-widgets ${command} `), command);
  }
  assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
});

test('messages are in Simplified Chinese by --lang or by the system locale', () => {
  const byFlag = cli(['validate', '--lang', 'zh-Hans', BUNDLED_REPORT]);
  assert.match(byFlag.stdout, /报告有效（20 个数字、4 篇报道、11 个地点、5 个来源）/);
  const byLocale = cli(['validate', 'missing.json'], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.match(byLocale.stdout, /无法读取 missing\.json/);
  assert.match(byLocale.stdout, /1 个文件中 1 个无效，共 1 个问题/);
  const help = cli(['bundle', '--help'], { env: { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' } });
  assert.match(help.stdout, /^用法： sw-widgets bundle/);
  assert.match(help.stdout, /选项：/);
  assert.match(
    cli(['validate', '--lang', 'en', BUNDLED_REPORT], { env: { LANG: 'zh_CN.UTF-8' } }).stdout,
    /valid report/,
  );
  assert.match(cli(['validate', '--nope'], { env: { LANG: 'zh_CN.UTF-8' } }).stderr, /^用法错误：/);
});
