// `npm run build` step: writes cdn/manifest.json (each file's size and sha384 SRI hash) with the same code as
// `sw-widgets bundle` (cli/lib/manifest.js), then sets the `integrity` of the script tags in README.md and
// docs/*.md that name this version's cdn/ files, so the documented snippets match the files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { folderManifest, MANIFEST_FILE, pinSnippetHashes } from '../cli/lib/manifest.js';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const report = JSON.parse(readFileSync(new URL('data/report.json', root), 'utf8'));
const manifest = await folderManifest(fileURLToPath(new URL('cdn/', root)), { name: pkg.name, version: pkg.version, report: report.id });
writeFileSync(new URL(`cdn/${MANIFEST_FILE}`, root), JSON.stringify(manifest, null, 2) + '\n');
const pinned = [];
for (const doc of ['README.md', ...readdirSync(new URL('docs/', root)).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]) {
  const url = new URL(doc, root);
  if (!existsSync(url)) continue;
  const text = readFileSync(url, 'utf8');
  const next = pinSnippetHashes(text, manifest);
  if (next !== text) {
    writeFileSync(url, next);
    pinned.push(doc);
  }
}
console.log(`cdn/${MANIFEST_FILE}: ${Object.keys(manifest.files).length} files` + (pinned.length ? `; snippet hashes updated in ${pinned.join(', ')}` : ''));
