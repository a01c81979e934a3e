// Dependencies point one way (ARCHITECTURE.md, "Layers"): every import between the project's own modules, read
// from the sources with TypeScript's parser (no build needed), checked against the allowed directions, and no
// import cycles. A failure names each offending import with its file and line, and each cycle with its chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Files under `folder` (a path from the root) whose name matches `pattern`, as paths from the root. */
function filesUnder(folder, pattern, deep = true) {
  if (!existsSync(join(ROOT, folder))) return [];
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: deep })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) =>
      relative(ROOT, join(entry.parentPath ?? entry.path, entry.name))
        .split('\\')
        .join('/'),
    )
    .sort();
}

const MODULES = [
  ...filesUnder('src', /\.ts$/),
  ...filesUnder('cli', /\.js$/),
  ...filesUnder('bin', /\.js$/),
  ...filesUnder('shared', /\.js$/),
  ...filesUnder('scripts', /\.(mjs|js|ts)$/),
  ...filesUnder('demo', /\.js$/, false),
  ...filesUnder('test/support', /\.ts$/),
  'rollup.config.mjs',
  'web-test-runner.config.mjs',
];

/**
 * The imports of one module: static `import`/`export … from`, `import()` of a literal, and `import()` of
 * `new URL('<path>', <base>)` (the CLI names files of its package so: a path from the package root unless the
 * base is `import.meta.url`). Type-only imports count for the layers (a type from a higher layer is a dependency on
 * it), not for cycles (they are erased: a generated table may import the types of the module that imports it).
 */
