// Prints what `npm pack` puts in the package, as the Markdown table in docs/publishing.md ("What the package
// contains"): each folder with its file count and size, and the cdn/ files one by one.
// `node scripts/docs/pack-contents.mjs` (after `npm run build`).
import { execFileSync } from 'node:child_process';

/** `npm pack --dry-run --json`: the files with their sizes, and the tarball's sizes. */
export function packContents(cwd = new URL('../../', import.meta.url)) {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  return pack;
}

const kb = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/** The Markdown table. */
export function packTable(pack) {
  const groups = new Map();
  for (const file of pack.files) {
    const top = file.path.includes('/') ? file.path.slice(0, file.path.indexOf('/') + 1) : file.path;
    const group = groups.get(top) ?? { files: 0, size: 0 };
    group.files += 1;
    group.size += file.size;
    groups.set(top, group);
  }
  const rows = [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, { files, size }]) => `| \`${path}\` | ${files} | ${kb(size)} |`);
  const cdn = pack.files
    .filter((file) => file.path.startsWith('cdn/') && !file.path.endsWith('.map'))
    .sort((a, b) => a.path.localeCompare(b.path));
  return [
    `\`npm pack --dry-run\` for ${pack.name}@${pack.version}: ${pack.entryCount} files, ${kb(pack.unpackedSize)} unpacked, ${kb(pack.size)} packed.`,
    '',
    '| path | files | size |',
    '|---|---:|---:|',
    ...rows,
    '',
    'The script-tag files in `cdn/` (each `.js` also has a `.js.map`):',
    '',
    '| file | size |',
    '|---|---:|',
    ...cdn.map((file) => `| \`${file.path}\` | ${kb(file.size)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(packTable(packContents()));
