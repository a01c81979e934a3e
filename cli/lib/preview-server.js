// What `sw-widgets serve` answers (and what `bundle --base-url` measures its widget pages with): the embed builder's
// files from the package's demo/ and shared/ folders, a bundle's files as cdn/, the example reports; nothing else.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
};

/** The builder's own files, served from the package's demo/ folder. */
export const BUILDER_FILES = [
  'builder.html',
  'builder.js',
  'builder.css',
  'reports.js',
  'builder.messages.js',
  'color-options.js',
  'snippet-fallback.js',
];
/** The modules the builder shares with the CLI, served from the package's shared/ folder. */
export const SHARED_FILES = ['embed-snippet.js', 'embed-height.js', 'snippet-fallback.js'];

/**
 * A request handler: `/` → the builder, `/demo/<builder file>`, `/shared/<shared file>`, `/cdn/<file in the folder>`,
 * `/data/examples/*.json` (the builder's example reports); nothing else.
 * @param {string} demoFolder @param {string} cdnFolder
 */
export function previewHandler(demoFolder, cdnFolder) {
  return async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/' || path === '/demo/') {
      response.writeHead(302, { Location: '/demo/builder.html' }).end();
      return;
    }
    let file;
    if (path.startsWith('/demo/') && BUILDER_FILES.includes(path.slice(6))) file = join(demoFolder, path.slice(6));
    else if (path.startsWith('/shared/') && SHARED_FILES.includes(path.slice(8)))
      file = join(demoFolder, '../shared', path.slice(8));
    else if (path.startsWith('/cdn/')) {
      const candidate = resolve(cdnFolder, path.slice(5));
      if (candidate.startsWith(cdnFolder + sep)) file = candidate;
    } else if (path.startsWith('/data/examples/') && path.endsWith('.json')) {
      // The builder's example reports (its report picker), from the package.
      const examples = resolve(demoFolder, '../data/examples');
      const candidate = resolve(examples, path.slice('/data/examples/'.length));
      if (candidate.startsWith(examples + sep)) file = candidate;
    }
    const info = file ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}
