// Test endpoints for the charset of the script-tag bundles (test/charset.test.ts): a page in GBK, as many Chinese
// sites still are, and a cdn bundle served with no charset in its Content-Type, either as built (ASCII) or as
// esbuild prints it with `charset: 'utf8'` (its characters outside ASCII as raw UTF-8).
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

/** @returns {import('koa').Middleware} */
export function charsetEndpoints() {
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
      let code = readFileSync(`cdn/${match[2]}.js`, 'utf8');
      if (match[1] === 'utf8') code = (await transform(code, { charset: 'utf8', minify: true, legalComments: 'none' })).code;
      context.set('Content-Type', 'application/javascript');
      context.body = code;
      return undefined;
    }
    return next();
  };
}
