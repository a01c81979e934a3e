// `sw-widgets bundle --report my.json --out dir/`: the package's prebuilt cdn/ files with that report bundled
// in place of the digest, no build needed. The build writes the bundled report into each file that carries it
// as exactly `encodeReportLiteral(data/report.json)` (shared/report-literal.js); this command finds that text
// once in each such file and writes `encodeReportLiteral(yourReport)` there, after validating the report; then the
// scripts that load that file get its new hash (they check it before using it: cli/lib/integrity.js).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedSnippet, manifestIntegrity } from '../../shared/embed-snippet.js';
import { setEmbedAllowedOrigins } from '../../shared/embed-origins.js';
import { encodeReportLiteral } from '../../shared/report-literal.js';
import { checkReportText, problemLine } from '../lib/check-report.js';
import { rehashBundle, withOnDemandHashes } from '../lib/integrity.js';
import { folderManifest, MANIFEST_FILE } from '../lib/manifest.js';
import { readFailure, readText } from '../lib/read-input.js';
import { InputError, UsageError } from '../lib/errors.js';
import { previewHandler } from '../lib/preview-server.js';
import { removeWidgetPages, writeWidgetPages } from '../lib/widget-pages.js';

const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=\S+\s*$/;

/** An origin as the embed page's allow-list takes it: scheme, host and port, nothing else. */
export function normalizeOrigin(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  )
    return undefined;
  if (!/^https?:\/\/[^/]+\/?$/i.test(value)) return undefined;
  return url.origin;
}

/** The files to write: every prebuilt file, the report swapped in the scripts that carry it. */
export async function bundleFiles({ cdnFolder, oldLiteral, newLiteral }) {
  const names = (await readdir(cdnFolder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name !== MANIFEST_FILE)
    .map((entry) => entry.name)
    .sort();
  const files = new Map();
  const changed = new Set();
  const problems = [];
  for (const name of names) {
    if (!name.endsWith('.js')) continue;
    const text = await readFile(join(cdnFolder, name), 'utf8');
    const count = text.split(oldLiteral).length - 1;
    if (count === 0) continue;
    if (count > 1) {
      problems.push({ name, count });
      continue;
    }
    // The source map describes the old text: leave it and its comment out.
    files.set(name, text.replace(oldLiteral, () => newLiteral).replace(SOURCE_MAP_COMMENT, '\n'));
    changed.add(name);
  }
  for (const name of names) {
    if (files.has(name)) continue;
    if (name.endsWith('.map') && changed.has(name.slice(0, -4))) continue;
    files.set(name, null); // copied as is
  }
  return { files, changed, problems };
}

export default {
  name: 'bundle',
  register(program, context) {
    const { t } = context;
    return program
      .command('bundle')
      .description(t.bundle)
      .requiredOption(`--report <${t.terms.file}>`, t.reportOption)
      .requiredOption(`--out <${t.terms.folder}>`, t.bundleOut)
      .option(`--base-url <${t.terms.url}>`, t.baseUrlOption)
      .option(`--allow-origin <${t.terms.origin}>`, t.allowOriginOption, (value, list) => [...list, value], [])
      .action(async (options) => {
        let baseUrl = null;
        if (options.baseUrl) {
          if (!/^https?:\/\/[^\s]+$/i.test(options.baseUrl)) throw new UsageError(t.badBaseUrl(options.baseUrl));
          baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
        }
        const origins = options.allowOrigin.map((value) => {
          const origin = normalizeOrigin(value);
          if (!origin) throw new UsageError(t.badOrigin(value));
          return origin;
        });

        let text;
        try {
          text = await readText(options.report, context.cwd);
        } catch (error) {
          throw new InputError(t.cannotRead(options.report, readFailure(error, t)));
        }
        const checked = checkReportText(text, context.lang);
        if (!checked.ok) {
          context.err(t.invalid(options.report, checked.problems.length));
          for (const problem of checked.problems) context.err('  ' + problemLine(options.report, problem));
          context.exitCode = 1;
          return;
        }

        const root = context.packageRoot;
        const cdnFolder = fileURLToPath(new URL('cdn/', root));
        if (!existsSync(join(cdnFolder, 'sw-widgets.js'))) throw new InputError(t.noPrebuilt(cdnFolder));
        const bundledReport = JSON.parse(await readFile(new URL('data/report.json', root), 'utf8'));
        const report = JSON.parse(text);
        const { files, changed, problems } = await bundleFiles({
          cdnFolder,
          oldLiteral: encodeReportLiteral(bundledReport),
          newLiteral: encodeReportLiteral(report),
        });
        if (problems.length)
          throw new InputError(problems.map(({ name, count }) => t.literalMissing(name, count)).join('\n'));
        if (!changed.size) throw new InputError(t.noLiteral);
        // The scripts that load sw-bundled-report.js check it against its hash: they get the new one.
        const loads = await rehashBundle(cdnFolder, files);

        if (origins.length) {
          try {
            files.set(
              'embed.html',
              setEmbedAllowedOrigins(await readFile(join(cdnFolder, 'embed.html'), 'utf8'), origins),
            );
          } catch (error) {
            throw new InputError(`embed.html: ${error.message}`);
          }
        }

        const out = resolve(context.cwd, options.out);
        if (existsSync(out)) {
          const present = await readdir(out);
          if (present.length && !present.includes(MANIFEST_FILE)) throw new InputError(t.outNotEmpty(options.out));
          // An earlier bundle: remove what it wrote, so no stale file is left behind.
          if (present.includes(MANIFEST_FILE)) {
            const old = JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8'));
            for (const name of Object.keys(old.files ?? {}))
              if (!name.includes('/') && !name.includes('\\')) await rm(join(out, name), { force: true });
          }
        }
        await mkdir(out, { recursive: true });
        for (const [name, content] of files) {
          if (content === null) await copyFile(join(cdnFolder, name), join(out, name));
          else await writeFile(join(out, name), content);
        }
        const manifest = withOnDemandHashes(
          await folderManifest(out, { name: 'sw-widgets', version: context.version, report: report.id, baseUrl }),
          loads,
        );
        await writeFile(join(out, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');

        context.out(t.bundled(options.out, files.size + 1));
        // A page per widget with its oEmbed answer, at the published address (cli/lib/widget-pages.js).
        if (baseUrl) await writeWidgetPages({ out, report, baseUrl, context, handler: previewHandler });
        else await removeWidgetPages(out);
        context.out();
        context.out(t.snippetHeading + (baseUrl ? '' : ' ' + t.noBaseUrl));
        const metric = report.headline ?? report.metrics[0]?.id;
        context.out(
          embedSnippet({
            scriptBase: baseUrl ?? './',
            scriptKind: 'classic',
            integrity: manifestIntegrity(manifest, 'sw-widgets.iife.js'),
            widgets: metric
              ? [{ tag: 'sw-stat-card', attributes: { metric } }]
              : [{ tag: 'sw-story-list', attributes: {} }],
          }),
        );
      });
  },
};
