// `sw-widgets import` and `export-csv`: the round trip, the templates, encodings and broken spreadsheets.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../dist/export/csv.js';
import { BUNDLED_REPORT, NATIONAL_REPORT, ROOT, cli, derivedV2Report, readJson, tempFolder, withoutSchema } from './cli-helpers.mjs';

const TEMPLATES = join(ROOT, 'templates');
const filesOf = (folder) => Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name))]));

/** Edits one CSV file of a folder as a table: `edit(header, rows)` changes them in place. */
function editCsv(folder, name, edit) {
  const [header, ...rows] = parse(readFileSync(join(folder, name), 'utf8'), { bom: true });
  edit(header, rows);
  writeFileSync(join(folder, name), toCsv({ header, rows }));
}

test('export-csv of the bundled report writes the files in templates/ byte for byte', (t) => {
  const out = tempFolder(t);
  const { code, stderr } = cli(['export-csv', BUNDLED_REPORT, '--out', out]);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /✓ wrote .*: report\.csv, tags\.csv, sources\.csv, places\.csv, stories\.csv, metrics\.csv/);
  assert.deepEqual(filesOf(out), filesOf(TEMPLATES), 'templates/ is export-csv of data/report.json: regenerate with `node bin/sw-widgets.js export-csv data/report.json --out templates`');
  const metrics = readFileSync(join(out, 'metrics.csv'), 'utf8');
  assert.ok(metrics.startsWith('\uFEFFid,value,unit,qualifier,label,label.zh-Hant,label.en,'), 'UTF-8 BOM for Excel, one column per language');
  assert.ok(metrics.includes('\r\nchaozhou-volunteers,320000,人,over,注册志愿者,註冊志願者,registered volunteers,'));
});

test('import of templates/ gives the bundled report; export-csv of that gives the same files', (t) => {
  const folder = tempFolder(t);
  const report = join(folder, 'report.json');
  const imported = cli(['import', TEMPLATES, '--out', report]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stderr, /✓ wrote .*report\.json \(20 metrics, 4 stories, 11 places, 5 sources\)/);
  assert.deepEqual(readJson(report), withoutSchema(readJson(BUNDLED_REPORT)));
  const again = cli(['export-csv', report, '--out', join(folder, 'csv')]);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(filesOf(join(folder, 'csv')), filesOf(TEMPLATES));
  // Without --out the report goes to standard output; files can be named one by one.
  const piped = cli(['import', ...readdirSync(TEMPLATES).map((name) => join(TEMPLATES, name))]);
  assert.equal(piped.code, 0, piped.stderr);
  assert.deepEqual(JSON.parse(piped.stdout), withoutSchema(readJson(BUNDLED_REPORT)));
});

