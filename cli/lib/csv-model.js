// A report as the CSV files editors keep, and back: one file per kind of entry, one row per entry, one column
// per field, with a column per language for text (`label` is the Simplified Chinese, `label.zh-Hant`,
// `label.en`). Lists of ids are written in one cell separated by spaces. Cells are read as Excel and WPS write
// them (cli/lib/excel-cells.js). Pure: tables in, tables out.
import { excelError, readCode, readDate, readNumber } from './excel-cells.js';
import { CSV_MESSAGES } from './csv-messages.js';

export { CSV_MESSAGES };

/**
 * Column kinds: localized (a column per language, kept as typed), text (trimmed: a URL, a unit's forms), code
 * (an id, code or fixed word: full-width forms folded), ids (a list of codes), number, numbers (a list), date.
 */
const L = (name, required = false) => ({ name, kind: 'localized', required });
const T = (name, required = false) => ({ name, kind: 'text', required });
const C = (name, required = false) => ({ name, kind: 'code', required });
const N = (name, required = false) => ({ name, kind: 'number', required });
const D = (name, required = false) => ({ name, kind: 'date', required });
const IDS = (name, required = false) => ({ name, kind: 'ids', required });
const NUMS = (name, required = false) => ({ name, kind: 'numbers', required });
const SPAN = (name, required = false) => [D(`${name}.start`, required), D(`${name}.end`), L(`${name}.wording`)];

/**
 * The files, in the order they are written, and their columns in order. `list` is where the rows go in the
 * report; `parent` joins rows to an entry of another file (series points to metrics, values to indicators).
 */
export const CSV_FILES = [
  {
    file: 'report.csv',
    required: true,
    single: true,
    columns: [C('id', true), L('title', true), D('published', true), L('publisher', true), C('headline'), N('version')],
  },
  { file: 'tags.csv', list: 'tags', columns: [C('id', true), L('label', true)] },
  {
    file: 'sources.csv',
    required: true,
    list: 'sources',
    columns: [C('id', true), C('kind', true), L('name', true), T('url')],
  },
  {
    file: 'places.csv',
    required: true,
    list: 'places',
    columns: [
      C('id', true),
      C('level', true),
      L('name', true),
      L('fullName'),
      C('adcode'),
      C('provinceCode', true),
      C('parent'),
      N('coordinates.lon'),
      N('coordinates.lat'),
    ],
  },
  {
    file: 'stories.csv',
    required: true,
    list: 'stories',
    columns: [
      C('id', true),
      L('title', true),
      C('originalLanguage'),
      ...SPAN('date', true),
      IDS('places', true),
      IDS('sources', true),
      L('summary', true),
      IDS('tags'),
      IDS('metrics'),
      T('url'),
    ],
  },
  {
    file: 'metrics.csv',
    required: true,
    list: 'metrics',
    unit: 'unit',
    columns: [
      C('id', true),
      N('value', true),
      C('unit', true),
      C('qualifier', true),
      L('label', true),
      C('place', true),
      C('story', true),
      ...SPAN('asOf', true),
      C('source', true),
      N('target.value'),
      D('target.deadline'),
      L('target.label'),
      L('note'),
    ],
  },
  {
    file: 'series.csv',
    parent: { file: 'metrics.csv', list: 'metrics', key: 'metric', field: 'series' },
    columns: [C('metric', true), D('date', true), N('value', true), C('qualifier'), C('source')],
  },
  { file: 'units.csv', record: 'units', columns: [C('unit', true), T('zh-Hant'), T('en'), T('enOne')] },
  {
    file: 'indicators.csv',
    list: 'indicators',
    unit: 'unit',
    columns: [
      C('id', true),
      L('label', true),
      C('unit', true),
      C('source', true),
      ...SPAN('asOf', true),
      L('note'),
      NUMS('breaks'),
    ],
  },
  {
    file: 'indicator-values.csv',
    parent: { file: 'indicators.csv', list: 'indicators', key: 'indicator', field: 'values' },
    columns: [C('indicator', true), C('division', true), N('value', true), C('qualifier'), D('date')],
  },
];

