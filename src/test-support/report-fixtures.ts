/** Test data: copies of the bundled report to change without touching the original. */
import { bundledReport } from '../report/bundled.js';
import type { Report } from '../report/schema.js';

/** A deep copy of the bundled report, optionally changed by `edit`. */
export function reportCopy(edit?: (report: Report) => void): Report {
  const copy = structuredClone(bundledReport);
  edit?.(copy);
  return copy;
}

/** A report served from a data: URL-free blob, for `src` tests. Revoke with URL.revokeObjectURL. */
export function reportBlobUrl(body: unknown, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([typeof body === 'string' ? body : JSON.stringify(body)], { type }));
}
