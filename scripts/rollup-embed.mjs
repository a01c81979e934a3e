// Rollup pieces for "embed anywhere" (imported by rollup.config.mjs): the export
// code as its own file loaded on demand (scripts/rollup-on-demand.mjs), and the iframe embed page.
import { readFileSync } from 'node:fs';

/** The embed page imports the all-in-one bundle from its own folder instead of bundling it again. */
function embedImportsBundle() {
  return {
    name: 'sw-embed-imports-bundle',
    resolveId(source, importer) {
      if (source === '../all.js' && importer?.replace(/\\/g, '/').endsWith('/src/embed/embed-page.ts')) return { id: './sw-widgets.js', external: true };
      return null;
    },
  };
}

/** Copies files as they are into the output folder. */
function copyFiles(files) {
  return {
    name: 'sw-copy-files',
    generateBundle() {
      for (const [from, fileName] of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
    },
  };
}

/** cdn/sw-export.js, cdn/embed.html (+ embed.js, embed.css) and cdn/embed-resize.js. */
export function embedBuilds(plugins) {
  return [
    { input: 'src/cdn-export.ts', output: { file: 'cdn/sw-export.js', format: 'es', sourcemap: true }, plugins: plugins() },
    {
      input: 'src/embed/embed-page.ts',
      output: { file: 'cdn/embed.js', format: 'es', sourcemap: true },
      plugins: [
        embedImportsBundle(),
        ...plugins(),
        copyFiles([
          ['src/embed/embed.html', 'embed.html'],
          ['src/embed/embed.css', 'embed.css'],
        ]),
      ],
    },
    // A classic script of a few hundred bytes for the partner's page: no module, no global.
    { input: 'src/embed/embed-resize.ts', output: { file: 'cdn/embed-resize.js', format: 'iife' }, plugins: plugins() },
  ];
}
