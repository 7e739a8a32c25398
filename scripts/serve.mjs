/**
 * `npm start`: serves the production build the way deploy/nginx/ does, with the same headers and
 * caching (scripts/webServer.mjs) and the precompressed files, on 127.0.0.1. Node's own http
 * module, so nothing else needs installing.
 *
 *   node scripts/serve.mjs [--port 4173] [--root dist]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ROUTES, headersFor, startPagesFor } from './webServer.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function fileIn(root, path, acceptLanguage) {
  if (path === '/') return startPagesFor(acceptLanguage).map((page) => fileIn(root, page)).find(Boolean) ?? null;
  // A folder's address is its index.html: the prerendered pages live at /<language>/<page>/.
  const file = normalize(join(root, APP_ROUTES.includes(path) ? '/index.html' : path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** The smallest copy the browser accepts; a copy older than its file (edited since) is skipped. */
function encodedCopy(file, acceptEncoding) {
  const modified = statSync(file).mtimeMs;
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!new RegExp(`\\b${encoding}\\b`).test(acceptEncoding)) continue;
    const copy = file + suffix;
    if (existsSync(copy) && statSync(copy).mtimeMs >= modified) return { copy, encoding };
  }
  return null;
}

export function startServer({ root = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '';
    }
    const file = request.method === 'GET' || request.method === 'HEAD' ? fileIn(base, path, request.headers['accept-language']) : null;
    for (const [name, value] of Object.entries(headersFor(path))) response.setHeader(name, value);
    if (!file) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
      return;
    }
    const encoded = encodedCopy(file, String(request.headers['accept-encoding'] ?? ''));
    const sent = encoded?.copy ?? file;
    const stat = statSync(sent);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.setHeader('Vary', [response.getHeader('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
    response.setHeader('ETag', etag);
    response.setHeader('Last-Modified', stat.mtime.toUTCString());
    if (encoded) response.setHeader('Content-Encoding', encoded.encoding);
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304).end();
      return;
    }
    response.setHeader('Content-Length', stat.size);
    response.writeHead(200);
    if (request.method === 'HEAD') response.end();
    else createReadStream(sent).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : fallback;
  };
  const port = Number(option('port', process.env.PORT ?? 4173));
  await startServer({ root: option('root', 'dist'), port });
  console.log(`Rondkomen-check: http://127.0.0.1:${port}/`);
}
