// `sw-widgets export-csv report.json`: the report as the CSV files `import` reads (UTF-8 with a byte-order
// mark so that Excel reads Chinese, CRLF line ends, formula-like text guarded: src/export/csv.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toCsv } from '../../dist/export/csv.js';
import { checkReportText, problemLine } from '../lib/check-report.js';
import { reportToTables } from '../lib/csv-model.js';
import { readFailure, readText } from '../lib/read-input.js';
import { InputError } from '../lib/errors.js';

export default {
  name: 'export-csv',
  register(program, context) {
    const { t } = context;
    return program
      .command('export-csv')
      .description(t.exportCsv)
      .argument(`<${t.terms.report}>`, t.exportInput)
      .option(`-o, --out <${t.terms.folder}>`, t.exportOut, 'csv')
      .option('--all-columns', t.allColumnsOption)
      .action(async (input, options) => {
        let text;
        try {
          text = await readText(input, context.cwd);
        } catch (error) {
          throw new InputError(t.cannotRead(input, readFailure(error, t)));
        }
        const checked = checkReportText(text, context.lang);
        if (!checked.ok) {
          context.err(t.invalid(input, checked.problems.length));
          for (const problem of checked.problems) context.err('  ' + problemLine(input, problem));
          context.exitCode = 1;
          return;
        }
        const folder = resolve(context.cwd, options.out);
        await mkdir(folder, { recursive: true });
        const tables = reportToTables(checked.report, { allColumns: options.allColumns });
        for (const table of tables) await writeFile(join(folder, table.file), toCsv(table));
        context.err(
          t.exported(
            options.out,
            tables.map((table) => table.file),
          ),
        );
      });
  },
};
