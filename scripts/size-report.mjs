// Sizes of the script-tag bundles (minified and gzip), written to docs/sizes.md
// and printed: `node scripts/size-report.mjs` after `npm run build`.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUNDLES = [
  ['cdn/sw-widgets.js', 'all three elements, ES module'],
  ['cdn/sw-widgets.iife.js', 'all three elements, classic script'],
  ['cdn/sw-stat-card.js', '<sw-stat-card> alone'],
  ['cdn/sw-region-map.js', '<sw-region-map> alone'],
  ['cdn/sw-story-list.js', '<sw-story-list> alone'],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function measureBundles() {
  return BUNDLES.filter(([file]) => existsSync(file)).map(([file, what]) => {
    const code = readFileSync(file);
    return { file, what, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureBundles();
  const table = [
    '| file | what | minified | gzip |',
    '|---|---|---|---|',
    ...rows.map((r) => `| \`${r.file}\` | ${r.what.replace(/</g, '&lt;')} | ${kb(r.minified)} | ${kb(r.gzip)} |`),
  ].join('\n');
  writeFileSync('docs/sizes.md', `# Bundle sizes\n\nWritten by \`node scripts/size-report.mjs\` after \`npm run build\`. Each bundle includes Lit and the bundled report.\n\n${table}\n`);
  console.log(table);
}
