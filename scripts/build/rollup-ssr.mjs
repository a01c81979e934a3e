// Rollup piece for server rendering in the embed builder (imported by rollup.config.mjs). The hydration code,
// cdn/sw-hydrate.js, is a file loaded on demand like the others (scripts/build/rollup-on-demand.mjs).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { minifyTemplates } from './rollup-templates.mjs';
import { ES_TARGET } from './browser-floor.mjs';

/** What the Node-only modules the renderer imports are in a worker: fetch is never called, Buffer only base64-encodes. */
const WORKER_STUBS = {
  'node-fetch': "export default function fetch() { throw new Error('sw-ssr-worker: no fetch'); }",
  buffer:
    "export const Buffer = { from: (text, encoding) => ({ toString: (to) => (encoding === 'binary' && to === 'base64' ? btoa(text) : String(text)) }) };",
};

/**
 * Emits cdn/sw-ssr-worker.js: sw-widgets/ssr in a Web Worker, for the embed builder's server-rendered snippet (about
 * 135 KB gzip: the renderer, its HTML parser and the elements; only the builder loads it). Built by esbuild with
 * Lit's Node builds (the `node` export condition), as on a server.
 */
export function ssrWorker() {
  return {
    name: 'sw-ssr-worker',
    async generateBundle() {
      const result = await build({
        entryPoints: ['src/ssr/worker.ts'],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        conditions: ['node', 'production'],
        target: ES_TARGET,
        tsconfig: 'tsconfig.json',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
        // A classic worker (module workers need Safari 15, Firefox 114) has no import.meta: the one use, the
        // geographic map's default geometry URL, is never reached there (the server draws no geographic map).
        logOverride: { 'empty-import-meta': 'silent' },
        plugins: [
          {
            name: 'node-stubs',
            setup(builder) {
              builder.onResolve({ filter: /^(node-fetch|buffer)$/ }, (args) => ({
                path: args.path,
                namespace: 'stub',
              }));
              builder.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
                contents: WORKER_STUBS[args.path],
                loader: 'js',
              }));
            },
          },
          {
            // The same template text as the cdn bundles (rollup-templates.mjs): Lit's hydration compares it.
            name: 'minify-lit-templates',
            setup(builder) {
              builder.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
                const code = readFileSync(args.path, 'utf8');
                return { contents: minifyTemplates(code, args.path) ?? code, loader: 'ts' };
              });
            },
          },
        ],
      });
      this.emitFile({ type: 'asset', fileName: 'sw-ssr-worker.js', source: result.outputFiles[0].text });
    },
  };
}
