import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { CHROME_ARGS, findChrome } from '../cli/lib/find-chrome.js';
const scenarios = process.argv[2].split(',');
const runs = Number(process.argv[3] || 5);
const port = await new Promise((r) => { const p = createServer().listen(0, '127.0.0.1', () => { const { port } = p.address(); p.close(() => r(port)); }); });
const server = await startDevServer({ config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const warm = await browser.newPage(); await warm.goto(`http://127.0.0.1:${port}/bench/index.html`); await warm.waitForFunction(() => window.bench); await warm.evaluate(() => window.bench.ready);
const captured = await warm.evaluate(() => window.bench.captured());
const keys = ['TaskDuration','ScriptDuration','RecalcStyleDuration','LayoutDuration','RecalcStyleCount','LayoutCount'];
for (const scenario of scenarios) {
  const sums = {};
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1300, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`http://127.0.0.1:${port}/bench/index.html?mode=first`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench, { timeout: 60000 });
    await page.evaluate(() => window.bench.ready);
    await page.evaluate((c) => window.bench.prepare(c), captured);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.evaluate((s) => window.bench.setup(s), scenario);
    const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    const a = await m();
    await page.evaluate((s) => window.bench.act(s), scenario);
    const b = await m();
    for (const k of keys) (sums[k] ??= []).push(b[k] - a[k]);
    await page.close();
  }
  const med = (v) => { const s = [...v].sort((x, y) => x - y); return s[s.length >> 1]; };
  console.log(scenario.padEnd(24), keys.map((k) => `${k.replace('Duration','')}=${k.endsWith('Count') ? med(sums[k]) : (med(sums[k]) * 1000).toFixed(1)}`).join(' '));
}
await browser.close(); await server.stop();