function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (node, specifier, { fromRoot = false, typeOnly = false } = {}) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ specifier, line, fromRoot, typeOnly });
  };
  /** `import type …`, `import { type A, type B } …`, `export type … from`: erased from the JavaScript. */
  const typeOnly = (node) => {
    const clause = ts.isImportDeclaration(node) ? node.importClause : node;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const named = ts.isImportDeclaration(node) ? clause.namedBindings : node.exportClause;
    return Boolean(
      ts.isImportDeclaration(node) &&
      !clause.name &&
      named &&
      ts.isNamedImports(named) &&
      named.elements.length &&
      named.elements.every((element) => element.isTypeOnly),
    );
  };
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node, node.moduleSpecifier.text, { typeOnly: typeOnly(node) });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length
    ) {
      let argument = node.arguments[0];
      if (ts.isPropertyAccessExpression(argument) && argument.name.text === 'href') argument = argument.expression;
      if (ts.isStringLiteralLike(argument)) add(node, argument.text);
      else if (
        ts.isNewExpression(argument) &&
        argument.expression.getText(source) === 'URL' &&
        argument.arguments?.[0] &&
        ts.isStringLiteralLike(argument.arguments[0])
      ) {
        const base = argument.arguments[1]?.getText(source);
        add(node, argument.arguments[0].text, { fromRoot: base !== 'import.meta.url' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Where an import leads, as a path from the root: the source of a built file (dist/x.js → src/x.ts, what the CLI
 * imports once the package is built), a `.ts` source named `.js`; packages (bare specifiers) are left out.
 */
function resolveImport(file, { specifier, fromRoot }) {
  if (!fromRoot && !specifier.startsWith('.')) return null;
  let path = fromRoot ? posix.normalize(specifier) : posix.join(posix.dirname(file), specifier);
  if (path.startsWith('dist/')) path = path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
  if (
    path.endsWith('.js') &&
    !existsSync(join(ROOT, path)) &&
    (path.endsWith('.generated.js') || existsSync(join(ROOT, path.replace(/\.js$/, '.ts'))))
  )
    path = path.replace(/\.js$/, '.ts');
  return path;
}

/** Every import between the project's own modules: { from, to, line, typeOnly }. */
const EDGES = MODULES.flatMap((from) =>
  importsOf(from).flatMap((found) => {
    const to = resolveImport(from, found);
    return to ? [{ from, to, line: found.line, typeOnly: found.typeOnly }] : [];
  }),
);

// ---- The layers -------------------------------------------------------------------------------------------------

/** The elements: one folder each; none imports another's. */
const ELEMENTS = ['stat-card', 'region-map', 'story-list'];
/**
 * The library (src/), bottom to top: a module may import its own folder and the folders of lower layers (and
 * data/). Folders in one layer are peers that may import each other (the model's types and its formats), except
 * the elements.
 */
const SRC_LAYERS = [
  ['on-demand'], // loading code and data on first use (and the script-tag bundles' checked loader)
  ['report', 'format'], // the report model and how its values read in each language
  ['map'], // divisions, layouts, scales, projections
  ['export'], // image and CSV export
  ['base'], // what every element shares
  ELEMENTS,
  ['embed', 'ssr', '(entries)'], // the embed page, server rendering, src/*.ts (the package's and bundles' entries)
];

/** The part of the project a module belongs to, for the rules below. */
function partOf(path) {
  if (path.startsWith('src/')) {
    const folder = path.split('/')[1];
    return path.split('/').length === 2 ? 'src/(entries)' : `src/${folder}`;
  }
  if (path.startsWith('cli/commands/')) return path === 'cli/commands/index.js' ? path : 'cli/commands';
  if (path.startsWith('cli/lib/')) return 'cli/lib';
  if (path.startsWith('cli/')) return path; // cli/main.js, cli/messages.js
  if (path === 'rollup.config.mjs') return 'scripts';
  return path.split('/')[0]; // bin, shared, scripts, demo, data, cdn, test, or a file at the root
}

const isTest = (path) => /\.test\.ts$|\.test-helpers\.ts$|^test\/support\//.test(path);

/** Why `from` may not import `to`, or null when it may. */
function violation(from, to) {
  const a = partOf(from);
  const b = partOf(to);
  if (isTest(to) && !isTest(from)) return 'only tests import test code';
  if (a.startsWith('src/')) {
    if (isTest(from))
      return b.startsWith('src/') || ['data', 'shared', 'test'].includes(b)
        ? null
        : `a test in src/ imports src/, test/, data/ and shared/ only`;
    if (b === 'data') return null;
    if (!b.startsWith('src/')) return 'src/ imports only src/ and data/';
    const layerOf = (part) => SRC_LAYERS.findIndex((layer) => layer.includes(part.slice(4)));
    const [la, lb] = [layerOf(a), layerOf(b)];
    if (la < 0) return `${a} has no layer in test/node/architecture.test.mjs (and ARCHITECTURE.md): add it`;
    if (lb < 0) return `${b} has no layer in test/node/architecture.test.mjs (and ARCHITECTURE.md): add it`;
    if (a === b || lb < la) return null;
    if (lb === la && !SRC_LAYERS[la].every((part) => ELEMENTS.includes(part))) return null;
    return lb === la ? 'an element imports no other element' : `${a} is below ${b}: it may not import it`;
  }
  /** What each part of the tools may import (besides itself). */
  const ALLOWED = {
    bin: ['cli/main.js'],
    'cli/main.js': ['cli/commands/index.js', 'cli/messages.js', 'cli/lib', 'shared'],
    'cli/commands/index.js': ['cli/commands'],
    'cli/commands': ['cli/lib', 'cli/messages.js', 'shared', 'src/*', 'data'],
    'cli/lib': ['shared', 'src/*', 'data'],
    'cli/messages.js': [],
    shared: [],
    scripts: ['cli/lib', 'shared', 'src/*', 'data'],
    demo: ['shared', 'cdn', 'data'],
    // The tests' helpers (test/support/; only tests import them).
    test: ['src/*', 'data', 'shared'],
    // The browser tests' configuration: the test tooling and its plugins.
    'web-test-runner.config.mjs': ['scripts', 'test', 'cli/lib', 'shared', 'src/*', 'data'],
  };
  const part = a;
  const allowed = ALLOWED[part];
  if (!allowed) return `${a} has no rule in test/node/architecture.test.mjs (and ARCHITECTURE.md): add it`;
  if (a === b && a !== 'cli/commands') return null;
  if (allowed.includes(b) || (b.startsWith('src/') && allowed.includes('src/*'))) return null;
  if (a === 'cli/commands' && b === 'cli/commands')
    return 'a command imports no other command: shared code goes to cli/lib/';
  return `${part} may import ${allowed.length ? allowed.join(', ') : 'nothing of the project'}, not ${b}`;
}

// ---- The tests --------------------------------------------------------------------------------------------------

test('the scan sees the imports (a check of the check)', () => {
  assert.ok(MODULES.length > 150, `${MODULES.length} modules`);
  const has = (from, to) => EDGES.some((edge) => edge.from === from && edge.to === to);
  assert.ok(has('bin/sw-widgets.js', 'cli/main.js'));
  assert.ok(has('cli/lib/check-report.js', 'src/report/validate.ts'), 'dist/ imports are read as their sources');
  assert.ok(has('src/report/load-bundled.ts', 'src/report/bundled.ts'), 'import() of a literal');
  assert.ok(has('src/base/sw-element.ts', 'src/report/schema.ts'), 'type-only imports');
  assert.ok(
    EDGES.find((edge) => edge.from === 'src/base/sw-element.ts' && edge.to === 'src/report/schema.ts').typeOnly,
  );
  assert.ok(
    !EDGES.find((edge) => edge.from === 'src/base/report-source.ts' && edge.to === 'src/report/load-bundled.ts')
      .typeOnly,
  );
  assert.equal(
    violation('src/report/load.ts', 'src/base/sw-element.ts'),
    'src/report is below src/base: it may not import it',
  );
  assert.equal(
    violation('src/map/divisions.ts', 'src/region-map/region-map.ts'),
    'src/map is below src/region-map: it may not import it',
  );
  assert.equal(
    violation('src/stat-card/stat-card.ts', 'src/story-list/story-list.ts'),
    'an element imports no other element',
  );
  assert.match(violation('cli/commands/bundle.js', 'demo/reports.js'), /not demo$/);
  assert.equal(violation('src/map/geo-map.ts', 'test/support/wait.ts'), 'only tests import test code');
  assert.equal(violation('src/map/geo-map.test.ts', 'test/support/wait.ts'), null);
  assert.ok(has('test/support/report-fixtures.ts', 'src/report/bundled.ts'), 'the tests’ helpers are read too');
  assert.match(violation('cli/lib/x.js', 'scripts/test/browsers.mjs'), /not scripts$/);
  assert.equal(
    violation('cli/commands/bundle.js', 'cli/commands/validate.js'),
    'a command imports no other command: shared code goes to cli/lib/',
  );
});

test('every import of a project module names a file that exists', () => {
  // Built files are not checked: cdn/ (Rollup) and the *.generated.ts modules that `npm run data` writes.
  const missing = EDGES.filter(({ to }) => !/^cdn\/|\.generated\.ts$/.test(to) && !existsSync(join(ROOT, to)));
  assert.deepEqual(
    missing.map(({ from, line, to }) => `${from}:${line} → ${to}`),
    [],
  );
});

test('imports point one way: each import is allowed by the layers of ARCHITECTURE.md', () => {
  const problems = EDGES.flatMap(({ from, to, line }) => {
    const why = violation(from, to);
    return why ? [`${from}:${line} imports ${to}: ${why}`] : [];
  });
  assert.deepEqual(problems, []);
});

test('nothing in src/report, src/format or src/map imports src/base or an element, even through other modules', () => {
  const next = new Map();
  for (const { from, to } of EDGES) next.set(from, [...(next.get(from) ?? []), to]);
  const forbidden = (path) => /^src\/(base|stat-card|region-map|story-list)\//.test(path);
  const problems = [];
  for (const start of MODULES.filter((path) => /^src\/(report|format|map)\//.test(path) && !isTest(path))) {
    // Breadth first: the shortest chain to a forbidden module.
    const via = new Map([[start, null]]);
    const queue = [start];
    while (queue.length) {
      const path = queue.shift();
      if (forbidden(path)) {
        const chain = [];
        for (let step = path; step; step = via.get(step)) chain.unshift(step);
        problems.push(chain.join(' → '));
        break;
      }
      for (const to of next.get(path) ?? []) if (!via.has(to)) (via.set(to, path), queue.push(to));
    }
  }
  assert.deepEqual(problems, []);
});

test('no import cycles among the project’s modules (type-only imports aside)', () => {
  const next = new Map();
  for (const { from, to, typeOnly } of EDGES)
    if (!typeOnly) next.set(from, [...new Set([...(next.get(from) ?? []), to])]);
  const cycles = [];
  const state = new Map(); // 1: on the current path, 2: done
  const path = [];
  const visit = (node) => {
    state.set(node, 1);
    path.push(node);
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 1) cycles.push([...path.slice(path.indexOf(to)), to].join(' → '));
      else if (!state.has(to)) visit(to);
    }
    path.pop();
    state.set(node, 2);
  };
  for (const module of MODULES) if (!state.has(module)) visit(module);
  assert.deepEqual(cycles, []);
});

test('ARCHITECTURE.md names every folder of src/ and every top-level folder of code, and each src/ folder has a layer', () => {
  const page = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const srcFolders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const named = [
    ...srcFolders.map((name) => `src/${name}/`),
    ...['cli', 'bin', 'shared', 'demo', 'scripts', 'templates', 'data', 'test', 'test/support'].map(
      (name) => `${name}/`,
    ),
  ];
  assert.deepEqual(
    named.filter((folder) => !page.includes(`\`${folder}`)),
    [],
    'folders ARCHITECTURE.md does not name',
  );
  const layered = SRC_LAYERS.flat();
  assert.deepEqual(
    srcFolders.filter((name) => !layered.includes(name)),
    [],
    'src/ folders with no layer here',
  );
});
