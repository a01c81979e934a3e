// The hashes of the files the script-tag bundles load on demand (scripts/build/rollup-on-demand.mjs has the list), written
// into the files that load them: the elements check each such file against its hash before anything in it runs or
// shows (src/on-demand/cdn-load.ts), so the `integrity` of the first script tag covers everything it loads.
//
// One function for both the build (scripts/build/cdn-manifest.mjs, after Rollup: the bundles carry placeholders) and
// `sw-widgets bundle` (the prebuilt files carry the hashes of the package's files; a swapped report changes
// sw-bundled-report.js, so every bundle that loads it gets its new hash). A hash and its placeholder are the same
// length, so the bundles' source maps stay exact. Loaders are written after the files they load (a file that
// loads another is hashed once the hash it carries is final).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The SRI value of some bytes as the bundles carry it: `sha256-<base64>` (shorter than sha384 in the first script). */
export function sha256(bytes) {
  return 'sha256-' + createHash('sha256').update(bytes).digest('base64');
}

/**
 * What the build writes where the hash of `file` goes: a valid SRI value of the same length that no file's content
 * has (the hash of a hash), so that a placeholder left by mistake refuses the file instead of letting it through.
 */
export function hashPlaceholder(file) {
  return sha256(createHash('sha256').update(`sw-widgets on-demand placeholder: ${file}`).digest());
}

/** Files that may load others: the scripts (a data file loads nothing). */
const isScript = (name) => name.endsWith('.js');

/**
 * Writes into every script of a folder's files the final hash of each file it loads on demand.
 * @param {Map<string, Buffer>} files every file of the folder by name (scripts are replaced in the map when they change)
 * @param {Map<string, string>} [earlier] for a prebuilt folder whose files changed: each file's hash as it was built,
 *   which the scripts that load it carry
 * @returns {{ changed: Set<string>, loads: Map<string, Record<string, string>> }} the scripts rewritten, and for each
 *   script the files it loads with their hashes (for the manifest)
 */
export function writeOnDemandHashes(files, earlier = new Map()) {
  const names = [...files.keys()].sort();
  /** Every text that stands for a file's hash in a loader: the build's placeholder, its hash as built. */
  const slots = new Map(names.map((name) => [name, [hashPlaceholder(name), earlier.get(name)].filter(Boolean)]));
  /** script → the files whose slots it holds (Latin-1: bytes as characters, so a script is written back byte for byte). */
  const texts = new Map();
  const loaded = new Map();
  for (const name of names.filter(isScript)) {
    const text = files.get(name).toString('latin1');
    texts.set(name, text);
    loaded.set(
      name,
      names.filter((other) => other !== name && slots.get(other).some((slot) => text.includes(slot))),
    );
  }
  const hashes = new Map();
  const changed = new Set();
  const loads = new Map();
  const visiting = new Set();
  const hashOf = (name) => {
    if (hashes.has(name)) return hashes.get(name);
    if (visiting.has(name))
      throw new Error(`on-demand files load each other in a circle: ${[...visiting, name].join(' → ')}`);
    visiting.add(name);
    const targets = loaded.get(name) ?? [];
    if (targets.length) {
      let text = texts.get(name);
      const carried = {};
      for (const target of targets) {
        const hash = hashOf(target);
        for (const slot of slots.get(target)) text = text.split(slot).join(hash);
        carried[target] = hash;
      }
      loads.set(name, carried);
      if (text !== texts.get(name)) {
        files.set(name, Buffer.from(text, 'latin1'));
        changed.add(name);
      }
    }
    visiting.delete(name);
    const hash = sha256(files.get(name));
    hashes.set(name, hash);
    return hash;
  };
  for (const name of names) hashOf(name);
  return { changed, loads };
}

/**
 * The files of `fileNames` that are not in `files` but whose placeholder a script still carries, as
 * `[script, file]` pairs: a build that lost a file (its loaders would refuse it at run time).
 * @param {Map<string, Buffer>} files
 * @param {string[]} fileNames
 */
export function missingOnDemandFiles(files, fileNames) {
  const missing = [];
  for (const file of fileNames.filter((name) => !files.has(name))) {
    const placeholder = hashPlaceholder(file);
    for (const [name, bytes] of files)
      if (isScript(name) && bytes.toString('latin1').includes(placeholder)) missing.push([name, file]);
  }
  return missing;
}

/**
 * The manifest with, for each script that loads files on demand, the hash it carries for each (`loads`): what a
 * publisher compares with the files (`openssl dgst -sha256 -binary sw-geo.js | openssl base64`).
 * @param {{ files: Record<string, object> }} manifest
 * @param {Map<string, Record<string, string>>} loads
 */
export function withOnDemandHashes(manifest, loads) {
  for (const [name, carried] of loads) if (manifest.files[name]) manifest.files[name].loads = carried;
  return manifest;
}

/**
 * For `sw-widgets bundle`: after prebuilt files changed (the report swapped into sw-bundled-report.js), every script
 * that loads a changed file gets its new hash (and a script that loads that script, in turn). The scripts carry the
 * hashes of the package's files as built: those are the slots.
 * @param {string} cdnFolder the prebuilt files
 * @param {Map<string, string | Buffer | null>} files what `bundle` writes: new content, or null for a copy as is
 *   (updated in place: a script whose hashes change gets its new content)
 * @returns {Promise<Map<string, Record<string, string>>>} the hashes each script carries (for the manifest)
 */
export async function rehashBundle(cdnFolder, files) {
  const built = new Map();
  const current = new Map();
  for (const [name, content] of files) {
    if (name.endsWith('.map')) continue;
    const bytes = await readFile(join(cdnFolder, name));
    built.set(name, sha256(bytes));
    current.set(name, content === null ? bytes : Buffer.from(content));
  }
  const { changed, loads } = writeOnDemandHashes(current, built);
  for (const name of changed) files.set(name, current.get(name));
  return loads;
}
