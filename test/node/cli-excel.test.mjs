// `sw-widgets import` of sheets as Excel and WPS save them: figures with thousands separators, full-width digits,
// per cent signs and Chinese dates are read and listed once; Excel errors, ambiguous values and broken quoting are
// refused with the cell, the reason and what to do, in the chosen language, and nothing that follows from them.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../dist/export/csv.js';
import { excelError, foldWidth, readDate, readNumber } from '../../cli/lib/excel-cells.js';
import { BUNDLED_REPORT, ROOT, cli, tempFolder } from './cli-helpers.mjs';

/** The bundled report as CSV files in a new temporary folder. */
function sheets(t) {
  const folder = tempFolder(t);
  assert.equal(cli(['export-csv', BUNDLED_REPORT, '--out', folder]).code, 0);
  return folder;
}

/** Sets cells of one file: `cells` maps `row:column` (spreadsheet row number, column name) to the text. */
function setCells(folder, file, cells) {
  const [header, ...rows] = parse(readFileSync(join(folder, file), 'utf8'), { bom: true });
  for (const [at, text] of Object.entries(cells)) {
    const [row, column] = at.split(':');
    const index = header.indexOf(column);
    assert.ok(index >= 0, `${file} has a column ${column}`);
    rows[Number(row) - 2][index] = text;
  }
  writeFileSync(join(folder, file), toCsv({ header, rows }));
}

const rowOf = (report, id) => report.metrics.find((metric) => metric.id === id);

test('"320,000", 2024/6/1 and ２９ give 320000, 2024-06-01 and 29, and what was read so is listed once', (t) => {
  const folder = sheets(t);
  // Row 3 is chaozhou-volunteers (320000), row 2 chaozhou-charity-orgs (29).
  setCells(folder, 'metrics.csv', { '3:value': '320,000', '2:value': '２９', '2:asOf.start': '2024/6/1' });
  const out = join(folder, 'out.json');
  const zh = cli(['import', folder, '--out', out, '--lang', 'zh-Hans']);
  assert.equal(zh.code, 0, zh.stderr);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(rowOf(report, 'chaozhou-volunteers').value, 320000);
  assert.equal(rowOf(report, 'chaozhou-charity-orgs').value, 29);
  assert.deepEqual(rowOf(report, 'chaozhou-charity-orgs').asOf, { start: '2024-06-01' });
  assert.equal(
    zh.stderr,
    [
      `✓ 已写入 ${out}（20 个数字、4 篇报道、11 个地点、5 个来源）`,
      '以下 3 处按电子表格的写法读取，请核对：',
      '  metrics.csv value (B) 列，第 2 行：全角字符“２９” → 29',
      '  metrics.csv asOf.start (J) 列，第 2 行：日期写法“2024/6/1” → 2024-06-01',
      '  metrics.csv value (B) 列，第 3 行：千位分隔符“320,000” → 320000',
      '',
    ].join('\n'),
  );
  const en = cli(['import', folder]);
  assert.equal(en.code, 0, en.stderr);
  assert.deepEqual(JSON.parse(en.stdout), report);
  assert.match(
    en.stderr,
    /Read as a spreadsheet writes it, in 3 cells; please check:\n {2}metrics\.csv column value \(B\), row 2: full-width characters "２９" → 29\n/,
  );
  const hant = cli(['import', folder, '--lang', 'zh-Hant']);
  assert.match(
    hant.stderr,
    /以下 3 處按試算表的寫法讀取，請核對：\n {2}metrics\.csv value \(B\) 欄，第 2 列：全形字元「２９」 → 29\n/,
  );
});

