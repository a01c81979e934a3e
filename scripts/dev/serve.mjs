// `npm start`: serves the repository (after `npm run build`) and prints the demo's and the builder's address.
// Every answer carries `Access-Control-Allow-Origin: *`, so that a snippet from the local builder, pasted into a
// page on another local address, can load its scripts and report (module scripts and fetches need CORS).
import { startDevServer } from '@web/dev-server';

/** Lets pages of any origin read what this local server serves. */
export function allowAnyOrigin(context, next) {
  context.set('Access-Control-Allow-Origin', '*');
  return next();
}

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false, middleware: [allowAnyOrigin] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.config.port}`;
console.log(`sw-widgets demo: ${base}/demo/index.html`);
console.log(`embed builder:   ${base}/demo/builder.html`);
console.log('Press Ctrl+C to stop.');
