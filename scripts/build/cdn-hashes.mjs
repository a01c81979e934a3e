// Build step (scripts/build/cdn-manifest.mjs, after Rollup): writes into cdn/ the hash of every file loaded on demand
// (scripts/build/rollup-on-demand.mjs) in each file that loads it, where Rollup left a placeholder (cli/lib/integrity.js).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingOnDemandFiles, sha256, writeOnDemandHashes } from '../../cli/lib/integrity.js';
import { MANIFEST_FILE } from '../../cli/lib/manifest.js';
import { ON_DEMAND_FILES } from './rollup-on-demand.mjs';

/**
 * Writes the hashes into the files of a built folder; fails when a file of the table is missing while a script
 * still names it. Returns what each script loads, with the hashes it carries (for the manifest).
 * @param {string} folder
 */
export function writeCdnHashes(folder) {
  const names = readdirSync(folder, { withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name !== MANIFEST_FILE && !entry.name.endsWith('.map'),
  );
  const files = new Map(names.map((entry) => [entry.name, readFileSync(join(folder, entry.name))]));
  const missing = missingOnDemandFiles(
    files,
    ON_DEMAND_FILES.map((row) => row.file),
  );
  if (missing.length)
    throw new Error(
      missing.map(([script, file]) => `${folder}: ${script} loads ${file}, which was not built`).join('\n'),
    );
  // Run again on a folder whose hashes are written: each script carries the current hash of what it loads.
  const earlier = new Map([...files].map(([name, bytes]) => [name, sha256(bytes)]));
  const { changed, loads } = writeOnDemandHashes(files, earlier);
  for (const name of changed) writeFileSync(join(folder, name), files.get(name));
  return loads;
}
