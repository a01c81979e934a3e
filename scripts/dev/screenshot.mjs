// Screenshots of repository pages in headless Chromium, for the README and for
// looking at the widgets: node scripts/dev/screenshot.mjs <path> <out.png> [width] [height] [--full] [--dark] [--at=selector]
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, HOW_TO_INSTALL, CHROME_ARGS } from '../../cli/lib/find-chrome.js';

const [path = '/demo/index.html', out = 'docs/demo.png', width = '1200', height = '900'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}
const server = await startDevServer({
  config: { rootDir: '.', port: 8765, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height), deviceScaleFactor: 1 });
  if (process.argv.includes('--dark'))
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.config.port}${path}`, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  // --at=<css selector>: scroll that element to the top of the viewport first.
  const at = process.argv.find((a) => a.startsWith('--at='))?.slice(5);
  if (at) {
    await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), at);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  console.log(`${out}: ${width}x${height}${overflow > 0 ? `, horizontal overflow ${overflow}px` : ''}`);
} finally {
  await browser.close();
  await server.stop();
}
