// `sw-widgets import <folder-or-files>…`: a report from the CSV files editors keep (see cli/lib/csv-model.js),
// checked like `validate`; problems name the file, row and column.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { checkReportValue } from '../lib/check-report.js';
import { CSV_FILE_NAMES, CSV_MESSAGES, tablesToReport } from '../lib/csv-model.js';
import { decodeCsvBytes } from '../lib/decode.js';
import { readFailure } from '../lib/read-input.js';
import { InputError, UsageError } from '../main.js';

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
  return (problem.row === undefined ? problem.file : t.cell(problem.file, problem.row, problem.column)) + t.sep + problem.message;
}

export default {
  name: 'import',
  register(program, context) {
    const { t } = context;
    return program
      .command('import')
      .description(t.import)
      .argument('<folder-or-files...>', t.importInputs)
      .option('-o, --out <file>', t.outOption)
      .option('--encoding <name>', t.encodingOption, 'auto')
      .action(async (inputs, options) => {
        if (options.encoding !== 'auto') {
          try {
            new TextDecoder(options.encoding);
          } catch {
            throw new UsageError(`--encoding ${options.encoding}`);
          }
        }
        let paths;
        try {
          paths = await csvPaths(inputs, context.cwd);
        } catch (error) {
          throw new InputError(t.cannotRead(error.path ?? inputs.join(' '), readFailure(error)));
        }
        const problems = [];
        const tables = [];
        for (const path of paths) {
          const file = basename(path);
          let text;
          try {
            text = decodeCsvBytes(await readFile(path), options.encoding).text;
          } catch (error) {
            problems.push({ file, message: t.cannotRead(path, readFailure(error)) });
            continue;
          }
          let records;
          try {
            records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
          } catch (error) {
            problems.push({ file, row: error.lines, message: error.message.replace(/^Invalid[^:]*: /, '') });
            continue;
          }
          const [header = [], ...rows] = records;
          tables.push({ file, header, rows: rows.map((row) => header.map((_, i) => row[i] ?? '')) });
        }
        const built = tablesToReport(tables, CSV_MESSAGES[context.lang]);
        problems.push(...built.problems);
        if (!problems.length) {
          for (const problem of checkReportValue(built.report, undefined, context.lang).problems) {
            const from = built.origin(problem.path) ?? { file: 'report.csv' };
            problems.push({ ...from, message: `${problem.message} [${problem.path}]` });
          }
        }
        if (problems.length) {
          context.err(t.importFailed(problems.length));
          for (const problem of problems) context.err('  ' + problemText(t, problem));
          context.exitCode = 1;
          return;
        }
        const json = JSON.stringify(built.report, null, 2) + '\n';
        if (options.out) {
          await writeFile(resolve(context.cwd, options.out), json);
          context.err(t.imported(options.out, built.report));
        } else context.out(json.trimEnd());
      });
  },
};
