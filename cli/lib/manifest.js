// manifest.json of a cdn/ folder or a `bundle` output: every file with its size and its Subresource
// Integrity hash (sha384, what `integrity="sha384-…"` on a script tag carries).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST_FILE = 'manifest.json';

/** The SRI value of some bytes: `sha384-<base64>`. */
export function sriHash(bytes) {
  return 'sha384-' + createHash('sha384').update(bytes).digest('base64');
}

/**
 * The manifest of a folder (its top level; manifest.json itself left out), files in name order.
 * @param {string} folder
 * @param {{ name: string, version: string, report?: string, baseUrl?: string | null }} about
 */
export async function folderManifest(folder, about) {
  const names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name !== MANIFEST_FILE).map((entry) => entry.name).sort();
  const files = {};
  for (const name of names) {
    const bytes = await readFile(join(folder, name));
    files[name] = { size: bytes.length, integrity: sriHash(bytes) };
  }
  return { name: about.name, version: about.version, report: about.report ?? null, baseUrl: about.baseUrl ?? null, files };
}
