// `npm run build` step: writes cdn/manifest.json (each file's size and sha384 SRI hash) for the snippets in
// the README and the embed builder, with the same code as `sw-widgets bundle` (cli/lib/manifest.js).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { folderManifest, MANIFEST_FILE } from '../cli/lib/manifest.js';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const report = JSON.parse(readFileSync(new URL('data/report.json', root), 'utf8'));
const manifest = await folderManifest(fileURLToPath(new URL('cdn/', root)), { name: pkg.name, version: pkg.version, report: report.id });
writeFileSync(new URL(`cdn/${MANIFEST_FILE}`, root), JSON.stringify(manifest, null, 2) + '\n');
console.log(`cdn/${MANIFEST_FILE}: ${Object.keys(manifest.files).length} files, sw-widgets.iife.js ${manifest.files['sw-widgets.iife.js']?.integrity}`);
