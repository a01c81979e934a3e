// What an app that imports one npm entry of sw-widgets (`import 'sw-widgets/stat-card.js'`) ships, built from dist/
// as a new user's bundler would: esbuild without code splitting (its default), esbuild with splitting, and Rollup.
// Used by test/node/entry-bundles.test.mjs and scripts/docs/size-report.mjs. Needs dist/ (`npm run build`).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

export const ENTRIES = ['sw-widgets/stat-card.js', 'sw-widgets/region-map.js', 'sw-widgets/story-list.js'];
export const BUNDLERS = ['esbuild', 'esbuild-splitting', 'rollup'];

/** `sw-widgets/x` → its file in dist/, through package.json "exports" (as an installed package resolves). */
function resolveOwnPackage(specifier) {
  if (specifier !== 'sw-widgets' && !specifier.startsWith('sw-widgets/')) return null;
  const key = specifier === 'sw-widgets' ? '.' : `.${specifier.slice('sw-widgets'.length)}`;
  const target = pkg.exports[key];
  const file = typeof target === 'string' ? target : target?.default;
  if (!file) throw new Error(`${specifier} is not exported by package.json`);
  return resolve(root, file);
}

/** The app's output files ({ fileName, code }), not minified unless asked: names and strings stay readable. */
export async function appBundle(specifier, bundler, { minify = false } = {}) {
  const source = `import '${specifier}';\n`;
  if (bundler === 'rollup') {
    const build = await rollup({
      input: 'app-entry',
      plugins: [
        {
          name: 'app',
          resolveId: (id) => (id === 'app-entry' ? id : resolveOwnPackage(id)),
          load: (id) => (id === 'app-entry' ? source : null),
        },
        nodeResolve({ browser: true, exportConditions: ['production'] }),
      ],
      onwarn() {},
    });
    const { output } = await build.generate({ format: 'es', dir: 'out' });
    await build.close();
    return output
      .filter((item) => item.type === 'chunk')
      .map((chunk) => ({ fileName: chunk.fileName, code: chunk.code }));
  }
  const splitting = bundler === 'esbuild-splitting';
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    splitting,
    outdir: 'out',
    write: false,
    minify,
    target: 'es2022',
    conditions: ['production'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'own-package',
        setup: (build) =>
          build.onResolve({ filter: /^sw-widgets(\/|$)/ }, (args) => ({ path: resolveOwnPackage(args.path) })),
      },
    ],
  });
  return result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => ({ fileName: file.path.slice(file.path.lastIndexOf('/') + 1), code: file.text }));
}

/** Minified and gzip bytes of an app importing `specifier`, bundled by esbuild with no splitting (one file). */
export async function appCost(specifier) {
  const [file] = await appBundle(specifier, 'esbuild', { minify: true });
  return { minified: Buffer.byteLength(file.code), gzip: gzipSync(file.code, { level: 9 }).length };
}

/** The files an app loads before anything shows: the entry and the chunks it imports statically, transitively. */
export function initialFiles(files, entry = files[0].fileName) {
  const byName = new Map(files.map((file) => [file.fileName, file]));
  const initial = new Set([entry]);
  for (const name of initial) {
    const code = byName.get(name)?.code ?? '';
    // Minified or not: `import{a}from"./chunk.js"`, `import "./chunk.js"` (not import("...") or import.meta).
    for (const [, imported] of code.matchAll(/\bimport\s*(?:[\w${},*\s]*?from\s*)?["']\.\/([^"']+)["']/g))
      initial.add(imported);
  }
  return [...initial].map((name) => byName.get(name)).filter(Boolean);
}

/** Gzip bytes of what an app importing `specifier`, bundled by esbuild with splitting, loads before anything shows. */
export async function appFirstLoad(specifier) {
  const files = await appBundle(specifier, 'esbuild-splitting', { minify: true });
  return initialFiles(files, 'stdin.js').reduce((sum, file) => sum + gzipSync(file.code, { level: 9 }).length, 0);
}
