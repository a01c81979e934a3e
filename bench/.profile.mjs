// Ad-hoc: CPU profile of one first-on-page scenario (not part of the repo's bench).
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { CHROME_ARGS, findChrome } from '../cli/lib/find-chrome.js';
const scenario = process.argv[2] || 'map-geo';
const runs = Number(process.argv[3] || 5);
const port = await new Promise((r) => { const p = createServer().listen(0, '127.0.0.1', () => { const { port } = p.address(); p.close(() => r(port)); }); });
const server = await startDevServer({ config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const self = new Map(); let total = 0;
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`http://127.0.0.1:${port}/bench/index.html?mode=first`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench, { timeout: 60000 });
  await page.evaluate(() => window.bench.ready);
  await page.evaluate(() => window.bench.prepare());
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await page.evaluate((s) => window.bench.setup(s), scenario);
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.evaluate((s) => window.bench.act(s), scenario);
  const { profile } = await cdp.send('Profiler.stop');
  const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map(); profile.samples.forEach((id, k) => counts.set(id, (counts.get(id) || 0) + (dt[k] || 0)));
  for (const [id, us] of counts) { const n = byId.get(id); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`; self.set(key, (self.get(key) || 0) + us); total += us; }
  await page.close();
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 45);
console.log(`total sampled ${(total / runs / 1000).toFixed(1)} ms per run`);
for (const [k, us] of rows) console.log((us / runs / 1000).toFixed(2).padStart(7), k);
await browser.close(); await server.stop();
