// A real upstream for the proxy tests: node:http on 127.0.0.1, one handler per path, a request
// count per path, and faults written as ordinary handlers. Nothing here mocks fetch.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface Upstream {
  /** `127.0.0.1:PORT`, the allowlist entry tests pass to the proxy. */
  host: string;
  /** An absolute URL on this server. */
  url(path: string): string;
  /** How many requests reached `path` (query ignored). */
  count(path: string): number;
  /** Adds or replaces the handler of `path`. */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startUpstream(routes: Record<string, Route> = {}): Promise<Upstream> {
  const handlers = new Map(Object.entries(routes));
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const handler = handlers.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('no such route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    url: (path) => `http://${host}${path}`,
    count: (path) => counts.get(path) ?? 0,
    route: (path, handler) => void handlers.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the "never answers" route holds its socket open
      }),
  };
}

/** Answers with these bytes and headers. */
export const serve =
  (body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, headers).end(body);
  };

/** The proxy's URL for an upstream URL: `GET /?url=<percent-encoded>`. */
export const viaProxy = (upstreamUrl: string): string => `http://proxy.test/?url=${encodeURIComponent(upstreamUrl)}`;
