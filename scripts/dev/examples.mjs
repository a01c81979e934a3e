// The framework examples in examples/ bundled the way Vite or webpack would for an app:
// `sw-widgets` resolves through this package's own `exports` (to dist/, as from npm),
// TSX through esbuild, Vue single-file components through vue/compiler-sfc with the
// options of examples/vue/vue-options.js, Svelte components through svelte/compiler.
//
// `examplesPlugin()` serves /examples/<name>/app.bundle.js, built on request, to the
// test runner (test/frameworks.test.ts). `node scripts/dev/examples.mjs` (after `npm run build`)
// serves the repository with it and prints the address of each example.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRIES = { react: 'examples/react/main.tsx', vue: 'examples/vue/main.js', svelte: 'examples/svelte/main.js' };

/** `sw-widgets` and `sw-widgets/<subpath>` as an installed package resolves them: through package.json `exports`. */
const packageSelf = {
  name: 'sw-widgets-self',
  setup(build) {
    const { exports } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    build.onResolve({ filter: /^sw-widgets(\/.*)?$/ }, (args) => {
      const subpath = `.${args.path.slice('sw-widgets'.length)}`;
      const target = exports[subpath];
      if (!target) return { errors: [{ text: `sw-widgets does not export ${subpath}` }] };
      return { path: resolve(root, typeof target === 'string' ? target : target.default) };
    });
  },
};

const vueSfc = {
  name: 'vue-sfc',
  setup(build) {
    build.onLoad({ filter: /\.vue$/ }, async (args) => {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const { compilerOptions } = await import(pathToFileURL(resolve(root, 'examples/vue/vue-options.js')).href);
      const { descriptor, errors } = parse(await readFile(args.path, 'utf8'), {
        filename: args.path,
        templateParseOptions: compilerOptions,
      });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e.message ?? e) })) };
      const script = compileScript(descriptor, {
        id: args.path,
        inlineTemplate: true,
        templateOptions: { compilerOptions },
      });
      return { contents: script.content, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

const svelte = {
  name: 'svelte',
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, async (args) => {
      const { compile } = await import('svelte/compiler');
      const { js, warnings } = compile(await readFile(args.path, 'utf8'), {
        filename: args.path,
        generate: 'client',
        dev: true,
      });
      return {
        contents: js.code,
        loader: 'js',
        resolveDir: dirname(args.path),
        warnings: warnings.map((w) => ({ text: w.message })),
      };
    });
  },
};

/** The example's app as one ES module (development builds of the frameworks, so that they warn about misuse). */
export async function bundleExample(name) {
  const entry = ENTRIES[name];
  if (!entry) throw new Error(`no example named ${name}`);
  const result = await esbuild.build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    conditions: ['development'],
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [packageSelf, vueSfc, svelte],
    logLevel: 'silent',
  });
  if (result.warnings.length) console.warn(`examples/${name}:`, result.warnings.map((w) => w.text).join('\n'));
  return result.outputFiles[0].text;
}

/** A @web/dev-server / @web/test-runner plugin serving /examples/<name>/app.bundle.js. */
export function examplesPlugin() {
  return {
    name: 'examples',
    async serve(context) {
      const name = context.path.match(/^\/examples\/(\w+)\/app\.bundle\.js$/)?.[1];
      if (!name || !ENTRIES[name]) return undefined;
      return { body: await bundleExample(name), type: 'js' };
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { startDevServer } = await import('@web/dev-server');
  const port = Number(process.env.PORT ?? 8001);
  const server = await startDevServer({
    config: {
      rootDir: root,
      port,
      hostname: '127.0.0.1',
      nodeResolve: false,
      watch: false,
      plugins: [examplesPlugin()],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const base = `http://127.0.0.1:${server.config.port}`;
  for (const name of ['plain-html', ...Object.keys(ENTRIES)])
    console.log(`${name.padEnd(10)} ${base}/examples/${name}/index.html`);
  console.log('Press Ctrl+C to stop.');
}
