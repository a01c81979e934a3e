/**
 * What an element needs only for a report it is given (`src` or `report`), not for the bundled one, which the
 * build validated: loading, validation and the words for their failures. `SwElement` imports this module on
 * demand; the script-tag bundles load it as cdn/sw-report.js beside them (rollup.config.mjs).
 */
import type { SharedMessages } from '../format/messages.js';
import { loadReport, ReportLoadError } from './load.js';
import type { Language, Report } from './schema.js';
import { describeProblems, validateReport } from './validate.js';
import { LOAD_ERROR_MESSAGES } from './load-error.messages.js';

export { loadReport };

/** Why an element cannot show a report: an error code, the field at fault, and the message in the reader's language. */
export interface DataFailure {
  code: string;
  field?: string;
  describe: (messages: SharedMessages, language: Language) => string;
}

/** A `report` property value as a valid report, or why it is not one. */
export function checkReportProperty(
  input: unknown,
): { report: Report; failure?: undefined } | { report?: undefined; failure: DataFailure } {
  const result = validateReport(input);
  if (result.ok) return { report: result.report };
  const problems = result.problems;
  return {
    failure: {
      code: 'invalid-report',
      field: problems[0]?.path,
      describe: (_m, language) => LOAD_ERROR_MESSAGES[language].invalidProperty(describeProblems(problems, language)),
    },
  };
}

/** Why `src` could not be shown, from what `loadReport` threw. */
export function describeLoadFailure(error: unknown, timeoutMs: number): DataFailure {
  if (!(error instanceof ReportLoadError)) {
    return { code: 'network', describe: (m) => m.loadError.network(String(error)) };
  }
  const { url, details } = error;
  switch (error.code) {
    case 'http-status':
      return {
        code: error.code,
        field: 'src',
        describe: (_m, language) => LOAD_ERROR_MESSAGES[language].httpStatus(url, details.status ?? 0),
      };
    case 'timeout':
      return {
        code: error.code,
        field: 'src',
        describe: (_m, language) => LOAD_ERROR_MESSAGES[language].timeout(url, Math.round(timeoutMs / 100) / 10),
      };
    case 'wrong-content-type':
      return {
        code: error.code,
        field: 'src',
        describe: (_m, language) => LOAD_ERROR_MESSAGES[language].wrongContentType(url, details.contentType ?? ''),
      };
    case 'not-json':
      return {
        code: error.code,
        field: 'src',
        describe: (_m, language) => LOAD_ERROR_MESSAGES[language].notJson(url, details.excerpt ?? ''),
      };
    case 'truncated-json':
      return {
        code: error.code,
        field: 'src',
        describe: (_m, language) => LOAD_ERROR_MESSAGES[language].truncatedJson(url, details.length ?? 0),
      };
    case 'too-large':
      return {
        code: error.code,
        field: 'src',
        describe: (_m, language) => LOAD_ERROR_MESSAGES[language].tooLarge(url),
      };
    case 'integrity':
      return { code: error.code, field: 'src-integrity', describe: (m) => m.loadError.tampered(url) };
    case 'cross-origin':
      return {
        code: error.code,
        field: 'src',
        describe: (_m, language) => LOAD_ERROR_MESSAGES[language].crossOrigin(url, details.pageOrigin ?? ''),
      };
    case 'network':
      return {
        code: error.code,
        field: 'src',
        describe: (_m, language) => LOAD_ERROR_MESSAGES[language].network(url, Boolean(details.insecure)),
      };
    case 'invalid-report': {
      const problems = details.problems ?? [];
      return {
        code: error.code,
        field: problems[0]?.path,
        describe: (_m, language) =>
          LOAD_ERROR_MESSAGES[language].invalidReport(url, describeProblems(problems, language)),
      };
    }
    default:
      return { code: error.code, field: 'src', describe: (m) => m.loadError.network(url) };
  }
}

// What the all-in-one script-tag bundle leaves to this file (src/cdn-all.ts): the rest of the report API.
export * from './schema.js';
export {
  validateReport,
  checkReportIntegrity,
  describeProblems,
  describeProblem,
  problemDetail,
  DIVISION_CODES,
  COUNTRY_CODE,
} from './validate.js';
export { clearReportCache, ReportLoadError, DEFAULT_TIMEOUT_MS, MAX_REPORT_BYTES } from './load.js';
// What the checks use of the units, and the unit's name in words: not in the elements' bundles.
export { BUILT_IN_UNIT_NAMES, isKnownUnit, unitName } from '../format/units.js';
