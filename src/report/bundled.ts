/**
 * The report every element shows by default: data/report.json, validated at
 * build time by scripts/build/build-data.ts, which writes the generated module.
 */
import type { Report } from './schema.js';
import report from './bundled-report.generated.js';

export const bundledReport: Report = report;