test('a second report in format v2 (indicators, units, series) survives export-csv → import → export-csv', (t) => {
  const folder = tempFolder(t);
  const reports = [['derived', derivedV2Report()]];
  if (existsSync(NATIONAL_REPORT)) reports.push(['national', withoutSchema(readJson(NATIONAL_REPORT))]);
  for (const [name, report] of reports) {
    const json = join(folder, `${name}.json`);
    writeFileSync(json, JSON.stringify(report, null, 2));
    const first = cli(['export-csv', json, '--out', join(folder, `${name}-1`)]);
    assert.equal(first.code, 0, first.stderr);
    const back = join(folder, `${name}-back.json`);
    const imported = cli(['import', join(folder, `${name}-1`), '-o', back]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.deepEqual(readJson(back), report, name);
    const second = cli(['export-csv', back, '--out', join(folder, `${name}-2`)]);
    assert.equal(second.code, 0);
    assert.deepEqual(filesOf(join(folder, `${name}-2`)), filesOf(join(folder, `${name}-1`)), name);
  }
  const derivedFiles = readdirSync(join(folder, 'derived-1')).sort();
  assert.deepEqual(derivedFiles, ['indicator-values.csv', 'indicators.csv', 'metrics.csv', 'places.csv', 'report.csv', 'sources.csv', 'stories.csv', 'tags.csv', 'units.csv']);
  assert.match(readFileSync(join(folder, 'derived-1/indicator-values.csv'), 'utf8'), /^\uFEFFindicator,division,value\r\ndigest-stories,330000,1\r\n/);
  if (existsSync(NATIONAL_REPORT)) assert.ok(readdirSync(join(folder, 'national-1')).includes('series.csv'));
});

test('GB18030 files (Excel in Simplified Chinese) are detected; --encoding chooses', (t) => {
  const gb = join(ROOT, 'test/node/fixtures/gb18030');
  const bytes = readFileSync(join(gb, 'report.csv'));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture is not UTF-8');
  // The same text as UTF-8 without a byte-order mark.
  const utf8 = tempFolder(t);
  for (const name of readdirSync(gb)) writeFileSync(join(utf8, name), new TextDecoder('gb18030').decode(readFileSync(join(gb, name))));
  const detected = cli(['import', gb]);
  assert.equal(detected.code, 0, detected.stderr);
  const report = JSON.parse(detected.stdout);
  assert.equal(report.title['zh-Hans'], '社工资讯摘编（2024年6月）');
  assert.equal(report.title['zh-Hant'], '社工資訊摘編（2024年6月）');
  assert.deepEqual(report, JSON.parse(cli(['import', utf8]).stdout));
  assert.deepEqual(JSON.parse(cli(['import', gb, '--encoding', 'gb18030']).stdout), report);
  // Read as UTF-8 on purpose, the Chinese text is garbled: the option is obeyed.
  const forced = cli(['import', gb, '--encoding', 'utf-8']);
  assert.notEqual(forced.code === 0 ? JSON.parse(forced.stdout).title['zh-Hans'] : '', report.title['zh-Hans']);
  assert.equal(cli(['import', gb, '--encoding', 'klingon']).code, 2);
});

test('broken spreadsheets: each problem names the file, row and column (exit 1, nothing written)', (t) => {
  const broken = (edit) => {
    const folder = tempFolder(t);
    cpSync(TEMPLATES, folder, { recursive: true });
    edit(folder);
    const out = join(folder, 'out.json');
    const result = cli(['import', folder, '--out', out]);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(existsSync(out), false);
    return result.stderr;
  };
  // A missing column.
  const missing = broken((folder) =>
    editCsv(folder, 'metrics.csv', (header, rows) => {
      const i = header.indexOf('unit');
      header.splice(i, 1);
      for (const row of rows) row.splice(i, 1);
    }),
  );
  assert.match(missing, /✗ no report written: 1 problem\n {2}metrics\.csv row 1, column unit: is missing: the file needs this column\n/);
  // A number that is not one, and an unknown column (a typo).
  const number = broken((folder) =>
    editCsv(folder, 'metrics.csv', (header, rows) => {
      rows[1][header.indexOf('value')] = '32万';
      header[header.indexOf('label.en')] = 'lable.en';
    }),
  );
  assert.match(number, /metrics\.csv row 1, column lable\.en \(G\): is not a column of metrics\.csv/);
  assert.match(number, /metrics\.csv row 3, column value \(B\): must be a number \(got "32万"\)/);
  // An id that refers to nothing, found after the files are read: still named by file, row and column.
  const dangling = broken((folder) =>
    editCsv(folder, 'stories.csv', (header, rows) => {
      rows[0][header.indexOf('places')] = 'chaozhou hongkong';
    }),
  );
  assert.match(dangling, /stories\.csv row 2, column places \(K\): refers to a place "hongkong" that the report does not have \[stories\[0\]\.places\[1\]\]/);
  // An empty required cell: found by the report's validation, still named by file, row and column.
  const emptyCell = broken((folder) =>
    editCsv(folder, 'sources.csv', (header, rows) => {
      rows[2][header.indexOf('kind')] = '';
    }),
  );
  assert.match(emptyCell, /✗ no report written: 1 problem\n {2}sources\.csv row 4, column kind \(B\): is required \[sources\[2\]\.kind\]\n/);
  // An empty file, and a missing one.
  assert.match(broken((folder) => writeFileSync(join(folder, 'stories.csv'), '')), /stories\.csv: is empty: it needs a header row/);
  assert.match(broken((folder) => rmSync(join(folder, 'places.csv'))), /places\.csv: is missing/);
});

test('text that looks like a formula is guarded in the CSV and read back as written', (t) => {
  const folder = tempFolder(t);
  const report = withoutSchema(readJson(BUNDLED_REPORT));
  // Test data, not a real figure: a label an attacker could make Excel run as a formula.
  report.metrics[0].label.en = '=HYPERLINK("http://example.org","x")';
  writeFileSync(join(folder, 'r.json'), JSON.stringify(report));
  assert.equal(cli(['export-csv', join(folder, 'r.json'), '--out', join(folder, 'csv')]).code, 0);
  assert.ok(readFileSync(join(folder, 'csv/metrics.csv'), 'utf8').includes(`"'=HYPERLINK(""http://example.org"",""x"")"`));
  const back = cli(['import', join(folder, 'csv')]);
  assert.equal(back.code, 0, back.stderr);
  assert.equal(JSON.parse(back.stdout).metrics[0].label.en, report.metrics[0].label.en);
});

test('import: a dangling metric in indicator values names the file, row and column; a missing required file is named', (t) => {
  const folder = tempFolder(t);
  writeFileSync(join(folder, 'r.json'), JSON.stringify(derivedV2Report()));
  cli(['export-csv', join(folder, 'r.json'), '--out', join(folder, 'csv')]);
  editCsv(join(folder, 'csv'), 'indicator-values.csv', (header, rows) => {
    rows[1][0] = 'digest-story';
  });
  const result = cli(['import', join(folder, 'csv')]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /indicator-values\.csv row 3, column indicator \(A\): refers to an indicator "digest-story" that indicators\.csv does not have/);
  const none = cli(['import', join(folder, 'csv', 'metrics.csv')]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /report\.csv: is missing/);
  assert.match(none.stderr, /stories\.csv: is missing/);
});

test('import problems are worded in Simplified Chinese for a Chinese locale', (t) => {
  const folder = tempFolder(t);
  cpSync(TEMPLATES, folder, { recursive: true });
  editCsv(folder, 'metrics.csv', (header, rows) => {
    rows[1][header.indexOf('value')] = '32万';
  });
  const cells = cli(['import', folder], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.equal(cells.code, 1);
  assert.equal(cells.stderr, '✗ 无法生成报告：1 个问题\n  metrics.csv 第 3 行，value (B) 列：必须是数字（实际为 "32万"）\n');
  editCsv(folder, 'metrics.csv', (header, rows) => {
    rows[1][header.indexOf('value')] = '320000';
    rows[1][header.indexOf('place')] = 'chaozhou-city';
  });
  const dangling = cli(['import', '--lang', 'zh-Hans', folder]);
  assert.equal(dangling.code, 1);
  assert.match(dangling.stderr, /metrics\.csv 第 3 行，place \(H\) 列：引用的地点“chaozhou-city”在报告中不存在 \[metrics\[1\]\.place\]/);
});
