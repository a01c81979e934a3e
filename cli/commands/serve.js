// `sw-widgets serve [folder]`: the embed builder (demo/builder.html of this package) on this computer, with a
// bundle's files as its cdn/ folder, so an editor sees their report in every widget and copies snippets that
// carry the bundle's SRI hashes and --base-url. Serves only those files, only to this computer by default, with
// `Access-Control-Allow-Origin: *` so that a page on another local address can load them; prints the builder's
// address and opens it in the browser where there is a desktop (--no-open to not).
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openInBrowser } from '../lib/open-browser.js';
import { InputError, UsageError } from '../lib/errors.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
};

/** The builder's own files, served from the package's demo/ folder. */
export const BUILDER_FILES = ['builder.html', 'builder.js', 'builder.css', 'reports.js', 'builder.messages.js', 'color-options.js', 'snippet-fallback.js', 'embed-height.js'];
/** The modules the builder shares with the CLI, served from the package's shared/ folder. */
export const SHARED_FILES = ['embed-snippet.js'];

/**
 * A request handler: `/` → the builder, `/demo/<builder file>`, `/shared/<shared file>`, `/cdn/<file in the folder>`,
 * `/data/examples/*.json` (the builder's example reports); nothing else.
 * @param {string} demoFolder @param {string} cdnFolder
 */
export function previewHandler(demoFolder, cdnFolder) {
  return async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/' || path === '/demo/') {
      response.writeHead(302, { Location: '/demo/builder.html' }).end();
      return;
    }
    let file;
    if (path.startsWith('/demo/') && BUILDER_FILES.includes(path.slice(6))) file = join(demoFolder, path.slice(6));
    else if (path.startsWith('/shared/') && SHARED_FILES.includes(path.slice(8))) file = join(demoFolder, '../shared', path.slice(8));
    else if (path.startsWith('/cdn/')) {
      const candidate = resolve(cdnFolder, path.slice(5));
      if (candidate.startsWith(cdnFolder + sep)) file = candidate;
    } else if (path.startsWith('/data/examples/') && path.endsWith('.json')) {
      // The builder's example reports (its report picker), from the package.
      const examples = resolve(demoFolder, '../data/examples');
      const candidate = resolve(examples, path.slice('/data/examples/'.length));
      if (candidate.startsWith(examples + sep)) file = candidate;
    }
    const info = file ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}

export default {
  name: 'serve',
  register(program, context) {
    const { t } = context;
    return program
      .command('serve')
      .description(t.serve)
      .argument(`[${t.terms.folder}]`, t.serveFolder)
      .option(`-p, --port <${t.terms.port}>`, t.portOption, '8080')
      .option(`--host <${t.terms.host}>`, t.hostOption, '127.0.0.1')
      .option('--no-open', t.openOption)
      .action(async (folder, options) => {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(t.badPort(options.port));
        const cdnFolder = folder ? resolve(context.cwd, folder) : fileURLToPath(new URL('cdn/', context.packageRoot)).replace(/[\\/]$/, '');
        if (!existsSync(join(cdnFolder, 'sw-widgets.js'))) throw new InputError(t.noPrebuilt(join(cdnFolder, 'sw-widgets.js')));
        const demoFolder = fileURLToPath(new URL('demo/', context.packageRoot));
        const server = createServer(previewHandler(demoFolder, cdnFolder));
        await new Promise((done, fail) => server.once('error', fail).listen(port, options.host, done));
        const address = server.address();
        const host = options.host.includes(':') ? `[${options.host}]` : options.host;
        const url = `http://${host}:${address.port}/demo/builder.html`;
        context.out(t.serving(url));
        // Opened where a desktop is (not in CI, over SSH or without a display): cli/lib/open-browser.js.
        const opened = options.open && (await openInBrowser(url, { env: context.env }));
        context.out(opened ? t.opened : t.notOpened);
        // Runs until stopped (Ctrl+C / SIGTERM).
        await new Promise((done) => {
          const stop = () => server.close(() => done());
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      });
  },
};
