// Test-only middleware for @web/test-runner's dev server: serves test/fixtures/ under /fx/ with the
// headers and faults a test asks for in the query string, and counts the requests it saw, so browser
// tests talk to a real HTTP server on 127.0.0.1 instead of a mocked fetch.
//
//   /fx/<file>?ct=<Content-Type>   serve the file's bytes with this Content-Type
//   &status=500                    answer with this HTTP status (body: the file, or a short text)
//   &delay=<ms>                    wait before answering (a timeout test uses a long delay)
//   &truncate=<n>                  send only the first n bytes of the body
//   &repeat=<n>                    send the body n times over (at most 1,000,000): hostile documents
//   &tag=<any>                     ignored: makes a URL unique for counting
//   /fx-count?path=/fx/<file>      how many requests reached that path (any query)
//   /fx-count?reset                forget all counts
//   /fx-list?dir=<folder>          the files under test/fixtures/<folder>, as a JSON array of paths
import { readFile, readdir } from 'node:fs/promises';
import { join, normalize } from 'node:path';

const root = join(process.cwd(), 'test/fixtures');
const counts = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function fixtureServer() {
  return async (ctx, next) => {
    if (ctx.path === '/fx-count') {
      if ('reset' in ctx.query) counts.clear();
      ctx.body = JSON.stringify({ count: counts.get(ctx.query.path) ?? 0 });
      ctx.type = 'application/json';
      return;
    }
    if (ctx.path === '/fx-list') {
      const dir = normalize(join(root, String(ctx.query.dir)));
      if (!dir.startsWith(root)) return next();
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      ctx.body = JSON.stringify(entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length + 1)));
      ctx.type = 'application/json';
      return;
    }
    if (!ctx.path.startsWith('/fx/')) return next();
    counts.set(ctx.path, (counts.get(ctx.path) ?? 0) + 1);
    const { ct, status, delay, truncate, repeat } = ctx.query;
    if (delay) await sleep(Number(delay));
    const file = normalize(join(root, decodeURIComponent(ctx.path.slice(4))));
    let body;
    try {
      body = file.startsWith(root) ? await readFile(file) : null;
    } catch {
      body = null;
    }
    if (!body) {
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    }
    if (repeat) body = Buffer.concat(Array.from({ length: Math.min(Number(repeat), 1_000_000) }, () => body));
    if (truncate) body = body.subarray(0, Number(truncate));
    ctx.status = status ? Number(status) : 200;
    ctx.set('Content-Type', ct ?? 'application/octet-stream');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
    // The test runner marks every answer whose path has an extension as cacheable for a year, which
    // would let the browser skip the server on the next request; fixtures must reach it every time.
    ctx.path = '/fx-answered';
  };
}
