// Test endpoints for the integrity of files loaded on demand (test/integrity.test.ts).
import { createHash } from 'node:crypto';

const sha256 = (text) => 'sha256-' + createHash('sha256').update(text).digest('base64');

/**
 * `/__test/flip/<id>/module.js`: an ES module that is one text the first time it is asked for and another
 * afterwards (a host that changes a file between two requests); `/__test/flip/<id>/first-hash` is the hash of
 * the first text. Each text, when it runs, pushes `first:<id>` or `changed:<id>` to `globalThis.__runs`.
 */
const flipText = (id, which) => `(globalThis.__runs ??= []).push(${JSON.stringify(`${which}:${id}`)});\nexport const which = ${JSON.stringify(which)};\n`;
const flipServed = new Set();

/** @returns {import('koa').Middleware} */
export function integrityEndpoints() {
  return async function integrityEndpoint(context, next) {
    const flip = /^\/__test\/flip\/([\w-]+)\/(module\.js|first-hash)$/.exec(context.path);
    if (flip) {
      const [, id, what] = flip;
      context.set('Cache-Control', 'no-store');
      if (what === 'first-hash') {
        context.type = 'text/plain';
        context.body = sha256(flipText(id, 'first'));
        return undefined;
      }
      context.type = 'application/javascript';
      context.body = flipText(id, flipServed.has(id) ? 'changed' : 'first');
      flipServed.add(id);
      return undefined;
    }
    return next();
  };
}
