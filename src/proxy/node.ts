/** Running the fetch-API handler on `node:http`, and as connect/Vite middleware. */
import { lookup } from 'node:dns/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyHandler } from './proxy.js';
import { RENDERS, RENDER_PATH, fromResponse, plainFormOf, type Answer, type AnswerRequest } from './responses.js';

export interface NodeListenerOptions {
  /** Serve only under this path (`/proxy` owns `/proxy` and `/proxy/`); the handler sees `/`. */
  mount?: string;
  /** Called with one line per request answered. */
  log?: (line: string) => void;
}

/** `(req, res, next?)`: a `node:http` listener, or middleware when the server passes `next`. */
export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/** Every address of a name, for `createProxy({ resolve })`: refusal needs all of them, not the first. */
export async function nodeResolve(host: string): Promise<string[]> {
  const answers = await lookup(host, { all: true, verbatim: true });
  return answers.map((a) => a.address);
}

/**
 * The request target relative to the mount, or undefined when the path is not ours: the mount
 * itself, and below it `/render/…` when the handler renders.
 */
function pathUnderMount(url: string, mount: string, renders: boolean): string | undefined {
  if (!mount) return url;
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  if (renders && path.startsWith(`${mount}${RENDER_PATH}`)) return url.slice(mount.length);
  if (path !== mount && path !== `${mount}/`) return undefined;
  return `/${at < 0 ? '' : url.slice(at)}`;
}

/** A GET/HEAD/OPTIONS Request for a handler of the fetch API; the proxy reads no request body. */
function toRequest(req: IncomingMessage, path: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // The handler routes on the query alone, so a fixed origin will do; the Host header is not trusted.
  return new Request(`http://localhost${path}`, { method: req.method ?? 'GET', headers });
}

/** The query of a request target as `URL#search` reads it: from `?` up to any `#`. */
function queryOf(path: string): string {
  const at = path.indexOf('?');
  if (at < 0) return '';
  const end = path.indexOf('#', at);
  return path.slice(at, end < 0 ? undefined : end);
}

/** The path of a request target, without its query or fragment. */
const pathOf = (target: string): string => target.split(/[?#]/, 1)[0]!;

/** A proxy's own handler is asked directly; any other handler goes through Request and Response. */
function asker(handler: ProxyHandler): (req: IncomingMessage, path: string) => Promise<Answer> {
  const plain: AnswerRequest | undefined = plainFormOf(handler);
  if (plain) return (req, path) => plain(req.method ?? 'GET', queryOf(path), req.headers.origin ?? null, pathOf(path));
  return async (req, path) => fromResponse(await handler(toRequest(req, path)));
}

function send({ status, headers, body }: Answer, res: ServerResponse): void {
  // A known length spares the chunked framing; a HEAD answer keeps no length it cannot vouch for.
  const length = body === null ? undefined : typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  res.writeHead(status, length === undefined ? headers : Object.assign({}, headers, { 'content-length': length }));
  res.end(body ?? undefined);
}

/** Adapts a fetch-API handler to `node:http`: bodies are small and capped, so they are sent whole. */
export function toNodeListener(handler: ProxyHandler, options: NodeListenerOptions = {}): NodeListener {
  const mount = (options.mount ?? '').replace(/\/$/, '');
  const ask = asker(handler);
  const renders = (handler as { [RENDERS]?: unknown })[RENDERS] === true;
  return (req, res, next) => {
    const path = pathUnderMount(req.url ?? '/', mount, renders);
    if (path === undefined) {
      if (next) return next();
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const started = performance.now();
    let cache = '-';
    // Inside the chain, so a request the fetch API rejects (a TRACE, say) is answered, not thrown.
    Promise.resolve()
      .then(() => ask(req, path))
      .then((answer) => {
        cache = answer.headers['x-sco-cache'] ?? '-';
        send(answer, res);
      })
      .catch((error: unknown) => {
        // The handler answers its own failures; reaching here means the request could not be adapted.
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Proxy failure: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        options.log?.(`${req.method} ${req.url} ${res.statusCode} ${cache} ${(performance.now() - started).toFixed(1)}ms`);
      });
  };
}