test('every date form Chinese Excel writes is read; many cells of one kind make one line with their rows', (t) => {
  const folder = sheets(t);
  setCells(folder, 'metrics.csv', {
    '2:asOf.start': '2024/06/01',
    '3:asOf.start': '2024年6月1日',
    '4:asOf.start': '2024年6月',
    '5:asOf.start': '2024.6.1',
    '6:asOf.start': '2024/6/1 0:00',
    '7:asOf.start': '２０２４－０６',
    '7:target.value': '１５０',
  });
  setCells(folder, 'report.csv', { '2:published': '2024年6月' });
  // Row 22 of metrics.csv is pingyang-young-share, in %.
  const [header, ...rows] = parse(readFileSync(join(folder, 'metrics.csv'), 'utf8'), { bom: true });
  const share = rows.findIndex((row) => row[0] === 'pingyang-young-share') + 2;
  setCells(folder, 'metrics.csv', { [`${share}:value`]: '6%' });
  const result = cli(['import', folder]);
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(
    report.metrics.slice(0, 6).map((metric) => metric.asOf.start),
    ['2024-06-01', '2024-06-01', '2024-06', '2024-06-01', '2024-06-01', '2024-06'],
  );
  assert.equal(report.published, '2024-06');
  assert.equal(rowOf(report, 'pingyang-young-share').value, 6);
  assert.equal(report.metrics[5].target.value, 150);
  assert.ok(header.includes('asOf.start'));
  assert.match(
    result.stderr,
    /metrics\.csv column asOf\.start \(J\), rows 2, 3, 4, 5: date form, e\.g\. "2024\/06\/01" → 2024-06-01/,
  );
  assert.match(
    result.stderr,
    /metrics\.csv column asOf\.start \(J\), row 6: time 0:00 after the date, date form "2024\/6\/1 0:00" → 2024-06-01/,
  );
  assert.match(
    result.stderr,
    /metrics\.csv column asOf\.start \(J\), row 7: full-width characters "２０２４－０６" → 2024-06/,
  );
  assert.match(result.stderr, /Read as a spreadsheet writes it, in 9 cells; please check:/);
  assert.match(result.stderr, new RegExp(`metrics\\.csv column value \\(B\\), row ${share}: per cent sign "6%" → 6`));
  assert.match(result.stderr, /report\.csv column published \(E\), row 2: date form "2024年6月" → 2024-06/);
});

test('Excel errors, ambiguous figures and dates are refused, naming the cell, the reason and what to do', (t) => {
  const folder = sheets(t);
  setCells(folder, 'metrics.csv', {
    '2:value': '#N/A',
    '3:value': '#DIV/0!',
    '4:label': '#VALUE!',
    '5:value': '1,5',
    '6:value': '1.23457E+11',
    '7:value': '10²',
    '8:value': '¥1,000',
    '9:value': '(1,000)',
    '10:asOf.start': '6/1/2024',
    '11:asOf.start': '45444',
    '12:asOf.start': '2024/2/30',
    '13:asOf.start': '24/6/1',
    '14:value': '85%',
  });
  const result = cli(['import', folder]);
  assert.equal(result.code, 1);
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines[0], '✗ no report written: 13 problems');
  assert.deepEqual(lines.slice(1), [
    '  metrics.csv row 2, column value (B): this cell holds an Excel error (#N/A), not a value: fix the formula in Excel or type the value, and save again',
    '  metrics.csv row 3, column value (B): this cell holds an Excel error (#DIV/0!), not a value: fix the formula in Excel or type the value, and save again',
    '  metrics.csv row 4, column label (E): this cell holds an Excel error (#VALUE!), not a value: fix the formula in Excel or type the value, and save again',
    '  metrics.csv row 5, column value (B): the comma in "1,5" is unclear: a thousands separator comes every three digits (1,089), and the decimal point is "."',
    '  metrics.csv row 6, column value (B): "1.23457E+11" is Excel\'s scientific notation, which has lost digits: format the column as Number (with the decimals you need) and save again',
    '  metrics.csv row 7, column value (B): must be a number (got "10²")',
    '  metrics.csv row 8, column value (B): "¥1,000" is not a number: leave out the currency sign; the unit (元, 万元, 亿元) goes in the unit column',
    '  metrics.csv row 9, column value (B): is "(1,000)" an accounting negative? Write it as -1000',
    '  metrics.csv row 10, column asOf.start (J): "6/1/2024" could be day/month or month/day: write the date as year-month-day, e.g. 2024-06-01',
    '  metrics.csv row 11, column asOf.start (J): "45444" is a date Excel saved as its day number (usually 2024-06-01 in Excel): format the column as Date or Text and save again, or type 2024-06-01',
    '  metrics.csv row 12, column asOf.start (J): there is no such date as "2024/2/30": check the month and the day',
    '  metrics.csv row 13, column asOf.start (J): "24/6/1" has a two-digit year: write the year in full, e.g. 2024-06-01',
    '  metrics.csv row 14, column value (B): "85%" has a per cent sign but the unit is "人": for a percentage, set the unit to %; otherwise leave out the %',
  ]);
  const zh = cli(['import', folder, '--lang', 'zh-Hans']);
  assert.match(
    zh.stderr,
    /metrics\.csv 第 2 行，value \(B\) 列：此单元格是 Excel 的错误值 #N\/A，不是数据：请在 Excel 中修正公式或直接填写数值后重新保存/,
  );
  assert.match(
    zh.stderr,
    /metrics\.csv 第 10 行，asOf\.start \(J\) 列：无法确定“6\/1\/2024”是几月几日（月\/日还是日\/月）：请写成 2024-06-01 这样的“年-月-日”/,
  );
});

