// Script-tag bundles for partner pages (cdn/). npm users get the unbundled
// ES modules in dist/ (built by tsc), so their bundler shares one copy of Lit.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';

const plugins = [
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  minify({ target: 'es2022', legalComments: 'none' }),
];

export default [
  {
    input: 'src/all.ts',
    output: [
      { file: 'cdn/sw-widgets.js', format: 'es', sourcemap: true },
      // Classic <script src> for CMSs that strip type="module"; one namespaced global at most.
      { file: 'cdn/sw-widgets.iife.js', format: 'iife', name: 'SwWidgets', sourcemap: true },
    ],
    plugins,
  },
];
