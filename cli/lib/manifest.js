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
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name !== MANIFEST_FILE)
    .map((entry) => entry.name)
    .sort();
  const files = {};
  for (const name of names) {
    const bytes = await readFile(join(folder, name));
    files[name] = { size: bytes.length, integrity: sriHash(bytes) };
  }
  return {
    name: about.name,
    version: about.version,
    report: about.report ?? null,
    baseUrl: about.baseUrl ?? null,
    files,
  };
}

const SNIPPET_SCRIPT =
  /<script\b([^>]*?)\ssrc="([^"]*\/sw-widgets@(\d+\.\d+\.\d+[^/"]*)\/cdn\/([\w.-]+\.js))"([^>]*)>/g;

/**
 * Documentation text with the `integrity` of every script tag that names this version's cdn/ files
 * (`…/sw-widgets@0.1.0/cdn/sw-widgets.iife.js`) set from the manifest, with `crossorigin="anonymous"`.
 * Run by the build (scripts/build/cdn-manifest.mjs) so that README snippets always carry the hashes of the files.
 * @param {string} text
 * @param {{ version: string, files: Record<string, { integrity: string }> }} manifest
 */
export function pinSnippetHashes(text, manifest) {
  return text.replace(SNIPPET_SCRIPT, (tag, before, src, version, file, after) => {
    const integrity = manifest.files[file]?.integrity;
    if (version !== manifest.version || !integrity) return tag;
    const strip = (attrs) => attrs.replace(/\s(integrity|crossorigin)(="[^"]*")?/g, '');
    return `<script${strip(before)} src="${src}" integrity="${integrity}" crossorigin="anonymous"${strip(after)}>`;
  });
}

/** The script tags of a text that name this package's cdn/ files: `{ tag, version, file, integrity }`. */
export function snippetScripts(text) {
  return [...text.matchAll(SNIPPET_SCRIPT)].map(([tag, , , version, file]) => ({
    tag,
    version,
    file,
    integrity: /\sintegrity="([^"]*)"/.exec(tag)?.[1],
    crossorigin: /\scrossorigin="([^"]*)"/.exec(tag)?.[1],
  }));
}
