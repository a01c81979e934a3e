// `sw-widgets import <folder-or-files>…`: a report from the CSV files editors keep (see cli/lib/csv-model.js),
// checked like `validate`; problems name the file, row and column, in the CLI's language, and say what to do.
// A file that cannot be read as CSV is the only problem reported for it, and nothing is built from the others
// (what would follow from it, "missing file", "refers to nothing", is not a problem of its own). Once the report
// is written, the cells read differently from how they were typed (320,000 → 320000) are listed, once.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { checkReportValue } from '../lib/check-report.js';
import { CSV_FILE_NAMES, CSV_MESSAGES, columnLetter, tablesToReport } from '../lib/csv-model.js';
import { decodeCsvBytes } from '../lib/decode.js';
import { readFailure } from '../lib/read-input.js';
import { InputError, UsageError } from '../lib/errors.js';

/** The CSV files named on the command line: a folder gives the report's files in it. */
async function csvPaths(inputs, cwd) {
  const paths = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.csv'));
      paths.push(...names.filter((name) => CSV_FILE_NAMES.includes(name)).map((name) => join(path, name)));
    } else paths.push(path);
  }
  return paths;
}

/** A problem as a line: `metrics.csv row 5, column place (H): …`. */
function problemText(t, problem) {
  return (
    (problem.row === undefined ? problem.file : t.cell(problem.file, problem.row, problem.column)) +
    t.sep +
    problem.message
  );
}

/** The character after the first closing quote that is not followed by a delimiter (csv-parse names only its first byte). */
function charAfterClosingQuote(text) {
  let quoted = false;
  let fieldStart = true;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') i++;
      else if (i + 1 === text.length || /[,\r\n]/.test(text[i + 1])) [quoted, fieldStart] = [false, false];
      else return String.fromCodePoint(text.codePointAt(i + 1));
    } else if (c === '"' && fieldStart) quoted = true;
    else fieldStart = c === ',' || c === '\r' || c === '\n';
  }
  return undefined;
}

/**
 * Why a CSV text cannot be read, at the row and column where reading stopped (csv-parse's error: `records`
 * complete records before it, `index` the zero-based field, `field` what the cell held up to there).
 * @returns {{ row: number, column?: string, message: string }}
 */
export function csvSyntaxProblem(error, text, words) {
  // Empty lines are records too (the reader keeps them), so the spreadsheet row is the next record's number.
  const row = (error.records ?? 0) + 1;
  let header = [];
  if (row > 1) {
    try {
      header = parse(text, { bom: true, relax_column_count: true, to: 1 })[0] ?? [];
    } catch {
      header = [];
    }
  }
  const index = Number.isInteger(error.index) ? error.index : undefined;
  const column =
    index === undefined ? undefined : `${header[index] ? `${header[index].trim()} ` : ''}(${columnLetter(index)})`;
  const found = charAfterClosingQuote(text) ?? /got "(.*)" at line/.exec(error.message)?.[1];
  let message;
  if (error.code === 'INVALID_OPENING_QUOTE') message = words.quoteInside(error.field ?? '');
  else if (error.code === 'CSV_INVALID_CLOSING_QUOTE') message = words.quoteAfterClose(found ?? '');
  else if (error.code === 'CSV_QUOTE_NOT_CLOSED') message = words.quoteNotClosed;
  else message = words.notCsv(error.code ?? 'CSV');
  // The file's own line, for a text editor, when cells with line breaks above make it differ from the row
  // (csv-parse's own count takes a CRLF inside a cell for two lines).
  let line = 1;
  if (row > 1) {
    try {
      const before = parse(text, { bom: true, relax_column_count: true, to: row - 1, info: true });
      line +=
        Buffer.from(text)
          .subarray(0, before.at(-1).info.bytes)
          .toString()
          .match(/\r\n|\r|\n/g)?.length ?? 0;
    } catch {
      line = row;
    }
  }
  if (line !== row) message += words.fileLine(line);
  return { row, column, message };
}

