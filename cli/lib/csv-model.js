// A report as the CSV files editors keep, and back: one file per kind of entry, one row per entry, one column
// per field, with a column per language for text (`label` is the Simplified Chinese, `label.zh-Hant`,
// `label.en`). Lists of ids are written in one cell separated by spaces. Pure: tables in, tables out.

/** Column kinds: text (kept as typed), string (trimmed), number, ids (a list), numbers (a list). */
const L = (name, required = false) => ({ name, kind: 'localized', required });
const S = (name, required = false) => ({ name, kind: 'string', required });
const N = (name, required = false) => ({ name, kind: 'number', required });
const IDS = (name, required = false) => ({ name, kind: 'ids', required });
const NUMS = (name, required = false) => ({ name, kind: 'numbers', required });
const SPAN = (name, required = false) => [S(`${name}.start`, required), S(`${name}.end`), L(`${name}.wording`)];

/**
 * The files, in the order they are written, and their columns in order. `list` is where the rows go in the
 * report; `parent` joins rows to an entry of another file (series points to metrics, values to indicators).
 */
export const CSV_FILES = [
  { file: 'report.csv', required: true, single: true, columns: [S('id', true), L('title', true), S('published', true), L('publisher', true), S('headline'), N('version')] },
  { file: 'tags.csv', list: 'tags', columns: [S('id', true), L('label', true)] },
  { file: 'sources.csv', required: true, list: 'sources', columns: [S('id', true), S('kind', true), L('name', true), S('url')] },
  {
    file: 'places.csv',
    required: true,
    list: 'places',
    columns: [S('id', true), S('level', true), L('name', true), L('fullName'), S('adcode'), S('provinceCode', true), S('parent'), N('coordinates.lon'), N('coordinates.lat')],
  },
  {
    file: 'stories.csv',
    required: true,
    list: 'stories',
    columns: [S('id', true), L('title', true), S('originalLanguage'), ...SPAN('date', true), IDS('places', true), IDS('sources', true), L('summary', true), IDS('tags'), IDS('metrics'), S('url')],
  },
  {
    file: 'metrics.csv',
    required: true,
    list: 'metrics',
    columns: [
      S('id', true), N('value', true), S('unit', true), S('qualifier', true), L('label', true), S('place', true), S('story', true),
      ...SPAN('asOf', true), S('source', true), N('target.value'), S('target.deadline'), L('target.label'), L('note'),
    ],
  },
  { file: 'series.csv', parent: { file: 'metrics.csv', list: 'metrics', key: 'metric', field: 'series' }, columns: [S('metric', true), S('date', true), N('value', true), S('qualifier'), S('source')] },
  { file: 'units.csv', record: 'units', columns: [S('unit', true), S('zh-Hant'), S('en'), S('enOne')] },
  { file: 'indicators.csv', list: 'indicators', columns: [S('id', true), L('label', true), S('unit', true), S('source', true), ...SPAN('asOf', true), L('note'), NUMS('breaks')] },
  {
    file: 'indicator-values.csv',
    parent: { file: 'indicators.csv', list: 'indicators', key: 'indicator', field: 'values' },
    columns: [S('indicator', true), S('division', true), N('value', true), S('qualifier'), S('date')],
  },
];

export const CSV_FILE_NAMES = CSV_FILES.map((spec) => spec.file);
const TRANSLATIONS = ['zh-Hant', 'en'];

/** The header names of a spec's columns: a localized field gives three. */
function headerNames(spec) {
  return spec.columns.flatMap((column) => (column.kind === 'localized' ? [column.name, ...TRANSLATIONS.map((lang) => `${column.name}.${lang}`)] : [column.name]));
}

/** The JSON path (keys) a header writes to, and its column. */
function columnOf(spec, header) {
  for (const column of spec.columns) {
    if (column.kind === 'localized') {
      if (header === column.name) return { column, keys: [...column.name.split('.'), 'zh-Hans'] };
      for (const lang of TRANSLATIONS) if (header === `${column.name}.${lang}`) return { column, keys: [...column.name.split('.'), lang] };
    } else if (header === column.name) {
      return { column, keys: column.name.split('.') };
    }
  }
  return undefined;
}

const getPath = (object, keys) => keys.reduce((value, key) => (value == null ? undefined : value[key]), object);
function setPath(object, keys, value) {
  let target = object;
  for (const key of keys.slice(0, -1)) target = target[key] ??= {};
  target[keys.at(-1)] = value;
}

