/** Test data: copies of the bundled report to change without touching the original. */
import { bundledReport } from '../../src/report/bundled.js';
import type { Report } from '../../src/report/schema.js';

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

/** The bundled report with `count` stories spread over its places, dates and tags (for lists of 10,000). */
export function manyStories(count: number): Report {
  const base = bundledReport.stories;
  const generated = Array.from({ length: count - base.length }, (_, i) => ({
    ...base[i % base.length],
    id: `story-${i}`,
    date: { start: `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}` },
  }));
  // The bundled stories stay, because the report's metrics refer to them.
  return { ...bundledReport, stories: [...base, ...generated] };
}
