// Test endpoints for the integrity of the files the script-tag bundles load on demand (test/integrity.test.ts).
//
// - `/__test/sri/<variant>/<file>`: the built file cdn/<file> (CORS open, never cached), where the variant is
//   `untouched`, or `<how>~<file>` for one file changed on the served copy: `byte` (one byte: its last digit becomes
//   the next digit), `append` (JavaScript appended: `globalThis.__tampered = 1`). The other files are as built.
// - `/__test/sri/<variant>/<page>.html`: a partner page served with the strict policy (no inline script or style),
//   whose script tag (`?script=sw-widgets.js`, default) loads the bundle from that folder, showing what `<page>`
//   needs (PAGES below: `#target`) beside an element that needs none of it (`#other`). `/__test/sri-host.js`, the page's own first
//   script, records what happens: events, policy violations, uncaught errors, inserted scripts, fetches.
// - `/__test/sri-cross/<variant>/<page>.html`: the same page with the bundle from the test server reached as
//   127.0.0.1 (another origin), its script tag with the manifest's `integrity` and `crossorigin`.
// - `/__test/snippets` (JSON) and `/__test/snippet/<n>.html`: every HTML snippet of the README and docs/ (English
//   and Chinese) that
//   loads a cdn/ file of this version (with its `integrity`), in a page under the strict policy, the files from
//   this server (`https://unpkg.com/sw-widgets@<version>/cdn/` → `/cdn/`); inline scripts, which such a policy
//   blocks by design, left out.
// - `/__test/flip/<id>/module.js`: an ES module that is one text the first time and another afterwards (a host
//   that changes a file between two requests); `/__test/flip/<id>/first-hash` is the hash of the first text.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const sha256 = (text) => 'sha256-' + createHash('sha256').update(text).digest('base64');

/** Each page: what it shows, and the file loaded on demand for it. */
export const PAGES = {
  // Beside it a list with its own report, which needs sw-report.js instead.
  card: {
    needs: 'sw-bundled-report.js',
    body: '<sw-stat-card id="target" metric="chaozhou-volunteers"></sw-stat-card>',
  },
  src: {
    needs: 'sw-report.js',
    body: '<sw-stat-card id="target" src="/data/report.json" metric="chaozhou-volunteers"></sw-stat-card>',
  },
  series: {
    needs: 'sw-series.js',
    body: '<sw-stat-card id="target" src="/data/examples/national-workforce.json" metric="national-certified-social-workers"></sw-stat-card>',
  },
  export: {
    needs: 'sw-export.js',
    body: '<sw-stat-card id="target" metric="chaozhou-volunteers" tools></sw-stat-card>',
  },
  geo: { needs: 'sw-geo.js', body: '<sw-region-map id="target" layout="geo"></sw-region-map>' },
  geometry: { needs: 'sw-china.map.json', body: '<sw-region-map id="target" layout="geo"></sw-region-map>' },
  choropleth: {
    needs: 'sw-choropleth.js',
    body: '<sw-region-map id="target" src="/data/examples/province-indicators.json" indicator="resident-population"></sw-region-map>',
  },
  hydrate: { needs: 'sw-hydrate.js', body: null },
};

/**
 * The page's other element (`id="other"`), which needs none of the page's file: an element the bundle defines, with
 * the report of `src` on the page whose file is the bundled report, else the bundled report.
 */
function otherElement(script, name) {
  const report = name === 'card' ? ' src="/data/report.json"' : '';
  if (script.startsWith('sw-stat-card'))
    return `<sw-stat-card id="other"${report} metric="chaozhou-volunteers"></sw-stat-card>`;
  if (script.startsWith('sw-region-map')) return `<sw-region-map id="other"${report}></sw-region-map>`;
  return `<sw-story-list id="other"${report} limit="1"></sw-story-list>`;
}

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The server-rendered card of the hydrate page, and the hashes of its styles (rendered once, by dist/ssr in a child process). */
let serverRendered;
function serverRenderedCard(lang) {
  serverRendered ??= new Map();
  if (!serverRendered.has(lang)) {
    if (!existsSync('dist/ssr/index.js')) throw new Error('dist/ssr/index.js is missing: run npm run build');
    const script = `const ssr = await import('./dist/ssr/index.js'); process.stdout.write(JSON.stringify({ html: ssr.renderPage([{ tag: 'sw-stat-card', attributes: { id: 'target', metric: 'chaozhou-volunteers' } }], { lang: ${JSON.stringify(lang)} })[0], styles: ssr.cspStyleHashes() }));`;
    serverRendered.set(
      lang,
      JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })),
    );
  }
  return serverRendered.get(lang);
}

/** A file of cdn/ as a variant serves it. */
function servedFile(variant, file) {
  let bytes = readFileSync(`cdn/${file}`);
  const [how, changed] = variant.split('~');
  if (changed !== file) return bytes;
  if (how === 'append') return Buffer.concat([bytes, Buffer.from('\n;globalThis.__tampered = 1;\n')]);
  if (how === 'byte') {
    bytes = Buffer.from(bytes);
    let at = bytes.length - 1;
    while (at >= 0 && !(bytes[at] >= 0x30 && bytes[at] <= 0x39)) at--;
    bytes[at] = 0x30 + ((bytes[at] - 0x30 + 1) % 10);
    return bytes;
  }
  throw new Error(`unknown change ${how}`);
}