test('a stray quote gives one message in Chinese with row and column letter, and nothing that follows from it', (t) => {
  const folder = sheets(t);
  // A row added by hand in a text editor: an unquoted cell with a quote in it (column M, summary).
  const path = join(folder, 'stories.csv');
  const text = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    text + 'extra-story,标题,,,zh-Hans,2024-06,,,,,zhuanglang,zhuanglang-civil-affairs,第七次"全国人口普查,,,,\r\n',
  );
  const zh = cli(['import', folder, '--lang', 'zh-Hans']);
  assert.equal(zh.code, 1);
  assert.equal(
    zh.stderr,
    '✗ 无法生成报告：1 个问题\n  stories.csv 第 6 行，summary (M) 列：单元格中间有一个双引号（在“第七次”之后）：如果引号是文字的一部分，请把整个单元格用双引号括起来，并把其中的每个双引号写成两个（"第七次""…"）。用 Excel 保存时它会自动这样做\n',
  );
  assert.equal(zh.stdout, '');
  const en = cli(['import', folder]);
  assert.equal(
    en.stderr,
    '✗ no report written: 1 problem\n  stories.csv row 6, column summary (M): there is a double quote inside the cell (after "第七次"): if the quote is part of the text, wrap the whole cell in double quotes and double each quote inside ("第七次""…"); Excel does this itself when it saves\n',
  );
  const hant = cli(['import', folder, '--lang', 'zh-Hant']);
  assert.match(
    hant.stderr,
    /^✗ 無法生成報告：1 個問題\n {2}stories\.csv 第 6 列，summary \(M\) 欄：儲存格中間有一個雙引號（在「第七次」之後）/,
  );
});

test('other broken quoting: a quote after the closing one, a quote never closed; the file line when rows span lines', (t) => {
  const folder = sheets(t);
  writeFileSync(join(folder, 'tags.csv'), '\uFEFFid,label\r\nexchange,"交流"合作\r\n');
  assert.equal(
    cli(['import', folder]).stderr,
    '✗ no report written: 1 problem\n  tags.csv row 2, column label (B): the cell\'s closing double quote is followed by more text ("合"): if the quote is part of the text, double it ("")\n',
  );
  writeFileSync(
    join(folder, 'tags.csv'),
    '\uFEFFid,label\r\nexchange,交流合作\r\ncharity,"慈善\r\nvolunteering,志愿服务\r\n',
  );
  assert.match(
    cli(['import', folder, '--lang', 'zh-Hans']).stderr,
    /^✗ 无法生成报告：1 个问题\n {2}tags\.csv 第 3 行，label \(B\) 列：以双引号开头的单元格没有结束的双引号/,
  );
  // A cell with a line break (row 2 spans two lines of the file): the row is the spreadsheet's, the line the file's.
  writeFileSync(join(folder, 'tags.csv'), '\uFEFFid,label\r\nexchange,"交流\r\n合作"\r\ncharity,慈"善\r\n');
  assert.match(
    cli(['import', folder]).stderr,
    /tags\.csv row 3, column label \(B\): there is a double quote inside the cell \(after "慈"\).* \(line 4 of the file\)\n$/,
  );
});

