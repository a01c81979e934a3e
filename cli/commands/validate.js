// `sw-widgets validate <file-or-url>…`: every problem with its JSON path and line:column, then one summary line.
import { checkReportText, problemLine } from '../lib/check-report.js';
import { readFailure, readText } from '../lib/read-input.js';

export default {
  name: 'validate',
  register(program, context) {
    const { t } = context;
    return program
      .command('validate')
      .description(t.validate)
      .argument(`<${t.terms.fileOrUrl}...>`, t.validateFiles)
      .option('--json', t.jsonOption)
      .action(async (inputs, options) => {
        const results = [];
        for (const input of inputs) {
          let text;
          try {
            text = await readText(input, context.cwd);
          } catch (error) {
            results.push({
              file: input,
              ok: false,
              problems: [{ path: '', message: t.cannotRead(input, readFailure(error, t)), line: 0, column: 0 }],
            });
            continue;
          }
          const checked = checkReportText(text, context.lang);
          results.push({
            file: input,
            ok: checked.ok,
            report: checked.report,
            problems: checked.problems.map(({ syntax, code, detail, ...problem }) =>
              syntax ? { ...problem, message: `${t.syntax}${t.sep}${problem.message}` } : problem,
            ),
          });
        }
        const bad = results.filter((result) => !result.ok).length;
        const problemCount = results.reduce((sum, result) => sum + result.problems.length, 0);
        const summary = t.summary(results.length, bad, problemCount);
        if (options.json) {
          context.out(
            JSON.stringify(
              { ok: bad === 0, summary, files: results.map(({ report: _report, ...result }) => result) },
              null,
              2,
            ),
          );
        } else {
          for (const result of results) {
            if (result.ok) context.out(t.valid(result.file, result.report));
            else {
              context.out(t.invalid(result.file, result.problems.length));
              for (const problem of result.problems) context.out('  ' + problemLine(result.file, problem));
            }
          }
          if (results.length > 1 || bad) context.out(summary);
        }
        context.exitCode = bad ? 1 : 0;
      });
  },
};
