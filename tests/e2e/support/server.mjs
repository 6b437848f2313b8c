// A static file server that behaves like GitHub Pages: files only, under the
// site's public path; a folder answers with its index.html (and a folder
// address without its trailing slash with a 301 to it); anything else with
// the site's 404.html and status 404. No rewrites, so a deep link works only
// if the build produced a file for it. `spa: true` instead answers unknown
// paths with the root index.html, as `trunk serve` does.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// What GitHub Pages sends gzip-compressed to a browser that accepts it: text
// formats and WebAssembly (images and fonts are left as they are).
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.xml', '.txt', '.ics', '.csv', '.webmanifest']);

async function kindOf(file) {
  try {
    const info = await stat(file);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

async function fileAt(file) {
  const kind = await kindOf(file);
  if (kind === 'file') return file;
  if (kind === 'dir' && (await kindOf(path.join(file, 'index.html'))) === 'file') return path.join(file, 'index.html');
  return null;
}

/** The public path the build in `root` was made for, from its `<base href>`. */
export function publicPathOf(root) {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  return html.match(/<base href="([^"]*)"/)?.[1] ?? '/';
}

/**
 * Serves `root` under `base` (e.g. '/' or '/portal/') on a free loopback port.
 * `intercept(req, res)` may answer a request itself (for fault injection) by returning true.
 * `gzip: true` compresses text and wasm responses as GitHub Pages does (the
 * benchmark's transfer sizes and Lighthouse's network model depend on it).
 */
export async function startServer({ root = 'dist', base, spa = false, intercept, port: wanted = 0, gzip = false } = {}) {
  const gzipped = new Map();
  const rootDir = path.resolve(root);
  base ??= publicPathOf(rootDir);
  const server = createServer(async (req, res) => {
    try {
      if (intercept && (await intercept(req, res))) return;
      const url = new URL(req.url, 'http://localhost');
      let pathname;
      try { pathname = decodeURIComponent(url.pathname); } catch { pathname = null; }
      let file = null;
      if (pathname !== null && pathname.startsWith(base)) {
        const target = path.resolve(rootDir, '.' + path.posix.normalize('/' + pathname.slice(base.length)));
        if (target.startsWith(rootDir)) {
          if (!pathname.endsWith('/') && (await kindOf(target)) === 'dir' && (await fileAt(target))) {
            res.writeHead(301, { location: `${url.pathname}/${url.search}` });
            res.end();
            return;
          }
          file = await fileAt(target);
        }
      }
      let status = 200;
      if (!file) {
        file = spa ? path.join(rootDir, 'index.html') : await fileAt(path.join(rootDir, '404.html'));
        status = spa ? 200 : 404;
      }
      if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (gzip && COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
        body = gzipped.get(file);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500); res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(wanted, '127.0.0.1', resolve));
  // A test that fails before closing its server must not keep the test file
  // running until its timeout.
  server.unref();
  const { port } = server.address();
  return {
    base,
    origin: `http://127.0.0.1:${port}`,
    url: (p = '') => `http://127.0.0.1:${port}${base}${p.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
