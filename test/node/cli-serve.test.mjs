// `sw-widgets serve` prints the builder's address and opens it where there is a desktop (not in CI, not headless,
// not with --no-open); it and `npm start` (scripts/dev/serve.mjs) let pages of other origins read what they serve.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { browserCommand } from '../../cli/lib/open-browser.js';
import { BIN, ROOT, tempFolder } from './cli-helpers.mjs';

/**
 * Starts `sw-widgets serve --port 0` with `env` and resolves with what it printed once it has said whether it opened
 * the builder; stopped after the test.
 */
function serve(t, args, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, LANG: 'C', ...env },
    });
    t.after(() => child.kill('SIGTERM'));
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/Ctrl\+C.*\n/.test(out)) done({ out, url: /http:\/\/\S+\/demo\/builder\.html/.exec(out)[0] });
    });
    child.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
  });
}

/** A folder with a stand-in `xdg-open` that writes the address it is given to a file, as a desktop would open it. */
function fakeDesktop(t) {
  const folder = tempFolder(t);
  const opened = join(folder, 'opened.txt');
  const opener = join(folder, 'xdg-open');
  writeFileSync(opener, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
  chmodSync(opener, 0o755);
  return { env: { PATH: `${folder}:${process.env.PATH}`, DISPLAY: ':99' }, opened };
}

test('serve prints the builder’s address and opens it in the desktop’s browser', async (t) => {
  if (process.platform !== 'linux') return t.skip('the stand-in opener is xdg-open (Linux)');
  const desktop = fakeDesktop(t);
  const { out, url } = await serve(t, [], desktop.env);
  assert.match(
    out,
    /^Embed builder: http:\/\/127\.0\.0\.1:\d+\/demo\/builder\.html\nOpened in your browser\. Ctrl\+C stops\.\n$/,
  );
  // The opener runs on its own: wait for the file it writes.
  // A limit for an opener that never runs, not a speed check: a loaded machine may take many seconds to start it.
  for (const end = Date.now() + 60_000; !existsSync(desktop.opened) && Date.now() < end;)
    await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(readFileSync(desktop.opened, 'utf8'), url);
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<title>/);
});

test('serve does not open a browser in CI, with --no-open, or without a display; it says to open the address', async (t) => {
  if (process.platform !== 'linux') return t.skip('the stand-in opener is xdg-open (Linux)');
  const desktop = fakeDesktop(t);
  const ci = await serve(t, [], { ...desktop.env, CI: 'true' });
  assert.match(ci.out, /\nOpen the address above in a browser\. Ctrl\+C stops\.\n$/);
  const noOpen = await serve(t, ['--no-open', '--lang', 'zh-Hans'], desktop.env);
  assert.match(
    noOpen.out,
    /^嵌入代码生成器：http:\/\/127\.0\.0\.1:\d+\/demo\/builder\.html\n在浏览器中打开上面的地址。按 Ctrl\+C 停止。\n$/,
  );
  const headless = await serve(t, [], { PATH: desktop.env.PATH });
  assert.match(headless.out, /Open the address above/);
  assert.equal(existsSync(desktop.opened), false, 'never opened');
  // What it serves may be read by pages of other origins (a snippet pasted into a local test page).
  const report = await fetch(ci.url.replace('/demo/builder.html', '/data/examples/national-workforce.json'));
  assert.equal(report.headers.get('access-control-allow-origin'), '*');
  // The builder's modules from shared/ are served; nothing else of that folder is.
  const shared = (name) => fetch(ci.url.replace('/demo/builder.html', `/shared/${name}`));
  const snippet = await shared('embed-snippet.js');
  assert.equal(snippet.status, 200);
  assert.match(snippet.headers.get('content-type'), /^text\/javascript/);
  assert.match(await snippet.text(), /export function embedSnippet/);
  assert.equal((await shared('report-literal.js')).status, 404);
});

test('where a desktop is: macOS open, Windows start, xdg-open with a display; never in CI or over SSH on a Mac', () => {
  const url = 'http://127.0.0.1:8080/demo/builder.html';
  assert.deepEqual(browserCommand(url, { platform: 'darwin', env: {} }), { command: 'open', args: [url] });
  assert.deepEqual(browserCommand(url, { platform: 'win32', env: {} }), {
    command: 'cmd',
    args: ['/c', 'start', '""', url],
  });
  assert.deepEqual(browserCommand(url, { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }), {
    command: 'xdg-open',
    args: [url],
  });
  assert.equal(browserCommand(url, { platform: 'linux', env: {} }), undefined, 'no display: a server or a container');
  assert.equal(browserCommand(url, { platform: 'darwin', env: { CI: '1' } }), undefined);
  assert.equal(browserCommand(url, { platform: 'linux', env: { DISPLAY: ':0', CI: 'true' } }), undefined);
  assert.deepEqual(browserCommand(url, { platform: 'linux', env: { DISPLAY: ':0', CI: 'false' } }), {
    command: 'xdg-open',
    args: [url],
  });
  assert.equal(
    browserCommand(url, { platform: 'darwin', env: { SSH_CONNECTION: '10.0.0.1 22 10.0.0.2 22' } }),
    undefined,
  );
});

/** A port nothing listens on now. */
const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

test('npm start (scripts/dev/serve.mjs) lets pages of other origins read the reports and scripts it serves', async (t) => {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/dev/serve.mjs'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: String(port) },
  });
  t.after(() => child.kill('SIGTERM'));
  await new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('embed builder:')) done();
    });
    child.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
  const report = await fetch(`http://127.0.0.1:${port}/data/report.json`, {
    headers: { Origin: 'http://localhost:9999' },
  });
  assert.equal(report.status, 200);
  assert.equal(report.headers.get('access-control-allow-origin'), '*');
  const script = await fetch(`http://127.0.0.1:${port}/scripts/dev/serve.mjs`);
  assert.equal(script.headers.get('access-control-allow-origin'), '*');
});