/** A = 1st column, Z, AA, … as spreadsheets name them. */
export function columnLetter(index) {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Report → tables

function cellFor(column, value) {
  if (value === undefined || value === null) return null;
  if (column.kind === 'ids' || column.kind === 'numbers') return value.join(' ');
  return value;
}

function rowsFor(spec, entries) {
  const all = headerNames(spec);
  const rows = entries.map((entry) => all.map((header) => {
    const { column, keys } = columnOf(spec, header);
    return cellFor(column, getPath(entry, keys));
  }));
  // Write the required columns and those that have a value in some row, in the spec's order.
  const keep = all.map((header, i) => columnOf(spec, header).column.required && !header.includes('.zh-Hant') && !header.endsWith('.en') ? true : rows.some((row) => row[i] !== null && row[i] !== undefined && row[i] !== ''));
  return { header: all.filter((_, i) => keep[i]), rows: rows.map((row) => row.filter((_, i) => keep[i])) };
}

/**
 * The CSV tables of a report: `{ file, header, rows }` for each file that has rows (report, sources, places,
 * stories and metrics always). Cells are strings or numbers; write them with src/export/csv.ts `toCsv`.
 * @param {Record<string, any>} report
 */
export function reportToTables(report) {
  const tables = [];
  for (const spec of CSV_FILES) {
    let entries;
    if (spec.single) entries = [report];
    else if (spec.list) entries = report[spec.list] ?? [];
    else if (spec.parent) entries = (report[spec.parent.list] ?? []).flatMap((owner) => (owner[spec.parent.field] ?? []).map((item) => ({ [spec.parent.key]: owner.id, ...item })));
    else if (spec.record) entries = Object.entries(report[spec.record] ?? {}).map(([unit, forms]) => ({ unit, ...forms }));
    if (!entries.length && !spec.required) continue;
    tables.push({ file: spec.file, ...rowsFor(spec, entries) });
  }
  return tables;
}

// ---------------------------------------------------------------------------------------------------------
// Tables → report

/** The wording of import problems. */
export const CSV_MESSAGES = {
  'zh-Hans': {
    notAFile: (names) => `不是报告的文件（应为 ${names.join('、')}）`,
    missingFile: '缺少此文件',
    emptyFile: '文件为空：需要标题行',
    unknownColumn: (file, names) => `不是 ${file} 的列（可用的列：${names.join('、')}）`,
    missingColumn: '缺少此列：文件需要这一列',
    notANumber: (text) => `必须是数字（实际为 ${JSON.stringify(text)}）`,
    notNumbers: (text) => `必须是以空格分隔的数字（实际有 ${JSON.stringify(text)}）`,
    oneRow: (n) => `标题行下必须恰好有一行（实际 ${n} 行）`,
    repeatedUnit: (unit) => `单位 ${JSON.stringify(unit)} 重复`,
    danglingOwner: (key, id, file) => `引用的${key === 'metric' ? '数字' : '指标'} ${JSON.stringify(id)} 在 ${file} 中不存在`,
  },
  en: {
    notAFile: (names) => `is not one of the report's files (${names.join(', ')})`,
    missingFile: 'is missing',
    emptyFile: 'is empty: it needs a header row',
    unknownColumn: (file, names) => `is not a column of ${file} (columns: ${names.join(', ')})`,
    missingColumn: 'is missing: the file needs this column',
    notANumber: (text) => `must be a number (got ${JSON.stringify(text)})`,
    notNumbers: (text) => `must be numbers separated by spaces (got ${JSON.stringify(text)})`,
    oneRow: (n) => `must have exactly one row under the header (has ${n})`,
    repeatedUnit: (unit) => `repeats the unit ${JSON.stringify(unit)}`,
    danglingOwner: (key, id, file) => `refers to ${key === 'metric' ? 'a metric' : 'an indicator'} ${JSON.stringify(id)} that ${file} does not have`,
  },
};

/** Undoes the formula guard of src/export/csv.ts: an apostrophe before = + - @ tab or CR. */
const unguard = (text) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Builds a report from CSV tables (`{ file, header: string[], rows: string[][] }`, rows without the header).
 * Problems name the file, the row as the spreadsheet numbers it (the header is row 1) and the column.
 * @param {Array<{ file: string, header: string[], rows: string[][] }>} tables
 * @param {typeof CSV_MESSAGES.en} [words] the problems' wording (CSV_MESSAGES['zh-Hans'] or .en)
 * @returns {{ report?: Record<string, any>, problems: Array<{ file: string, row?: number, column?: string, message: string }>, origin: (path: string) => { file: string, row?: number, column?: string } | undefined }}
 */
export function tablesToReport(tables, words = CSV_MESSAGES.en) {
  const problems = [];
  const byFile = new Map(tables.map((table) => [table.file, table]));
  const report = {};
  /** path prefix (e.g. `metrics[3]`) → { file, row, header } for mapping validation problems back to cells. */
  const origins = new Map();
  const parsed = new Map();

  for (const table of tables) {
    if (!CSV_FILE_NAMES.includes(table.file)) problems.push({ file: table.file, message: words.notAFile(CSV_FILE_NAMES) });
  }
  for (const spec of CSV_FILES) {
    const table = byFile.get(spec.file);
    if (!table) {
      if (spec.required) problems.push({ file: spec.file, message: words.missingFile });
      continue;
    }
    if (!table.header.length) {
      problems.push({ file: spec.file, message: words.emptyFile });
      continue;
    }
    const columns = table.header.map((header) => columnOf(spec, header.trim()));
    table.header.forEach((header, i) => {
      if (!columns[i]) problems.push({ file: spec.file, row: 1, column: `${header} (${columnLetter(i)})`, message: words.unknownColumn(spec.file, headerNames(spec)) });
    });
    const present = new Set(table.header.map((header) => header.trim()));
    for (const column of spec.columns) {
      if (column.required && !present.has(column.name)) problems.push({ file: spec.file, row: 1, column: column.name, message: words.missingColumn });
    }
    const entries = [];
    table.rows.forEach((cells, r) => {
      if (cells.every((cell) => cell.trim() === '')) return;
      const row = r + 2;
      const entry = {};
      cells.forEach((raw, i) => {
        const found = columns[i];
        if (!found) return;
        const { column, keys } = found;
        const where = { file: spec.file, row, column: `${table.header[i]} (${columnLetter(i)})` };
        const text = column.kind === 'localized' ? unguard(raw) : unguard(raw.trim());
        if (column.kind === 'ids') {
          setPath(entry, keys, text === '' ? [] : text.split(/[\s,;，；、]+/).filter(Boolean));
          return;
        }
        if (text === '') return;
        if (column.kind === 'number') {
          if (!NUMBER.test(text)) problems.push({ ...where, message: words.notANumber(text) });
          else setPath(entry, keys, Number(text));
        } else if (column.kind === 'numbers') {
          const items = text.split(/[\s,;，；、]+/).filter(Boolean);
          const bad = items.find((item) => !NUMBER.test(item));
          if (bad !== undefined) problems.push({ ...where, message: words.notNumbers(bad) });
          else setPath(entry, keys, items.map(Number));
        } else {
          setPath(entry, keys, text);
        }
      });
      // A list column that is absent or empty is an empty list (a story with no tags).
      for (const column of spec.columns) if (column.kind === 'ids' && getPath(entry, column.name.split('.')) === undefined) setPath(entry, column.name.split('.'), []);
      entries.push({ entry, row });
    });
    parsed.set(spec.file, { spec, table, entries });
  }

  // Assemble in the report's own order.
  const single = parsed.get('report.csv');
  if (single) {
    if (single.entries.length !== 1) problems.push({ file: 'report.csv', message: words.oneRow(single.entries.length) });
    const first = single.entries[0];
    if (first) {
      Object.assign(report, first.entry);
      origins.set('', { file: 'report.csv', row: first.row, header: single.table.header });
    }
  }
  for (const spec of CSV_FILES) {
    const got = parsed.get(spec.file);
    if (!got || (!spec.list && !spec.record)) continue;
    if (spec.list) {
      report[spec.list] = got.entries.map(({ entry, row }, i) => {
        origins.set(`${spec.list}[${i}]`, { file: spec.file, row, header: got.table.header });
        return entry;
      });
    } else {
      report[spec.record] = {};
      for (const { entry, row } of got.entries) {
        const { unit, ...forms } = entry;
        if (unit === undefined) continue;
        if (unit in report[spec.record]) problems.push({ file: spec.file, row, column: 'unit', message: words.repeatedUnit(unit) });
        report[spec.record][unit] = forms;
        origins.set(`${spec.record}.${unit}`, { file: spec.file, row, header: got.table.header });
      }
    }
  }
  for (const spec of CSV_FILES) {
    const got = parsed.get(spec.file);
    if (!got || !spec.parent) continue;
    const owners = report[spec.parent.list] ?? [];
    for (const { entry, row } of got.entries) {
      const { [spec.parent.key]: ownerId, ...item } = entry;
      const index = owners.findIndex((owner) => owner.id === ownerId);
      const keyColumn = got.table.header.findIndex((header) => header.trim() === spec.parent.key);
      if (index < 0) {
        problems.push({ file: spec.file, row, column: `${spec.parent.key} (${columnLetter(keyColumn)})`, message: words.danglingOwner(spec.parent.key, ownerId ?? '', spec.parent.file) });
        continue;
      }
      const list = (owners[index][spec.parent.field] ??= []);
      origins.set(`${spec.parent.list}[${index}].${spec.parent.field}[${list.length}]`, { file: spec.file, row, header: got.table.header });
      list.push(item);
    }
  }

  /** The file, row and column a report path (e.g. `metrics[3].label.zh-Hans`) came from. */
  const origin = (path) => {
    let prefix = path;
    for (;;) {
      const found = origins.get(prefix);
      if (found) {
        const rest = path.slice(prefix.length).replace(/^\./, '').replace(/\[\d+\]/g, '').replace(/\.zh-Hans$/, '');
        const index = found.header.findIndex((header) => header.trim() === rest || header.trim().startsWith(`${rest}.`));
        return { file: found.file, row: found.row, column: rest ? (index >= 0 ? `${found.header[index].trim()} (${columnLetter(index)})` : rest) : undefined };
      }
      if (!prefix) return undefined;
      const cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
      prefix = cut > 0 ? prefix.slice(0, cut) : '';
    }
  };
  return { report, problems, origin };
}
