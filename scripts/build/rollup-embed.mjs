// Rollup pieces for "embed anywhere" (imported by rollup.config.mjs): the iframe embed page and its resize script.
// (The export code, cdn/sw-export.js, is a file loaded on demand: scripts/build/rollup-on-demand.mjs.)
import { readFileSync } from 'node:fs';
import { setEmbedAllowedOrigins, splitOriginList } from '../../shared/embed-origins.js';

/** The embed page imports the all-in-one bundle from its own folder instead of bundling it again. */
function embedImportsBundle() {
  return {
    name: 'sw-embed-imports-bundle',
    resolveId(source, importer) {
      if (source === '../all.js' && importer?.replace(/\\/g, '/').endsWith('/src/embed/embed-page.ts'))
        return { id: './sw-widgets.js', external: true };
      return null;
    },
  };
}

/** Copies files into the output folder, through `edit(text)` where one is given. */
function copyFiles(files) {
  return {
    name: 'sw-copy-files',
    generateBundle() {
      for (const [from, fileName, edit] of files)
        this.emitFile({
          type: 'asset',
          fileName,
          source: edit ? edit(readFileSync(from, 'utf8')) : readFileSync(from),
        });
    },
  };
}

/** The origins the embed page may load from besides its own: `SW_ALLOW_ORIGINS="https://a.example https://b.example" npm run build`. */
export const EMBED_ALLOWED_ORIGINS = splitOriginList(process.env.SW_ALLOW_ORIGINS);

/** cdn/embed.html (+ embed.js, embed.css) and cdn/embed-resize.js. */
export function embedBuilds(plugins) {
  return [
    {
      input: 'src/embed/embed-page.ts',
      output: { file: 'cdn/embed.js', format: 'es', sourcemap: true },
      plugins: [
        embedImportsBundle(),
        ...plugins(),
        copyFiles([
          ['src/embed/embed.html', 'embed.html', (html) => setEmbedAllowedOrigins(html, EMBED_ALLOWED_ORIGINS)],
          ['src/embed/embed.css', 'embed.css'],
        ]),
      ],
    },
    // A classic script of a few hundred bytes for the partner's page: no module, no global.
    { input: 'src/embed/embed-resize.ts', output: { file: 'cdn/embed-resize.js', format: 'iife' }, plugins: plugins() },
  ];
}
