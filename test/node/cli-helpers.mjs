// Shared by the CLI tests (test/node/*.test.mjs): run `sw-widgets` as a user would, temporary folders,
// the reports the tests use, a static file server and headless Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/sw-widgets.js');
export const BUNDLED_REPORT = join(ROOT, 'data/report.json');
/** The format helper's second real report (issue 12), when it is in the repository. */
export const NATIONAL_REPORT = join(ROOT, 'data/examples/national-workforce.json');

/**
 * Runs the command line; English messages unless `env` says otherwise.
 * @returns {{ code: number, stdout: string, stderr: string }}
 */
export function cli(args, { cwd = ROOT, env = {}, input } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder removed after the test. */
export function tempFolder(t, prefix = 'sw-cli-') {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
export const withoutSchema = ({ $schema: _schema, ...report }) => report;

/**
 * A second report in format v2 made from the bundled one, for when data/examples/ is not there: the Zhuanglang
 * and Pingyang stories with their places, sources, tags and metrics, and one indicator whose values are counted
 * from the digest itself (how many of its stories name each division), labelled as such. No figure is invented.
 */
export function derivedV2Report() {
  const digest = readJson(BUNDLED_REPORT);
  const stories = digest.stories.filter((story) => story.places.some((id) => id === 'zhuanglang' || id === 'pingyang'));
  const placeIds = new Set(stories.flatMap((story) => story.places));
  for (const place of digest.places) if (placeIds.has(place.id) && place.parent) placeIds.add(place.parent);
  const metricIds = new Set(stories.flatMap((story) => story.metrics));
  const sourceIds = new Set(stories.flatMap((story) => story.sources));
  const tagIds = new Set(stories.flatMap((story) => story.tags));
  const metrics = digest.metrics.filter((metric) => metricIds.has(metric.id));
  for (const metric of metrics) sourceIds.add(metric.source);
  const counts = new Map();
  for (const story of digest.stories) {
    for (const code of new Set(story.places.map((id) => digest.places.find((place) => place.id === id).provinceCode)))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return {
    id: 'digest-2024-06-gansu-zhejiang',
    version: 2,
    title: {
      'zh-Hans': '社工资讯摘编（2024年6月）：甘肃庄浪与浙江平阳',
      'zh-Hant': '社工資訊摘編（2024年6月）：甘肅莊浪與浙江平陽',
      en: 'Social work news digest, June 2024: Zhuanglang (Gansu) and Pingyang (Zhejiang)',
    },
    published: digest.published,
    publisher: digest.publisher,
    headline: metrics[0].id,
    tags: digest.tags.filter((tag) => tagIds.has(tag.id)),
    sources: [
      ...digest.sources.filter((source) => sourceIds.has(source.id)),
      { id: 'digest', kind: 'organization', name: digest.publisher },
    ],
    places: digest.places.filter((place) => placeIds.has(place.id)),
    stories,
    metrics,
    indicators: [
      {
        id: 'digest-stories',
        label: {
          'zh-Hans': '本摘编中提及该地的报道',
          'zh-Hant': '本摘編中提及該地的報道',
          en: 'Stories of this digest that name the division',
        },
        unit: '篇',
        source: 'digest',
        asOf: { start: digest.published },
        note: {
          'zh-Hans': '由 2024年6月摘编的报道统计',
          'zh-Hant': '由 2024年6月摘編的報道統計',
          en: 'Counted from the stories of the June 2024 digest',
        },
        values: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([division, value]) => ({ division, value })),
      },
    ],
    units: { 篇: { 'zh-Hant': '篇', en: 'stories', enOne: 'story' } },
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves a folder over http on a free port; `pages` adds in-memory pages by path. */
export async function serveFolder(t, folder, pages = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (pages[path]) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path]);
      return;
    }
    const file = resolve(folder, '.' + path);
    if (!file.startsWith(resolve(folder) + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Access-Control-Allow-Origin': '*',
      })
      .end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => {
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  });
  return `http://127.0.0.1:${server.address().port}`;
}

/** Headless Chromium (puppeteer-core), closed after the test. */
export async function chromium(t) {
  const { findChrome, CHROME_ARGS } = await import('../../cli/lib/find-chrome.js');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  t.after(() => browser.close());
  return browser;
}

/** Starts `sw-widgets serve` and resolves with its URL once it listens; stopped after the test. */
export function startServe(t, args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'serve', ...args, '--port', '0'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    t.after(() => child.kill('SIGTERM'));
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/\S+\/demo\/builder\.html/.exec(out)?.[0];
      if (url) done(url);
    });
    child.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
  });
}
