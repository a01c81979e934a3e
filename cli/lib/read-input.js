// Reads a report given as a path or an http(s) URL, as text.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const isHttpUrl = (value) => /^https?:\/\//i.test(value);

/** @returns {Promise<string>} the text (a UTF-8 byte-order mark removed) */
export async function readText(fileOrUrl, cwd, timeoutMs = 20000) {
  let text;
  if (isHttpUrl(fileOrUrl)) {
    const response = await fetch(fileOrUrl, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = await readFile(resolve(cwd, fileOrUrl), 'utf8');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A short reason for a failed read (ENOENT → "no such file"). */
export function readFailure(error) {
  if (error?.code === 'ENOENT') return 'no such file (ENOENT)';
  if (error?.code === 'EISDIR') return 'is a folder (EISDIR)';
  if (error?.name === 'TimeoutError') return 'timed out';
  return error?.cause?.code ?? error?.message ?? String(error);
}
