export * from './schema.js';
export {
  validateReport,
  checkReportIntegrity,
  describeProblems,
  describeProblem,
  problemDetail,
  DIVISION_CODES,
  COUNTRY_CODE,
  type ReportProblem,
  type ReportValidation,
} from './validate.js';
export type { ProblemDetail } from './validate.messages.js';
export { loadReport, clearReportCache, ReportLoadError, DEFAULT_TIMEOUT_MS, type LoadErrorCode } from './load.js';
export { bundledReport } from './bundled.js';
export { loadBundledReport } from './load-bundled.js';
