// `npm run build` step: writes the hash of every file loaded on demand into the files that load it
// (cli/lib/integrity.js; Rollup left placeholders), then cdn/manifest.json (each file's size and sha384 SRI hash, and
// the hashes each script carries) with the same code as `sw-widgets bundle` (cli/lib/manifest.js), then sets the
// `integrity` of the script tags in README.md and docs/*.md (and their Chinese versions) that name this version's
// cdn/ files, so the documented snippets match the files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { folderManifest, MANIFEST_FILE, pinSnippetHashes } from '../../cli/lib/manifest.js';
import { withOnDemandHashes } from '../../cli/lib/integrity.js';
import { writeCdnHashes } from './cdn-hashes.mjs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const report = JSON.parse(readFileSync(new URL('data/report.json', root), 'utf8'));
const loads = writeCdnHashes(fileURLToPath(new URL('cdn/', root)));
const manifest = withOnDemandHashes(
  await folderManifest(fileURLToPath(new URL('cdn/', root)), {
    name: pkg.name,
    version: pkg.version,
    report: report.id,
  }),
  loads,
);
writeFileSync(new URL(`cdn/${MANIFEST_FILE}`, root), JSON.stringify(manifest, null, 2) + '\n');
const pinned = [];
// The Chinese pages (README.zh-CN.md, docs/zh-CN/) carry the same snippets.
const pages = (folder) =>
  readdirSync(new URL(folder, root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => folder + name);
for (const doc of ['README.md', 'README.zh-CN.md', ...pages('docs/'), ...pages('docs/zh-CN/')]) {
  const url = new URL(doc, root);
  if (!existsSync(url)) continue;
  const text = readFileSync(url, 'utf8');
  const next = pinSnippetHashes(text, manifest);
  if (next !== text) {
    writeFileSync(url, next);
    pinned.push(doc);
  }
}
console.log(
  `cdn/${MANIFEST_FILE}: ${Object.keys(manifest.files).length} files` +
    (pinned.length ? `; snippet hashes updated in ${pinned.join(', ')}` : ''),
);
