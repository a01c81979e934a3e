// Reads a report given as a path or an http(s) URL, as text.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const isHttpUrl = (value) => /^https?:\/\//i.test(value);

/** @returns {Promise<string>} the text (a UTF-8 byte-order mark removed) */
export async function readText(fileOrUrl, cwd, timeoutMs = 20000) {
  let text;
  if (isHttpUrl(fileOrUrl)) {
    const response = await fetch(fileOrUrl, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new HttpStatusError(response.status);
    text = await response.text();
  } else {
    text = await readFile(resolve(cwd, fileOrUrl), 'utf8');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** An HTTP answer other than 2xx. */
export class HttpStatusError extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/**
 * A short reason for a failed read in the CLI's language (`t`: cli/messages.js): no such file, a folder, a
 * timeout, an HTTP status; else the system's error code (ECONNREFUSED, …), which is the same in every language.
 */
export function readFailure(error, t) {
  if (error?.code === 'ENOENT') return t.noSuchFile;
  if (error?.code === 'EISDIR') return t.isFolder;
  if (error?.name === 'TimeoutError') return t.timedOut;
  if (error instanceof HttpStatusError) return t.httpStatus(error.status);
  return error?.cause?.code ?? error?.code ?? error?.message ?? String(error);
}
