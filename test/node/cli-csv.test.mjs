// `sw-widgets import` and `export-csv`: the round trip, the templates, encodings and broken spreadsheets.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../dist/export/csv.js';
import { CSV_FILE_NAMES, CSV_FILES, headerNames } from '../../cli/lib/csv-model.js';
import {
  BUNDLED_REPORT,
  NATIONAL_REPORT,
  ROOT,
  cli,
  derivedV2Report,
  readJson,
  tempFolder,
  withoutSchema,
} from './cli-helpers.mjs';

const TEMPLATES = join(ROOT, 'templates');
const filesOf = (folder) =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name))]),
  );

/** Edits one CSV file of a folder as a table: `edit(header, rows)` changes them in place. */
function editCsv(folder, name, edit) {
  const [header, ...rows] = parse(readFileSync(join(folder, name), 'utf8'), { bom: true });
  edit(header, rows);
  writeFileSync(join(folder, name), toCsv({ header, rows }));
}

/** A temporary folder with the bundled report as export-csv writes it (20 metrics, 4 stories…). */
function bundledCsv(t) {
  const folder = tempFolder(t);
  const { code, stderr } = cli(['export-csv', BUNDLED_REPORT, '--out', folder]);
  assert.equal(code, 0, stderr);
  return folder;
}

