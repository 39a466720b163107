// What the server-rendering tests share: the fixtures (and any written document) served over real
// HTTP on 127.0.0.1, and the rendered HTML read back through parse5, shadow roots included.
import { spawn, type SpawnOptions } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

const fixtures = new URL('../fixtures/', import.meta.url);

/**
 * `/fx/<path>` answers the file of test/fixtures; `routes` answer other paths (a route that never
 * answers holds its request open until `close()`). Counts requests per path.
 */
export async function serveFixtures(routes: Record<string, (res: ServerResponse) => void> = {}) {
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (routes[path]) return routes[path](res);
    const body = path.startsWith('/fx/') && !path.includes('..') ? await readFile(new URL(path.slice(4), fixtures)).catch(() => undefined) : undefined;
    res.writeHead(body ? 200 : 404, { 'access-control-allow-origin': '*' }).end(body ?? '');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits: (path: string) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/**
 * Runs Node with `args` to its end, or kills it after `limit` ms: its exit code, its output, and
 * whether it had to be killed (a render that keeps the process alive).
 */
export function runNode(args: string[], { limit = 30000, ...options }: Omit<SpawnOptions, 'stdio'> & { limit?: number } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }>((resolve) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limit);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed });
    });
  });
}

/** Every element of `html`, in document order, the contents of templates (shadow roots) included. */
export function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parseFragment(html) as unknown as Node);
  return found;
}

/** The text of `node` and its descendants (templates' contents included), spaces collapsed. */
export function text(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeName === '#text') out += (n as DefaultTreeAdapterMap['textNode']).value;
    if (n.nodeName === 'style' || n.nodeName === 'script') return;
    if ('content' in n && n.content) walk(n.content as unknown as Node);
    if ('childNodes' in n) n.childNodes.forEach(walk);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

export const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** The elements of `html` whose `part` attribute lists `part`. */
export const parts = (html: string, part: string): Element[] => elements(html).filter((e) => attr(e, 'part')?.split(/\s+/).includes(part));

/** The top-level elements of `html` (the host, the seed). */
export const topLevel = (html: string): Element[] => parseFragment(html).childNodes.filter((n): n is Element => 'tagName' in n);
