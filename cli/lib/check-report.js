// Checks a report file: JSON syntax, the report schema and cross-references (src/report/validate.ts, the same
// validation the elements run), and fields the schema does not know (which the elements would silently drop;
// usually a typo such as "lable"). Each problem carries its JSON path and line:column.
import { ReportSchema } from '../../dist/report/schema.js';
import { describeProblem, problemDetail, validateReport } from '../../dist/report/validate.js';
import { VALIDATION_MESSAGES } from '../../dist/report/validate.messages.js';
import { JsonSyntaxError, joinPath, locationOf, parseJsonWithLocations } from './json-locate.js';

/** @typedef {{ path: string, message: string, line: number, column: number }} LocatedProblem */

const UNKNOWN_FIELD = {
  'zh-Hans': (name) => `不是报告格式中的字段（“${name}”）`,
  'zh-Hant': (name) => `不是報告格式中的欄位（「${name}」）`,
  en: (name) => `is not a field of the report format ("${name}")`,
};

/** A validator problem's message in `language` (the validator words it; without its path). */
function localMessage(problem, language) {
  if (language === 'en') return problem.message;
  const line = describeProblem(problem, language);
  const prefix = VALIDATION_MESSAGES[language].line(problem.path, '');
  return prefix && line.startsWith(prefix) ? line.slice(prefix.length) : problem.message;
}

/** The object schema under optional/nullable wrappers (pipes keep the wrapped schema's own fields). */
function unwrap(schema) {
  let s = schema;
  while (s && (s.type === 'optional' || s.type === 'nullable' || s.type === 'nullish' || s.type === 'exact_optional'))
    s = s.wrapped;
  return s;
}

/**
 * Paths of object members the schema does not define.
 * @param {unknown} schema a valibot schema
 * @param {unknown} value
 * @param {string} path
 * @param {string[]} out
 */
export function unknownFields(schema, value, path = '', out = []) {
  const s = unwrap(schema);
  if (!s || value === null || typeof value !== 'object') return out;
  if ((s.type === 'object' || s.type === 'strict_object') && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) {
      const child = joinPath(path, key);
      if (key in s.entries) unknownFields(s.entries[key], item, child, out);
      else out.push(child);
    }
  } else if (s.type === 'array' && Array.isArray(value)) {
    value.forEach((item, i) => unknownFields(s.item, item, joinPath(path, i), out));
  } else if (s.type === 'record' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) unknownFields(s.value, item, joinPath(path, key), out);
  }
  return out;
}

/**
 * Checks the text of a report file.
 * @param {string} text
 * @param {'zh-Hans' | 'zh-Hant' | 'en'} [language] of the messages
 * @returns {{ ok: boolean, report?: object, problems: LocatedProblem[] }}
 */
export function checkReportText(text, language = 'en') {
  let located;
  try {
    located = parseJsonWithLocations(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      return {
        ok: false,
        problems: [
          { path: '', message: error.describe(language), line: error.line, column: error.column, syntax: true },
        ],
      };
    throw error;
  }
  return checkReportValue(located.value, located, language);
}

/**
 * Checks a parsed report; `located` (from parseJsonWithLocations) gives line:column, else 0:0.
 * @returns {{ ok: boolean, report?: object, problems: LocatedProblem[] }}
 */
export function checkReportValue(value, located, language = 'en') {
  const where = (path, key) => (located ? locationOf(located, path, { key }) : { line: 0, column: 0 });
  const problems = [];
  const seen = new Set();
  for (const path of unknownFields(ReportSchema, value)) {
    const name = path.slice(Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')) + 1);
    problems.push({ path, message: UNKNOWN_FIELD[language](name), code: 'unknown-field', ...where(path, true) });
    seen.add(path);
  }
  const result = validateReport(value);
  for (const problem of result.problems) {
    // A strict schema may report the same unknown field: say it once.
    if (seen.has(problem.path)) continue;
    problems.push({
      path: problem.path,
      message: localMessage(problem, language),
      detail: problemDetail(problem),
      ...where(problem.path, false),
    });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return problems.length ? { ok: false, problems } : { ok: true, report: result.report, problems: [] };
}

/** One problem as a line: `file:line:column  path  message` (validate, bundle and export-csv print them so). */
export function problemLine(file, problem) {
  return `${file}:${problem.line}:${problem.column}  ${problem.path || '(report)'}  ${problem.message}`;
}