test('templates/ imports as it is to a valid format-2 report, one real row or more in every sheet, cited', (t) => {
  const out = join(tempFolder(t), 'report.json');
  const imported = cli(['import', TEMPLATES, '--out', out]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal(
    imported.stderr,
    `✓ wrote ${out} (1 metric, 1 story, 1 place, 3 sources)\n`,
    'nothing to normalize in the templates themselves',
  );
  const report = readJson(out);
  assert.equal(report.version, 2);
  assert.equal(cli(['validate', out]).code, 0);
  // Every sheet of format 2, each with a row: the series, the unit that is not built in, the indicator and its value.
  assert.deepEqual(readdirSync(TEMPLATES).sort(), [...CSV_FILE_NAMES].sort());
  for (const name of CSV_FILE_NAMES)
    assert.ok(
      parse(readFileSync(join(TEMPLATES, name), 'utf8'), { bom: true }).length >= 2,
      `${name} has a row under its header`,
    );
  assert.ok(report.metrics[0].series.length >= 2 && report.indicators[0].values.length >= 1);
  assert.ok(
    !['人', '名', '%'].includes(report.metrics[0].unit) && report.units[report.metrics[0].unit],
    'units.csv gives the forms of a unit the metric uses',
  );
  // Real figures, each cited: every source has an address.
  for (const source of report.sources) assert.match(source.url ?? '', /^https?:\/\//, source.id);
  // Excel-ready: a byte-order mark (Excel reads the Chinese as UTF-8) and CRLF line ends.
  for (const name of CSV_FILE_NAMES) {
    const text = readFileSync(join(TEMPLATES, name), 'utf8');
    assert.ok(text.startsWith('\uFEFF') && text.endsWith('\r\n') && !/[^\r]\n/.test(text), name);
  }
});

test('templates/ is in step with the importer: every column import reads is in its template, and only those', (t) => {
  for (const spec of CSV_FILES) {
    const [header] = parse(readFileSync(join(TEMPLATES, spec.file), 'utf8'), { bom: true });
    assert.deepEqual(
      header,
      headerNames(spec),
      `${spec.file}: regenerate with \`node bin/sw-widgets.js export-csv <report> --all-columns --out templates\``,
    );
  }
  // And written exactly as export-csv --all-columns writes the report they hold.
  const folder = tempFolder(t);
  assert.equal(cli(['import', TEMPLATES, '--out', join(folder, 'r.json')]).code, 0);
  const again = cli(['export-csv', join(folder, 'r.json'), '--all-columns', '--out', join(folder, 'csv')]);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(filesOf(join(folder, 'csv')), filesOf(TEMPLATES));
});

test('export-csv of the bundled report, imported, gives the report; exported again, the same files', (t) => {
  const folder = bundledCsv(t);
  const metrics = readFileSync(join(folder, 'metrics.csv'), 'utf8');
  assert.ok(
    metrics.startsWith('\uFEFFid,value,unit,qualifier,label,label.zh-Hant,label.en,'),
    'UTF-8 BOM for Excel, one column per language',
  );
  assert.ok(metrics.includes('\r\nchaozhou-volunteers,320000,人,over,注册志愿者,註冊志願者,registered volunteers,'));
  const report = join(folder, 'report.json');
  const imported = cli(['import', folder, '--out', report]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stderr, /✓ wrote .*report\.json \(20 metrics, 4 stories, 11 places, 5 sources\)/);
  assert.deepEqual(readJson(report), withoutSchema(readJson(BUNDLED_REPORT)));
  const again = cli(['export-csv', report, '--out', join(folder, 'csv')]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(
    again.stderr,
    /✓ wrote .*: report\.csv, tags\.csv, sources\.csv, places\.csv, stories\.csv, metrics\.csv/,
  );
  for (const name of readdirSync(join(folder, 'csv')))
    assert.deepEqual(readFileSync(join(folder, 'csv', name)), readFileSync(join(folder, name)), name);
  // Without --out the report goes to standard output; files can be named one by one.
  const piped = cli(['import', ...readdirSync(join(folder, 'csv')).map((name) => join(folder, 'csv', name))]);
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
  assert.deepEqual(derivedFiles, [
    'indicator-values.csv',
    'indicators.csv',
    'metrics.csv',
    'places.csv',
    'report.csv',
    'sources.csv',
    'stories.csv',
    'tags.csv',
    'units.csv',
  ]);
  assert.match(
    readFileSync(join(folder, 'derived-1/indicator-values.csv'), 'utf8'),
    /^\uFEFFindicator,division,value\r\ndigest-stories,330000,1\r\n/,
  );
  if (existsSync(NATIONAL_REPORT)) assert.ok(readdirSync(join(folder, 'national-1')).includes('series.csv'));
});

test('GB18030 files (Excel in Simplified Chinese) are detected; --encoding chooses', (t) => {
  const gb = join(ROOT, 'test/node/fixtures/gb18030');
  const bytes = readFileSync(join(gb, 'report.csv'));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture is not UTF-8');
  // The same text as UTF-8 without a byte-order mark.
  const utf8 = tempFolder(t);
  for (const name of readdirSync(gb))
    writeFileSync(join(utf8, name), new TextDecoder('gb18030').decode(readFileSync(join(gb, name))));
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
  const bundled = bundledCsv(t);
  const broken = (edit) => {
    const folder = tempFolder(t);
    cpSync(bundled, folder, { recursive: true });
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
  assert.match(
    missing,
    /✗ no report written: 1 problem\n {2}metrics\.csv row 1, column unit: is missing: add this column to the header row\n/,
  );
  // A number that is not one, and an unknown column (a typo).
  const number = broken((folder) =>
    editCsv(folder, 'metrics.csv', (header, rows) => {
      rows[1][header.indexOf('value')] = '32万';
      header[header.indexOf('label.en')] = 'lable.en';
    }),
  );
  assert.match(
    number,
    /metrics\.csv row 1, column lable\.en \(G\): is not a column of metrics\.csv: did you mean label\.en\? Correct the name in the header row/,
  );
  assert.match(
    number,
    /metrics\.csv row 3, column value \(B\): "32万" is not a number written in full: 万 and 亿 are not multiplied out; write 320000/,
  );
  // An id that refers to nothing, found after the files are read: still named by file, row and column.
  const dangling = broken((folder) =>
    editCsv(folder, 'stories.csv', (header, rows) => {
      rows[0][header.indexOf('places')] = 'chaozhou hongkong';
    }),
  );
  assert.match(
    dangling,
    /stories\.csv row 2, column places \(K\): refers to a place "hongkong" that the report does not have \[stories\[0\]\.places\[1\]\]/,
  );
  // An empty required cell: found by the report's validation, still named by file, row and column.
  const emptyCell = broken((folder) =>
    editCsv(folder, 'sources.csv', (header, rows) => {
      rows[2][header.indexOf('kind')] = '';
    }),
  );
  assert.match(
    emptyCell,
    /✗ no report written: 1 problem\n {2}sources\.csv row 4, column kind \(B\): is required \[sources\[2\]\.kind\]\n/,
  );
  // An empty file, and a missing one.
  assert.match(
    broken((folder) => writeFileSync(join(folder, 'stories.csv'), '')),
    /stories\.csv: is empty: row 1 must be the header row/,
  );
  assert.match(
    broken((folder) => rmSync(join(folder, 'places.csv'))),
    /places\.csv: is missing/,
  );
});

test('text that looks like a formula imports as the text it is; export-csv guards it, and reads back exactly', (t) => {
  const folder = tempFolder(t);
  const report = withoutSchema(readJson(BUNDLED_REPORT));
  // Test data, not real figures: labels a spreadsheet would run as formulas, and one that begins with an apostrophe.
  report.metrics[0].label.en = '=HYPERLINK("http://example.org","x")';
  report.metrics[1].label.en = "'=SUM(A1)";
  report.metrics[2].label.en = '+86 hotline';
  report.metrics[3].label.en = '@everyone';
  report.metrics[4].label.en = '-5 below';
  writeFileSync(join(folder, 'r.json'), JSON.stringify(report));
  assert.equal(cli(['export-csv', join(folder, 'r.json'), '--out', join(folder, 'csv')]).code, 0);
  const metrics = readFileSync(join(folder, 'csv/metrics.csv'), 'utf8');
  assert.ok(metrics.includes(`"'=HYPERLINK(""http://example.org"",""x"")"`));
  assert.ok(
    metrics.includes(",''=SUM(A1),"),
    'a text that begins with an apostrophe gets one more, so that import gives it back',
  );
  for (const guarded of ["'+86 hotline", "'@everyone", "'-5 below"])
    assert.ok(metrics.includes(`,${guarded},`), guarded);
  const back = cli(['import', join(folder, 'csv')]);
  assert.equal(back.code, 0, back.stderr);
  assert.deepEqual(
    JSON.parse(back.stdout)
      .metrics.slice(0, 5)
      .map((metric) => metric.label.en),
    report.metrics.slice(0, 5).map((metric) => metric.label.en),
  );
  // Typed into a CSV by hand (no guard), the same texts are taken as the text they are.
  editCsv(join(folder, 'csv'), 'metrics.csv', (header, rows) => {
    rows[0][header.indexOf('label.en')] = '=SUM(A1)';
  });
  const typed = cli(['import', join(folder, 'csv')]);
  assert.equal(typed.code, 0, typed.stderr);
  assert.equal(JSON.parse(typed.stdout).metrics[0].label.en, '=SUM(A1)');
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
  assert.match(
    result.stderr,
    /indicator-values\.csv row 3, column indicator \(A\): refers to an indicator "digest-story" that indicators\.csv does not have/,
  );
  const none = cli(['import', join(folder, 'csv', 'metrics.csv')]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /report\.csv: is missing/);
  assert.match(none.stderr, /stories\.csv: is missing/);
});

test('import problems are worded in Simplified Chinese for a Chinese locale, Traditional Chinese for Hong Kong', (t) => {
  const folder = bundledCsv(t);
  editCsv(folder, 'metrics.csv', (header, rows) => {
    rows[1][header.indexOf('value')] = '32万';
  });
  const cells = cli(['import', folder], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.equal(cells.code, 1);
  assert.equal(
    cells.stderr,
    '✗ 无法生成报告：1 个问题\n  metrics.csv 第 3 行，value (B) 列：“32万”不是完整的数字：“万”“亿”不会自动换算，请写成 320000 这样的数字，单位写在 unit 列\n',
  );
  const hongKong = cli(['import', folder], { env: { LANG: 'zh_HK.UTF-8' } });
  assert.equal(
    hongKong.stderr,
    '✗ 無法生成報告：1 個問題\n  metrics.csv 第 3 列，value (B) 欄：「32萬」不是完整的數字：「萬」「億」不會自動換算，請寫成 320000 這樣的數字，單位寫在 unit 欄\n'.replace(
      '32萬',
      '32万',
    ),
  );
  editCsv(folder, 'metrics.csv', (header, rows) => {
    rows[1][header.indexOf('value')] = '320000';
    rows[1][header.indexOf('place')] = 'chaozhou-city';
  });
  const dangling = cli(['import', '--lang', 'zh-Hans', folder]);
  assert.equal(dangling.code, 1);
  assert.match(
    dangling.stderr,
    /metrics\.csv 第 3 行，place \(H\) 列：引用的地点“chaozhou-city”在报告中不存在 \[metrics\[1\]\.place\]/,
  );
});
