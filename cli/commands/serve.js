// `sw-widgets serve [folder]`: the embed builder (demo/builder.html of this package) on this computer, with a
// bundle's files as its cdn/ folder, so an editor sees their report in every widget and copies snippets that
// carry the bundle's SRI hashes and --base-url. Serves only those files, only to this computer by default, with
// `Access-Control-Allow-Origin: *` so that a page on another local address can load them; prints the builder's
// address and opens it in the browser where there is a desktop (--no-open to not).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openInBrowser } from '../lib/open-browser.js';
import { InputError, UsageError } from '../lib/errors.js';
import { previewHandler } from '../lib/preview-server.js';

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
        const cdnFolder = folder
          ? resolve(context.cwd, folder)
          : fileURLToPath(new URL('cdn/', context.packageRoot)).replace(/[\\/]$/, '');
        if (!existsSync(join(cdnFolder, 'sw-widgets.js')))
          throw new InputError(t.noPrebuilt(join(cdnFolder, 'sw-widgets.js')));
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
