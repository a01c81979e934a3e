export * from './schema.js';
export { validateReport, checkReportIntegrity, describeProblems, type ReportProblem, type ReportValidation } from './validate.js';
export { loadReport, clearReportCache, ReportLoadError, DEFAULT_TIMEOUT_MS, type LoadErrorCode } from './load.js';
export { bundledReport } from './bundled.js';
