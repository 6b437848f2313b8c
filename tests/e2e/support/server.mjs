// A static file server that behaves like GitHub Pages: files only, a
// directory answers with its index.html, anything else with the site's
// 404.html and status 404. No rewrites, so a deep link works only if the build
// produced a file for it. `spa: true` instead answers unknown paths with the
// root index.html (what `trunk serve` does), for builds without per-route files.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(file) {
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) return fileAt(path.join(file, 'index.html'));
  } catch {}
  return null;
}

/**
 * Serves `root` under `base` (e.g. '/' or '/portal/') on a free loopback port.
 * `intercept(req, res)` may answer a request itself (for fault injection) by returning true.
 */
export async function startServer({ root, base = '/', spa = false, intercept } = {}) {
  const rootDir = path.resolve(root);
  const server = createServer(async (req, res) => {
    try {
      if (intercept && (await intercept(req, res))) return;
      const url = new URL(req.url, 'http://localhost');
      let pathname;
      try { pathname = decodeURIComponent(url.pathname); } catch { pathname = null; }
      let file = null;
      if (pathname !== null && pathname.startsWith(base)) {
        const target = path.resolve(rootDir, '.' + path.posix.normalize('/' + pathname.slice(base.length)));
        if (target.startsWith(rootDir)) file = await fileAt(target);
      }
      let status = 200;
      if (!file) {
        file = spa ? path.join(rootDir, 'index.html') : await fileAt(path.join(rootDir, '404.html'));
        status = spa ? 200 : 404;
      }
      if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
      const body = await readFile(file);
      res.writeHead(status, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500); res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (p = '') => `http://127.0.0.1:${port}${base}${p.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
