// Test endpoints for the charset of the script-tag bundles (test/charset.test.ts): a page in GBK, as many Chinese
// sites still are, and a cdn bundle served with no charset in its Content-Type, either as built (ASCII) or as
// esbuild prints it with `charset: 'utf8'` (its characters outside ASCII as raw UTF-8).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { sha256, writeOnDemandHashes } from '../../cli/lib/integrity.js';

/**
 * Every script of cdn/ printed by esbuild with `charset: 'utf8'`, as one folder: the bundles carry the hashes of the
 * reprinted files they load on demand (as `sw-widgets bundle` rewrites them), or they would refuse them.
 */
let utf8Folder;
function utf8Files() {
  utf8Folder ??= reprint();
  return utf8Folder;
}
async function reprint() {
  const names = readdirSync('cdn').filter((name) => /^sw-.*\.js(on)?$/.test(name) && name !== 'sw-ssr-worker.js');
  const built = new Map(names.map((name) => [name, sha256(readFileSync(`cdn/${name}`))]));
  const files = new Map();
  for (const name of names) {
    const code = readFileSync(`cdn/${name}`, 'utf8');
    files.set(
      name,
      Buffer.from(
        name.endsWith('.js')
          ? (await transform(code, { charset: 'utf8', minify: true, legalComments: 'none' })).code
          : code,
      ),
    );
  }
  writeOnDemandHashes(files, built);
  return files;
}

/** @returns {import('koa').Middleware} */
export function charsetEndpoints() {
  // Reprinted while the first tests run, not in the first request that needs it (a page waits only a few seconds).
  if (existsSync('cdn/sw-widgets.js')) utf8Files().catch(() => (utf8Folder = undefined));
  return async function charsetEndpoint(context, next) {
    if (context.path === '/__test/charset/gbk-page') {
      const type = context.query.module ? ' type="module"' : '';
      const script = String(context.query.script ?? '').replace(/[^\w./-]/g, '');
      // ASCII markup: the same bytes in GBK; the header makes GBK the document's encoding.
      context.set('Content-Type', 'text/html; charset=gbk');
      context.body = `<!doctype html><html lang="zh-CN"><head><title>GBK page</title></head><body><sw-stat-card metric="chaozhou-volunteers"></sw-stat-card><script${type} src="/__test/charset/${script}"></script></body></html>`;
      return undefined;
    }
    const match = /^\/__test\/charset\/(ascii|utf8)\/(sw-[\w-]+(?:\.iife)?)(?:\.js)?$/.exec(context.path);
    if (match) {
      const code =
        match[1] === 'utf8' ? (await utf8Files()).get(`${match[2]}.js`) : readFileSync(`cdn/${match[2]}.js`, 'utf8');
      context.set('Content-Type', 'application/javascript');
      context.body = code;
      return undefined;
    }
    return next();
  };
}
