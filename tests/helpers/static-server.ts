import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** Types a static host such as GitHub Pages compresses on the fly (Pagefind's own files come compressed). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg', '.wasm', '.pagefind']);

/**
 * How a host sends files stored gzipped (`*.json.gz`): as they are (`application/gzip`, as many
 * static hosts do), or with `Content-Encoding: gzip` and the type of what is inside, so that the browser
 * unpacks them before the page sees them (as `astro preview` and servers told to map `.gz` do).
 */
export type GzipFiles = 'as-is' | 'content-encoding';

/**
 * Serves a built `dist/` on a loopback port, as a static host would: directory URLs → index.html,
 * gzip for text and WebAssembly when the browser accepts it, and GitHub Pages' caching headers, so
 * transfer sizes measured here are real.
 */
export async function serveStatic(
  root: string,
  base = '/',
  options: { gzipFiles?: GzipFiles } = {},
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) return notFound(response);
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return notFound(response);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return notFound(response);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // GitHub Pages lets browsers keep every file ten minutes: a page that fetches one URL twice gets it once.
    const caching = { 'cache-control': 'max-age=600', 'last-modified': statSync(file).mtime.toUTCString() };
    if (file.endsWith('.gz')) {
      const encoded = options.gzipFiles === 'content-encoding';
      const inner = TYPES[path.extname(file.slice(0, -3))] ?? 'application/octet-stream';
      response.writeHead(200, encoded ? { 'content-type': inner, 'content-encoding': 'gzip', ...caching } : { 'content-type': 'application/gzip', ...caching });
      createReadStream(file).pipe(response);
      return;
    }
    if (COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', ...caching });
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(200, { 'content-type': type, ...caching });
      createReadStream(file).pipe(response);
    }
  });
  function notFound(response: import('node:http').ServerResponse) {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    const page = path.join(root, '404.html');
    if (existsSync(page)) createReadStream(page).pipe(response);
    else response.end('not found');
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