test("a mistyped or repeated header is one problem; a unit without forms names units.csv; Excel's empty columns are ignored", (t) => {
  const folder = sheets(t);
  const path = join(folder, 'sources.csv');
  const [header, ...rows] = parse(readFileSync(path, 'utf8'), { bom: true });
  header[header.indexOf('kind')] = 'Kind';
  // Excel keeps a column that was once formatted: a nameless, empty column at the end.
  writeFileSync(path, toCsv({ header: [...header, ''], rows: rows.map((row) => [...row, '']) }));
  const typo = cli(['import', folder]);
  assert.equal(
    typo.stderr,
    '✗ no report written: 1 problem\n  sources.csv row 1, column Kind (B): is not a column of sources.csv: did you mean kind? Correct the name in the header row\n',
  );
  header[header.indexOf('Kind')] = 'kind';
  writeFileSync(path, toCsv({ header: [...header, 'name'], rows: rows.map((row) => [...row, '']) }));
  assert.match(
    cli(['import', folder]).stderr,
    /sources\.csv row 1, column name \(F\): has the same name as column C: each column may appear once/,
  );
  writeFileSync(path, toCsv({ header, rows }));
  setCells(folder, 'metrics.csv', { '2:unit': '万人' });
  assert.match(
    cli(['import', folder, '--lang', 'zh-Hans']).stderr,
    /metrics\.csv 第 2 行，unit \(C\) 列：“万人”不是内置单位（.*）：请在 units\.csv 中加一行，写出它的繁体中文和英文写法（unit、zh-Hant、en、enOne 列） \[metrics\[0\]\.unit\]/,
  );
});

test('a file read in the wrong encoding is named with the first cell it garbles', () => {
  // Excel's "CSV" in Simplified Chinese is GB18030: read as UTF-8 on purpose, its Chinese cannot be decoded.
  const forced = cli(['import', join(ROOT, 'test/node/fixtures/gb18030'), '--encoding', 'utf-8']);
  assert.equal(forced.code, 1);
  assert.match(
    forced.stderr,
    /^✗ no report written: 6 problems\n {2}metrics\.csv row 2, column unit \(C\): has characters that cannot be read \(read as utf-8\): save it as "CSV UTF-8 \(Comma delimited\)" in Excel, or give its encoding with --encoding\n/,
  );
  assert.doesNotMatch(forced.stderr, /is missing|must be/, 'nothing that follows from it');
});

test('the cell readers: what they read, what they note, what they refuse', () => {
  assert.deepEqual(readNumber('320,000'), { value: 320000, changes: ['thousands'], percent: false });
  assert.deepEqual(readNumber('１，０８９．５'), {
    value: 1089.5,
    changes: ['full-width', 'thousands'],
    percent: false,
  });
  assert.deepEqual(readNumber('－３'), { value: -3, changes: ['full-width'], percent: false });
  assert.deepEqual(readNumber('45.5％'), { value: 45.5, changes: ['full-width', 'percent'], percent: true });
  assert.deepEqual(readNumber(' 42 '), { value: 42, changes: [], percent: false });
  for (const [text, problem] of [
    ['32万', 'magnitude'],
    ['1.2亿', 'magnitude'],
    ['1,5', 'comma'],
    ['1,0890', 'comma'],
    ['1E+5', 'exponent'],
    ['10²', 'not-a-number'],
    ['①', 'not-a-number'],
    ['320 000', 'spaces'],
    ['￥5', 'currency'],
    ['(5)', 'parentheses'],
  ]) {
    assert.equal(readNumber(text).problem, problem, text);
  }
  assert.deepEqual(readDate('2024/6/1'), { value: '2024-06-01', changes: ['date'] });
  assert.deepEqual(readDate('2024-06-01'), { value: '2024-06-01', changes: [] });
  assert.deepEqual(readDate('2024年'), { value: '2024', changes: ['date'] });
  assert.deepEqual(readDate('2024年6月1号'), { value: '2024-06-01', changes: ['date'] });
  assert.deepEqual(readDate('2024/2/29'), { value: '2024-02-29', changes: ['date'] });
  assert.equal(readDate('2023/2/29').problem, 'no-such-date');
  assert.equal(readDate('2024/13/1').problem, 'no-such-date');
  assert.equal(readDate('2024/6/1 9:30').problem, 'date-time');
  assert.equal(readDate('1/6/2024').problem, 'day-month-order');
  assert.deepEqual(readDate('45444'), { problem: 'date-serial', suggestion: '2024-06-01' });
  assert.deepEqual(readDate('近日'), { value: '近日', changes: [] }, 'left for the report check to word');
  assert.equal(excelError('#N/A'), '#N/A');
  assert.equal(excelError(' #div/0! '), '#DIV/0!');
  assert.equal(excelError('#1 story'), undefined);
  assert.equal(foldWidth('ａＢ１２３　％'), 'aB123 %');
});