export const CSV_FILE_NAMES = CSV_FILES.map((spec) => spec.file);
const TRANSLATIONS = ['zh-Hant', 'en'];

/** The header names of a spec's columns: a localized field gives three. */
export function headerNames(spec) {
  return spec.columns.flatMap((column) =>
    column.kind === 'localized'
      ? [column.name, ...TRANSLATIONS.map((lang) => `${column.name}.${lang}`)]
      : [column.name],
  );
}

/** The JSON path (keys) a header writes to, and its column. */
function columnOf(spec, header) {
  for (const column of spec.columns) {
    if (column.kind === 'localized') {
      if (header === column.name) return { column, keys: [...column.name.split('.'), 'zh-Hans'] };
      for (const lang of TRANSLATIONS)
        if (header === `${column.name}.${lang}`) return { column, keys: [...column.name.split('.'), lang] };
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

function rowsFor(spec, entries, allColumns) {
  const all = headerNames(spec);
  const rows = entries.map((entry) =>
    all.map((header) => {
      const { column, keys } = columnOf(spec, header);
      return cellFor(column, getPath(entry, keys));
    }),
  );
  // Write the required columns and those that have a value in some row, in the spec's order.
  const keep = all.map(
    (header, i) =>
      allColumns ||
      (columnOf(spec, header).column.required && !header.includes('.zh-Hant') && !header.endsWith('.en')) ||
      rows.some((row) => row[i] !== null && row[i] !== undefined && row[i] !== ''),
  );
  return { header: all.filter((_, i) => keep[i]), rows: rows.map((row) => row.filter((_, i) => keep[i])) };
}

/**
 * The CSV tables of a report: `{ file, header, rows }` for each file that has rows (report, sources, places,
 * stories and metrics always). Cells are strings or numbers; write them with src/export/csv.ts `toCsv`.
 * Columns: the required ones and those with a value in some row; `allColumns`: every column import reads.
 * @param {Record<string, any>} report
 * @param {{ allColumns?: boolean }} [options]
 */
export function reportToTables(report, { allColumns = false } = {}) {
  const tables = [];
  for (const spec of CSV_FILES) {
    let entries;
    if (spec.single) entries = [report];
    else if (spec.list) entries = report[spec.list] ?? [];
    else if (spec.parent)
      entries = (report[spec.parent.list] ?? []).flatMap((owner) =>
        (owner[spec.parent.field] ?? []).map((item) => ({ [spec.parent.key]: owner.id, ...item })),
      );
    else if (spec.record)
      entries = Object.entries(report[spec.record] ?? {}).map(([unit, forms]) => ({ unit, ...forms }));
    if (!entries.length && !spec.required) continue;
    tables.push({ file: spec.file, ...rowsFor(spec, entries, allColumns) });
  }
  return tables;
}

// ---------------------------------------------------------------------------------------------------------
// Tables → report

/**
 * Undoes the formula guard of src/export/csv.ts: one apostrophe before = + - @ tab or CR, or before further
 * apostrophes that precede one (the guard of a text that itself began with an apostrophe).
 */
export const unguard = (text) => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** How many single-character edits turn one name into another (for "did you mean"). */
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** The column name a mistyped header most likely meant (case, spaces, up to two letters off), if any. */
function likelyColumn(header, candidates) {
  const typed = header.toLowerCase().replace(/[\s_]+/g, '');
  let best;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Builds a report from CSV tables (`{ file, header: string[], rows: string[][] }`, rows without the header, row i
 * being spreadsheet row i + 2). Problems name the file, the row as the spreadsheet numbers it (the header is row
 * 1) and the column by name and letter; notes list each cell read differently from how it was typed (a thousands
 * separator, a full-width digit, 2024/6/1), so that the publisher can check it.
 * @param {Array<{ file: string, header: string[], rows: string[][] }>} tables
 * @param {typeof CSV_MESSAGES.en} [words] the problems' wording (CSV_MESSAGES[language])
 * @returns {{ report?: Record<string, any>, problems: Array<{ file: string, row?: number, column?: string, message: string }>, notes: Array<{ file: string, row: number, column: string, kinds: string[], from: string, to: string }>, origin: (path: string) => { file: string, row?: number, column?: string } | undefined }}
 */
export function tablesToReport(tables, words = CSV_MESSAGES.en) {
  const problems = [];
  const notes = [];
  const byFile = new Map(tables.map((table) => [table.file, table]));
  const report = {};
  /** path prefix (e.g. `metrics[3]`) → { file, row, header } for mapping validation problems back to cells. */
  const origins = new Map();
  const parsed = new Map();
  /** Cells with a per cent sign: allowed only where the unit is %, known once the rows are joined. */
  const percentCells = [];

  for (const table of tables) {
    if (!CSV_FILE_NAMES.includes(table.file))
      problems.push({ file: table.file, message: words.notAFile(CSV_FILE_NAMES) });
  }
  for (const spec of CSV_FILES) {
    const table = byFile.get(spec.file);
    if (!table) {
      if (spec.required) problems.push({ file: spec.file, message: words.missingFile });
      continue;
    }
    const header = table.header.map((name) => name.trim());
    if (!header.some(Boolean)) {
      problems.push({ file: spec.file, message: words.emptyFile });
      continue;
    }
    const names = headerNames(spec);
    const columns = header.map((name) => columnOf(spec, name));
    const firstAt = new Map();
    /** Required columns whose absence a mistyped header already explains. */
    const explained = new Set();
    header.forEach((name, i) => {
      const where = { file: spec.file, row: 1, column: `${name} (${columnLetter(i)})` };
      if (!columns[i]) {
        // Excel keeps columns that were once formatted: a nameless, empty column is nothing.
        if (!name && table.rows.every((cells) => !(cells[i] ?? '').trim())) return;
        const meant =
          name &&
          likelyColumn(
            name,
            names.filter((candidate) => !header.includes(candidate)),
          );
        if (meant) {
          explained.add(meant);
          problems.push({ ...where, message: words.didYouMean(spec.file, meant) });
        } else problems.push({ ...where, message: words.unknownColumn(spec.file, names) });
      } else if (firstAt.has(name)) {
        problems.push({ ...where, message: words.repeatedColumn(columnLetter(firstAt.get(name))) });
        columns[i] = undefined;
      } else firstAt.set(name, i);
    });
    for (const column of spec.columns) {
      if (column.required && !firstAt.has(column.name) && !explained.has(column.name))
        problems.push({ file: spec.file, row: 1, column: column.name, message: words.missingColumn });
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
        const where = { file: spec.file, row, column: `${header[i]} (${columnLetter(i)})` };
        const error = excelError(raw);
        if (error) {
          problems.push({ ...where, message: words.excelError(error) });
          return;
        }
        const text = column.kind === 'localized' ? unguard(raw) : unguard(raw.trim());
        const note = (changes, to) => changes.length && notes.push({ ...where, kinds: changes, from: text, to });
        if (column.kind === 'ids') {
          const read = readCode(text);
          const items = read.value === '' ? [] : read.value.split(/[\s,;，；、]+/).filter(Boolean);
          note(read.changes, items.join(' '));
          setPath(entry, keys, items);
          return;
        }
        if (text === '') return;
        if (column.kind === 'number') {
          const read = readNumber(text);
          if (read.problem) return problems.push({ ...where, message: words.number[read.problem](text) });
          if (read.percent) percentCells.push({ where, text, entry, spec });
          note(read.changes, String(read.value));
          setPath(entry, keys, read.value);
        } else if (column.kind === 'numbers') {
          const values = [];
          const changes = new Set();
          for (const item of text.split(/[\s;；、]+/).filter(Boolean)) {
            const read = readNumber(item);
            if (read.problem) return problems.push({ ...where, message: words.notNumbers(item) });
            if (read.percent) percentCells.push({ where, text: item, entry, spec });
            for (const change of read.changes) changes.add(change);
            values.push(read.value);
          }
          note([...changes], values.join(' '));
          setPath(entry, keys, values);
        } else if (column.kind === 'date') {
          const read = readDate(text);
          if (read.problem)
            return problems.push({ ...where, message: words.date[read.problem](text, read.suggestion) });
          note(read.changes, read.value);
          setPath(entry, keys, read.value);
        } else if (column.kind === 'code') {
          const read = readCode(text);
          note(read.changes, read.value);
          setPath(entry, keys, read.value);
        } else {
          setPath(entry, keys, text);
        }
      });
      // A list column that is absent or empty is an empty list (a story with no tags).
      for (const column of spec.columns)
        if (column.kind === 'ids' && getPath(entry, column.name.split('.')) === undefined)
          setPath(entry, column.name.split('.'), []);
      entries.push({ entry, row });
    });
    parsed.set(spec.file, { spec, table, entries });
  }

  // Assemble in the report's own order.
  const single = parsed.get('report.csv');
  if (single) {
    if (single.entries.length !== 1)
      problems.push({ file: 'report.csv', message: words.oneRow(single.entries.length) });
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
        if (unit in report[spec.record])
          problems.push({ file: spec.file, row, column: 'unit', message: words.repeatedUnit(unit) });
        report[spec.record][unit] = forms;
        origins.set(`${spec.record}.${unit}`, { file: spec.file, row, header: got.table.header });
      }
    }
  }
  /** A row of series.csv or indicator-values.csv → the metric or indicator it belongs to. */
  const ownerOf = new Map();
  for (const spec of CSV_FILES) {
    const got = parsed.get(spec.file);
    if (!got || !spec.parent) continue;
    const owners = report[spec.parent.list] ?? [];
    for (const { entry, row } of got.entries) {
      const { [spec.parent.key]: ownerId, ...item } = entry;
      const index = owners.findIndex((owner) => owner.id === ownerId);
      const keyColumn = got.table.header.findIndex((header) => header.trim() === spec.parent.key);
      if (index < 0) {
        problems.push({
          file: spec.file,
          row,
          column: `${spec.parent.key} (${columnLetter(keyColumn)})`,
          message: words.danglingOwner(spec.parent.key, ownerId ?? '', spec.parent.file),
        });
        continue;
      }
      const list = (owners[index][spec.parent.field] ??= []);
      origins.set(`${spec.parent.list}[${index}].${spec.parent.field}[${list.length}]`, {
        file: spec.file,
        row,
        header: got.table.header,
      });
      ownerOf.set(entry, owners[index]);
      list.push(item);
    }
  }
  // 45% is 45 where the unit is %; elsewhere the sign says something the unit does not.
  for (const { where, text, entry, spec } of percentCells) {
    const unit = spec.parent ? ownerOf.get(entry)?.unit : entry[spec.unit];
    if (unit !== '%' && (!spec.parent || ownerOf.has(entry)))
      problems.push({ ...where, message: words.percentUnit(text, unit ?? '') });
  }

  /** The file, row and column a report path (e.g. `metrics[3].label.zh-Hans`) came from. */
  const origin = (path) => {
    let prefix = path;
    for (;;) {
      const found = origins.get(prefix);
      if (found) {
        const rest = path
          .slice(prefix.length)
          .replace(/^\./, '')
          .replace(/\[\d+\]/g, '')
          .replace(/\.zh-Hans$/, '');
        const index = found.header.findIndex(
          (header) => header.trim() === rest || header.trim().startsWith(`${rest}.`),
        );
        return {
          file: found.file,
          row: found.row,
          column: rest ? (index >= 0 ? `${found.header[index].trim()} (${columnLetter(index)})` : rest) : undefined,
        };
      }
      if (!prefix) return undefined;
      const cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
      prefix = cut > 0 ? prefix.slice(0, cut) : '';
    }
  };
  return { report, problems, notes, origin };
}