/** The notes grouped by file, column and what changed: one line each, naming the rows and one example. */
function noteLines(notes, words, t) {
  const groups = new Map();
  for (const note of notes) {
    const key = `${note.file}\n${note.column}\n${note.kinds.join(' ')}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(note);
  }
  return [...groups.values()].map((group) => {
    const [first] = group;
    const shown = group.slice(0, 8).map((note) => note.row);
    const kinds = words.listKinds(first.kinds.map((kind) => words.kinds[kind] ?? kind));
    return `  ${words.at(first.file, first.column, words.rows(shown, group.length - shown.length))}${t.sep}${words.what(kinds, words.change(first.from, first.to), group.length > 1)}`;
  });
}

export default {
  name: 'import',
  register(program, context) {
    const { t } = context;
    const words = CSV_MESSAGES[context.lang];
    return program
      .command('import')
      .description(t.import)
      .argument(`<${t.terms.folderOrFiles}...>`, t.importInputs)
      .option(`-o, --out <${t.terms.file}>`, t.outOption)
      .option(`--encoding <${t.terms.encoding}>`, t.encodingOption, 'auto')
      .action(async (inputs, options) => {
        if (options.encoding !== 'auto') {
          try {
            new TextDecoder(options.encoding);
          } catch {
            throw new UsageError(t.badEncoding(options.encoding));
          }
        }
        let paths;
        try {
          paths = await csvPaths(inputs, context.cwd);
        } catch (error) {
          throw new InputError(t.cannotRead(error.path ?? inputs.join(' '), readFailure(error, t)));
        }
        const report = (problems) => {
          context.err(t.importFailed(problems.length));
          for (const problem of problems) context.err('  ' + problemText(t, problem));
          context.exitCode = 1;
        };

        // Read every file; one that cannot be read stops the import once all are read.
        const unreadable = [];
        const tables = [];
        for (const path of paths) {
          const file = basename(path);
          let decoded;
          try {
            decoded = decodeCsvBytes(await readFile(path), options.encoding);
          } catch (error) {
            unreadable.push({ file, message: t.cannotRead(path, readFailure(error, t)) });
            continue;
          }
          let records;
          try {
            // Empty lines are kept (and skipped later) so that row numbers are the spreadsheet's.
            records = parse(decoded.text, { bom: true, relax_column_count: true });
          } catch (error) {
            unreadable.push({ file, ...csvSyntaxProblem(error, decoded.text, words) });
            continue;
          }
          // U+FFFD: bytes the encoding has no character for (a file in another encoding than the one read).
          const badRow = records.findIndex((cells) => cells.some((cell) => cell.includes('\uFFFD')));
          if (badRow >= 0) {
            const badColumn = records[badRow].findIndex((cell) => cell.includes('\uFFFD'));
            const name = badRow > 0 ? records[0][badColumn]?.trim() : '';
            unreadable.push({
              file,
              row: badRow + 1,
              column: `${name ? `${name} ` : ''}(${columnLetter(badColumn)})`,
              message: words.unreadable(decoded.encoding),
            });
            continue;
          }
          const [header = [], ...rows] = records;
          tables.push({ file, header, rows: rows.map((row) => header.map((_, i) => row[i] ?? '')) });
        }
        if (unreadable.length) return report(unreadable);

        const built = tablesToReport(tables, words);
        const problems = [...built.problems];
        if (!problems.length) {
          for (const problem of checkReportValue(built.report, undefined, context.lang).problems) {
            const from = built.origin(problem.path) ?? { file: 'report.csv' };
            // The publisher edits units.csv, not a "units table".
            const message =
              problem.detail?.code === 'unknown-unit'
                ? words.unknownUnit(problem.detail.unit, problem.detail.builtIn)
                : problem.message;
            problems.push({ ...from, message: `${message} [${problem.path}]` });
          }
        }
        if (problems.length) return report(problems);
        const json = JSON.stringify(built.report, null, 2) + '\n';
        if (options.out) {
          await writeFile(resolve(context.cwd, options.out), json);
          context.err(t.imported(options.out, built.report));
        } else {
          context.out(json.trimEnd());
          context.err(t.importedToOutput(built.report));
        }
        if (built.notes.length) {
          context.err(words.changed(built.notes.length));
          for (const line of noteLines(built.notes, words, t)) context.err(line);
        }
      });
  },
};
