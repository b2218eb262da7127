// A static file server for dist/ on 127.0.0.1 (tests and `node js/serve.mjs dist` by
// hand). Serves `.br` siblings with Content-Encoding: br when the browser accepts it, and
// wasm as application/wasm (so the loader can compile while it downloads). `overrides` maps
// a path to bytes served instead of the file (the tamper test).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function serve(dir, { port = 0, overrides = new Map(), log = null } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    // No icon: say so without an error (a 404 would be a console error in the page tests).
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    // Content-hashed names (`pygmy-vm.<hash>.wasm`) never change: cached for good, as a CDN
    // would; the entry points (pygmy.mjs, index.html, manifest.json) are not.
    const cache = /\.[0-9a-f]{12}\.[a-z]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-store';
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache };
    let body = overrides.get(path);
    if (!body) {
      if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
      const br = (req.headers['accept-encoding'] ?? '').includes('br') && existsSync(file + '.br');
      body = readFileSync(br ? file + '.br' : file);
      if (br) headers['Content-Encoding'] = 'br';
    }
    log?.push({ path, bytes: body.length, encoding: headers['Content-Encoding'] ?? 'identity' });
    res.writeHead(200, headers).end(body);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(process.argv[2] ?? 'dist', { port: Number(process.env.PORT ?? 8000) });
  console.log(`serving ${process.argv[2] ?? 'dist'} on http://127.0.0.1:${server.address().port}/`);
}
