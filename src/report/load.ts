/**
 * Loading a report from a URL: one request per URL per page, shared by every
 * element that names it, with a timeout, a size limit and validation.
 */
import type { Report } from './schema.js';
import { validateReport, type ReportProblem } from './validate.js';

export type LoadErrorCode = 'network' | 'http-status' | 'timeout' | 'not-json' | 'too-large' | 'invalid-report';

/** Why a report could not be loaded; elements turn it into a message in the reader's language. */
export class ReportLoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    readonly url: string,
    message: string,
    readonly details: { status?: number; contentType?: string; timeoutMs?: number; problems?: ReportProblem[] } = {},
  ) {
    super(message);
    this.name = 'ReportLoadError';
  }
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Reports are a few kilobytes; anything past this is not a report. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

const requests = new Map<string, Promise<Report>>();

async function fetchReport(url: string, timeoutMs: number): Promise<Report> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new ReportLoadError('http-status', url, `HTTP ${response.status}`, { status: response.status });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_REPORT_BYTES) {
      controller.abort();
      throw new ReportLoadError('too-large', url, `${declared} bytes`);
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof ReportLoadError) throw error;
    if (controller.signal.aborted) throw new ReportLoadError('timeout', url, `no answer in ${timeoutMs} ms`, { timeoutMs });
    throw new ReportLoadError('network', url, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
  if (body.length > MAX_REPORT_BYTES) throw new ReportLoadError('too-large', url, `${body.length} characters`);
  const contentType = response.headers.get('content-type') ?? '';
  if (/html/i.test(contentType)) {
    throw new ReportLoadError('not-json', url, `served as ${contentType}`, { contentType });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new ReportLoadError('not-json', url, error instanceof Error ? error.message : 'not JSON', { contentType });
  }
  const result = validateReport(json);
  if (!result.ok) throw new ReportLoadError('invalid-report', url, 'invalid report', { problems: result.problems });
  return result.report;
}

/**
 * The report at `url` (resolved against the document). Concurrent and later
 * calls for the same URL share one request; a failed request is forgotten so
 * that a later call can try again.
 */
export function loadReport(url: string, options: { timeoutMs?: number } = {}): Promise<Report> {
  const absolute = new URL(url, document.baseURI).href;
  let request = requests.get(absolute);
  if (!request) {
    request = fetchReport(absolute, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    requests.set(absolute, request);
    request.catch(() => requests.delete(absolute));
  }
  return request;
}

/** Forget every cached request (tests, or a page that knows its reports changed). */
export function clearReportCache(): void {
  requests.clear();
}
