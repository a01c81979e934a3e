// Shared by the server-rendering tests: a static server for the repository with pages made on the fly, and
// Chromium (puppeteer-core) with and without JavaScript. Needs `npm run build` (dist/ and cdn/).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../cli/lib/find-chrome.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

/** Serves the repository (or `root`); `pages` maps a path (e.g. /ssr/en.html) to HTML. */
export async function startServer(pages = new Map(), root = ROOT) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pages.has(path)) {
      // A page is its HTML, or { html, headers }.
      const page = pages.get(path);
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...page.headers });
      return response.end(page.html ?? page);
    }
    // The builder asks for a bundle's oEmbed index (cdn/widgets/index.json, written by `bundle --base-url`), which a
    // package's cdn/ does not have: answered empty here, so that only the pages' own problems are counted.
    if (path === '/favicon.ico' || path === '/cdn/widgets/index.json') return response.writeHead(204).end();
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    pages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export async function launchChromium() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found (see cli/lib/find-chrome.js)');
  return puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
}

/** A new tab that records console errors and warnings, page errors and failed requests. */
export async function openTab(browser, { javaScript = true, width = 1000, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.setJavaScriptEnabled(javaScript);
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  return { page, problems };
}

/** Names and roles of the accessibility tree, flattened (what a screen reader is given). */
export async function accessibleNodes(page) {
  const tree = await page.accessibility.snapshot({ interestingOnly: true });
  const nodes = [];
  const walk = (node) => {
    if (!node) return;
    nodes.push({ role: node.role, name: node.name ?? '', selected: node.selected });
    node.children?.forEach(walk);
  };
  walk(tree);
  return nodes;
}

/** Runs axe-core on the page (JavaScript must be on); returns the violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}
