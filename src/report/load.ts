/**
 * Loading a report from a URL: one request per URL per page, shared by every
 * element that names it, with a timeout, a size limit and validation. A
 * request that fails without an answer is told apart: a server that answers
 * but does not let this page read it (CORS), a page on https asking for http,
 * or no server at all.
 */
import type { Report } from './schema.js';
import { validateReport, type ReportProblem } from './validate.js';
import { DEFAULT_TIMEOUT_MS } from './defaults.js';

export type LoadErrorCode =
  | 'network'
  | 'cross-origin'
  | 'http-status'
  | 'timeout'
  | 'wrong-content-type'
  | 'not-json'
  | 'truncated-json'
  | 'too-large'
  | 'invalid-report'
  /** The content did not match the `integrity` it was loaded with (`src-integrity`). */
  | 'integrity';

/** Why a report could not be loaded; elements turn it into a message in the reader's language. */
export class ReportLoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    readonly url: string,
    message: string,
    readonly details: {
      status?: number;
      contentType?: string;
      timeoutMs?: number;
      /** The first characters of a body that is not JSON ('' when it is empty). */
      excerpt?: string;
      /** How many characters a cut-off body has. */
      length?: number;
      /** The page's origin (`cross-origin`: the origin the report's site must allow). */
      pageOrigin?: string;
      /** `network`: an https page asked for an http report, which browsers refuse (mixed content). */
      insecure?: boolean;
      problems?: ReportProblem[];
    } = {},
  ) {
    super(message);
    this.name = 'ReportLoadError';
  }
}

export { DEFAULT_TIMEOUT_MS };
/** Reports are a few kilobytes; anything past this is not a report. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

const requests = new Map<string, Promise<Report>>();

/**
 * Whether the answer can be a report: JSON types, text/plain and octet-stream (as static hosts
 * serve .json files), or no type; not an HTML page (a login or "not found" page answering 200), an image...
 */
function isJsonish(contentType: string): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase();
  return !type || type.includes('json') || type === 'text/plain' || type.endsWith('/octet-stream');
}

/** The body as text, refusing it as soon as it passes the size limit (a server may send no content-length). */
async function readBody(response: Response, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => new ReportLoadError('too-large', url, `over ${MAX_REPORT_BYTES} bytes`);
  if (declared > MAX_REPORT_BYTES) {
    response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let body = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return body + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_REPORT_BYTES) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    body += decoder.decode(value, { stream: true });
  }
}

/** Whether text that is not valid JSON is JSON cut off part-way: an object or array is still open at its end. */
export function isCutOffJson(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}

/** The start of a body, on one line, to show what came instead of JSON. */
function excerptOf(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/**
 * Why a request to another origin failed without an answer: a `no-cors` request (whose answer a page may not read,
 * but which succeeds whenever the server answers) tells a server that answered but did not allow this page (CORS)
 * from one that could not be reached. Same-origin requests and blocked http-from-https ones need no probe.
 */
async function unanswered(url: string, error: unknown, signal: AbortSignal): Promise<ReportLoadError> {
  const message = error instanceof Error ? error.message : String(error);
  const target = new URL(url);
  if (location.protocol === 'https:' && target.protocol === 'http:')
    return new ReportLoadError('network', url, message, { insecure: true });
  if (target.origin !== location.origin) {
    try {
      await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal });
      return new ReportLoadError('cross-origin', url, message, { pageOrigin: location.origin });
    } catch {
      // Not reachable either: a network failure.
    }
  }
  return new ReportLoadError('network', url, message);
}

async function fetchReport(url: string, timeoutMs: number, integrity?: string): Promise<Report> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let body: string;
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      integrity,
    });
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      throw new ReportLoadError('http-status', url, `HTTP ${response.status}`, { status: response.status });
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!isJsonish(contentType)) {
      response.body?.cancel().catch(() => {});
      const type = contentType.split(';')[0].trim();
      throw new ReportLoadError('wrong-content-type', url, `served as ${type}`, { contentType: type });
    }
    body = await readBody(response, url);
  } catch (error) {
    if (error instanceof ReportLoadError) throw error;
    if (controller.signal.aborted)
      throw new ReportLoadError('timeout', url, `no answer in ${timeoutMs} ms`, { timeoutMs });
    // A refused check looks like a network failure: the report answers a plain request (whose body is not used).
    if (
      integrity &&
      (await fetch(url, { credentials: 'same-origin' }).then(
        (plain) => plain.ok,
        () => false,
      ))
    ) {
      throw new ReportLoadError('integrity', url, 'its content does not match its hash');
    }
    const failure = await unanswered(url, error, controller.signal);
    if (controller.signal.aborted)
      throw new ReportLoadError('timeout', url, `no answer in ${timeoutMs} ms`, { timeoutMs });
    throw failure;
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'not JSON';
    if (isCutOffJson(body)) throw new ReportLoadError('truncated-json', url, message, { length: body.length });
    throw new ReportLoadError('not-json', url, message, { excerpt: excerptOf(body) });
  }
  const result = validateReport(json);
  if (!result.ok) throw new ReportLoadError('invalid-report', url, 'invalid report', { problems: result.problems });
  return result.report;
}

/**
 * The report at `url` (resolved against the document). Concurrent and later
 * calls for the same URL (and `integrity`) share one request; a failed request
 * is forgotten so that a later call can try again. With `integrity` (an SRI
 * hash, `sha256-…`, `sha384-…` or `sha512-…`), content that does not match it
 * is refused (code `integrity`).
 */
export function loadReport(
  url: string,
  options: { timeoutMs?: number; integrity?: string | null } = {},
): Promise<Report> {
  const absolute = new URL(url, document.baseURI).href;
  const integrity = options.integrity || undefined;
  const key = `${integrity ?? ''} ${absolute}`;
  let request = requests.get(key);
  if (!request) {
    request = fetchReport(absolute, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, integrity);
    requests.set(key, request);
    request.catch(() => requests.delete(key));
  }
  return request;
}

/** Forget every cached request (tests, or a page that knows its reports changed). */
export function clearReportCache(): void {
  requests.clear();
}
