// The package as npm would publish it: `npm pack`, then publint and "Are the types wrong?" on the tarball, and
// the `sw-widgets` command run from the unpacked package with only its `dependencies` installed (no rollup,
// esbuild or tsx: nothing of devDependencies), as `npm install sw-widgets` would leave it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { ROOT, derivedV2Report, readJson, tempFolder } from './cli-helpers.mjs';

let tarball;
let unpacked;

/** Packs the package once for the tests of this file. */
function pack(t) {
  if (tarball) return;
  const folder = tempFolder({ after: (fn) => process.on('exit', fn) }, 'sw-pack-');
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  tarball = join(folder, info.filename);
  execFileSync('tar', ['xzf', tarball, '-C', folder]);
  unpacked = join(folder, 'package');
  t.diagnostic(
    `${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KB packed, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked`,
  );
}

test('the packed package holds the command, its modules, templates and prebuilt files', (t) => {
  pack(t);
  const pkg = readJson(join(unpacked, 'package.json'));
  assert.deepEqual(pkg.bin, { 'sw-widgets': 'bin/sw-widgets.js' });
  for (const path of [
    'bin/sw-widgets.js',
    'cli/main.js',
    'cli/commands/index.js',
    'shared/report-literal.js',
    'templates/metrics.csv',
    'cdn/sw-widgets.iife.js',
    'cdn/manifest.json',
    'demo/builder.html',
    'shared/embed-snippet.js',
    'dist/report/validate.js',
    'dist/export/csv.js',
    'CHANGELOG.md',
  ]) {
    assert.ok(existsSync(join(unpacked, path)), path);
  }
  assert.ok(readFileSync(join(unpacked, 'bin/sw-widgets.js'), 'utf8').startsWith('#!/usr/bin/env node\n'));
  assert.ok(!existsSync(join(unpacked, 'test')) && !existsSync(join(unpacked, 'src')), 'tests and sources stay out');
});

test('publint finds nothing to fix (strict)', async (t) => {
  pack(t);
  const { messages } = await publint({ pkgDir: unpacked, pack: false, strict: true });
  const pkg = readJson(join(unpacked, 'package.json'));
  assert.deepEqual(
    messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`),
    [],
  );
});

test('Are the types wrong? passes for an ES-module-only package', (t) => {
  pack(t);
  // The package is ES modules only ("type": "module"): require() and node10's resolution (no "exports") are out of
  // scope, which is attw's esm-only profile. Every other resolution (node16 from ESM, bundler) must be clean.
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'json',
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const report = JSON.parse(result.stdout);
  const problems = Object.values(report.problems ?? {}).flat();
  assert.deepEqual(
    problems.filter((problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind)),
    [],
  );
  assert.ok(report.analysis.entrypoints['.'], 'the main entry point was analysed');
});

test('the installed command runs with only the package’s dependencies', (t) => {
  pack(t);
  const app = tempFolder(t, 'sw-app-');
  const modules = join(app, 'node_modules');
  mkdirSync(modules);
  execFileSync('cp', ['-r', unpacked, join(modules, 'sw-widgets')]);
  // The runtime dependencies as npm would install them: every package the lockfile does not mark as dev.
  const lock = readJson(join(ROOT, 'package-lock.json'));
  const runtime = Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev)
    .map(([path]) => path.slice('node_modules/'.length));
  for (const name of ['rollup', 'esbuild', 'tsx', 'typescript', '@web/test-runner', 'puppeteer-core']) {
    if (runtime.includes(name) && name !== 'typescript') assert.fail(`${name} is not a dev dependency`);
  }
  for (const name of runtime) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
  }
  const bin = join(modules, 'sw-widgets/bin/sw-widgets.js');
  const run = (...args) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: app,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C' },
      timeout: 60_000,
    });

  const validated = run('validate', join(modules, 'sw-widgets/data/report.json'));
  assert.equal(validated.status, 0, validated.stderr);
  const imported = run('import', join(modules, 'sw-widgets/templates'), '--out', 'report.json');
  assert.equal(imported.status, 0, imported.stderr);
  writeFileSync(join(app, 'v2.json'), JSON.stringify(derivedV2Report()));
  const bundled = run('bundle', '--report', 'v2.json', '--out', 'out', '--base-url', 'https://static.example.org/x/');
  assert.equal(bundled.status, 0, bundled.stderr);
  assert.ok(readFileSync(join(app, 'out/sw-bundled-report.js'), 'utf8').includes('digest-2024-06-gansu-zhejiang'));
  assert.equal(readJson(join(app, 'out/manifest.json')).report, 'digest-2024-06-gansu-zhejiang');
  assert.ok(readdirSync(join(app, 'out')).includes('embed.html'));
  assert.equal(run('export-csv', 'report.json', '--out', 'csv').status, 0);
  assert.equal(run('serve', '--help').status, 0);
});
