/** Building the proxy's answers: CORS, caching headers, and errors a client can read. */

/** `*` (public data: any page may read it) or the exact origins allowed. */
export type Origins = '*' | readonly string[];

/** Header fields by lower-case name. */
export type HeaderFields = Record<string, string>;

/**
 * An answer before it becomes a fetch-API `Response`: the Node adapter writes it to the socket as
 * it is, so a cache hit builds no Request, Response, Headers or stream.
 */
export interface Answer {
  status: number;
  headers: HeaderFields;
  /** UTF-8 bytes or text; null for HEAD and for bodiless answers. */
  body: Uint8Array<ArrayBuffer> | string | null;
}

/**
 * The handler without the fetch API: method, query string (`?url=…`), Origin header and the path
 * below the proxy's root in, a plain answer out. The data route answers on any path; only a
 * rendering proxy reads the path (`/render/…`).
 */
export type AnswerRequest = (method: string, query: string, origin: string | null, path?: string) => Promise<Answer>;

/**
 * Where a `createProxy` handler carries its plain form. A registered symbol, because the package's
 * `proxy` and `proxy/node` entries are bundled apart: each has its own copy of this module.
 */
export const PLAIN_FORM = Symbol.for('sco-widgets/proxy: plain form');

/** Where a rendering proxy answers widgets as HTML, below its root. */
export const RENDER_PATH = '/render/';

/** Set on a handler that also answers `/render/…`, so a mounted Node adapter passes those paths on. */
export const RENDERS = Symbol.for('sco-widgets/proxy: renders');

/** The plain form of a handler `createProxy` made, so the Node adapter can skip Request and Response. */
export function plainFormOf(handler: object): AnswerRequest | undefined {
  const plain: unknown = (handler as { [PLAIN_FORM]?: unknown })[PLAIN_FORM];
  return typeof plain === 'function' ? (plain as AnswerRequest) : undefined;
}

/** Headers that only make sense for the one request (CORS depends on who asks). */
export function corsHeaders(origins: Origins, requestOrigin: string | null): HeaderFields {
  if (origins === '*') return { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED };
  // The answer depends on the Origin header, so a shared cache must key on it.
  const headers: HeaderFields = { vary: 'Origin' };
  if (requestOrigin !== null && origins.includes(requestOrigin)) headers['access-control-allow-origin'] = requestOrigin;
  headers['access-control-expose-headers'] = EXPOSED;
  return headers;
}

const EXPOSED = 'X-Sco-Cache, Age, Last-Modified';

/** The answer to a CORS preflight: GET and HEAD with the usual request headers, cached a day. */
export function preflight(origins: Origins, requestOrigin: string | null): Answer {
  const headers = corsHeaders(origins, requestOrigin);
  headers['access-control-allow-methods'] = 'GET, HEAD, OPTIONS';
  headers['access-control-allow-headers'] = 'Accept, Accept-Language, Cache-Control, If-Modified-Since, If-None-Match';
  headers['access-control-max-age'] = '86400';
  return { status: 204, headers, body: null };
}

const SERVED_SAFELY: HeaderFields = { 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox" };

/**
 * An answer with these headers on top of the CORS ones. Served bodies are third-party text on the
 * proxy's origin: never let a browser sniff one into HTML or run what an allowlisted site put in it.
 */
export function respond(status: number, body: Answer['body'], cors: HeaderFields, fields: HeaderFields): Answer {
  // Object.assign, not spreads or key-by-key writes: on V8 it copies these few fields many times faster, once per hit.
  const headers: HeaderFields = Object.assign({}, cors, fields, SERVED_SAFELY);
  return { status, headers, body };
}

/** An error as JSON, never cached: `{ error: <code>, message }`. */
export function errorResponse(status: number, error: string, message: string, cors: HeaderFields): Answer {
  return respond(status, JSON.stringify({ error, message }), cors, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
}

/** The fetch-API form, for runtimes that speak it (Workers, Deno, Bun, the handler's own callers). */
export function toResponse({ status, headers, body }: Answer): Response {
  return new Response(body, { status, headers });
}

/** The plain form of a fetch-API answer. */
export async function fromResponse(response: Response): Promise<Answer> {
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : null;
  return { status: response.status, headers: Object.fromEntries(response.headers), body };
}