function page({ variant, name, script, lang, crossOrigin }) {
  const spec = PAGES[name];
  const module = !script.includes('.iife.');
  const src = crossOrigin ? `${crossOrigin}/__test/sri/${variant}/${script}` : script;
  const integrity = crossOrigin
    ? ` integrity="${JSON.parse(readFileSync('cdn/manifest.json', 'utf8')).files[script].integrity}" crossorigin="anonymous"`
    : '';
  const tag = `<script${module ? ' type="module"' : ''} src="${src}"${integrity}></script>`;
  const ssr = name === 'hydrate' ? serverRenderedCard(lang) : undefined;
  const body = ssr ? ssr.html : spec.body;
  const policy = [
    "default-src 'self'",
    `script-src 'self'${crossOrigin ? ` ${crossOrigin}` : ''}`,
    `style-src 'self'${ssr ? ` ${ssr.styles.join(' ')}` : ''}`,
    ...(crossOrigin ? [`connect-src 'self' ${crossOrigin}`] : []),
  ].join('; ');
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>
<script src="/__test/sri-host.js"></script></head><body>
<p id="host">The partner's own page</p>
${body}
${otherElement(script, name)}
${tag}
</body></html>`;
  return { html, policy };
}

/** The page's own first script: records what a test then reads from the frame. */
const HOST_SCRIPT = `window.__events = [];
window.__csp = [];
window.__uncaught = [];
window.__scripts = [];
window.__fetches = [];
for (const type of ['sw-error', 'sw-ready']) document.addEventListener(type, (event) => __events.push({ type, tag: event.target.localName, code: event.detail && event.detail.code, message: event.detail && event.detail.message }));
document.addEventListener('securitypolicyviolation', (event) => __csp.push(event.violatedDirective + ' ' + event.blockedURI));
addEventListener('error', (event) => __uncaught.push(String(event.message)));
addEventListener('unhandledrejection', (event) => __uncaught.push('unhandled rejection: ' + String(event.reason && (event.reason.message || event.reason.url || event.reason))));
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node.localName === 'script') __scripts.push({ src: node.src, integrity: node.integrity, type: node.type });
}).observe(document, { childList: true, subtree: true });
// (No top-level const named fetch: it would shadow window.fetch for every script of the page.)
const originalFetch = window.fetch;
window.fetch = function (input, init) {
  __fetches.push({ url: String(input && input.url ? input.url : input), integrity: (init && init.integrity) || '' });
  return originalFetch.apply(this, arguments);
};
`;

const flipText = (id, which) =>
  `(globalThis.__runs ??= []).push(${JSON.stringify(`${which}:${id}`)});\nexport const which = ${JSON.stringify(which)};\n`;
const flipServed = new Set();

/** The documented snippets that load this version's cdn/ files: `{ doc, line, html }`. */
function documentedSnippets() {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const pages = (folder) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => name.endsWith('.md'))
          .map((name) => `${folder}/${name}`)
      : [];
  const docs = ['README.md', 'README.zh-CN.md', ...pages('docs'), ...pages('docs/zh-CN')].filter((doc) =>
    existsSync(doc),
  );
  const snippets = [];
  for (const doc of docs) {
    const text = readFileSync(doc, 'utf8');
    for (const block of text.matchAll(/^```html\n([\s\S]*?)^```/gm)) {
      if (!block[1].includes(`/sw-widgets@${version}/cdn/`)) continue;
      const line = text.slice(0, block.index).split('\n').length;
      const html = block[1]
        .replace(/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(new RegExp(`https://[^/"]+/sw-widgets@${version.replace(/\./g, '\\.')}/cdn/`, 'g'), '/cdn/');
      snippets.push({ doc, line, html });
    }
  }
  return snippets;
}

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
    if (context.path === '/__test/snippets') {
      context.type = 'application/json';
      context.body = JSON.stringify(documentedSnippets().map(({ doc, line }) => ({ doc, line })));
      return undefined;
    }
    const snippet = /^\/__test\/snippet\/(\d+)\.html$/.exec(context.path);
    if (snippet) {
      const found = documentedSnippets()[Number(snippet[1])];
      if (!found) return next();
      context.set('Content-Security-Policy', STRICT);
      context.type = 'html';
      context.body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${found.doc}:${found.line}</title></head><body>\n${found.html}</body></html>`;
      return undefined;
    }
    if (context.path === '/__test/sri-host.js') {
      context.type = 'application/javascript';
      context.body = HOST_SCRIPT;
      return undefined;
    }
    const match = /^\/__test\/(sri|sri-cross)\/((?:untouched|(?:byte|append)~[\w.-]+))\/([\w.-]+)$/.exec(context.path);
    if (!match) return next();
    const [, kind, variant, file] = match;
    context.set('Cache-Control', 'no-store');
    context.set('Access-Control-Allow-Origin', '*');
    const pageName = /^(\w+)\.html$/.exec(file)?.[1];
    if (pageName && PAGES[pageName]) {
      const crossOrigin = kind === 'sri-cross' ? `http://127.0.0.1:${context.host.split(':')[1]}` : undefined;
      const { html, policy } = page({
        variant,
        name: pageName,
        script: String(context.query.script || 'sw-widgets.js'),
        lang: String(context.query.lang || 'en'),
        crossOrigin,
      });
      context.set('Content-Security-Policy', policy);
      context.type = 'html';
      context.body = html;
      return undefined;
    }
    if (kind !== 'sri' || !existsSync(`cdn/${file}`)) return next();
    context.type = file.endsWith('.json')
      ? 'application/json'
      : file.endsWith('.html')
        ? 'html'
        : file.endsWith('.css')
          ? 'text/css'
          : 'application/javascript';
    context.body = servedFile(variant, file);
    return undefined;
  };
}
