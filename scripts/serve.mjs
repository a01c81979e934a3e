// `npm start`: serves the repository (after `npm run build`) and prints the demo's address.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.config.port}`;
console.log(`sw-widgets demo: ${base}/demo/index.html`);
console.log(`embed builder:   ${base}/demo/builder.html`);
console.log('Press Ctrl+C to stop.');
