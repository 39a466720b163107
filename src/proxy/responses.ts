/** Building the proxy's answers: CORS, caching headers, and errors a client can read. */

/** `*` (public data: any page may read it) or the exact origins allowed. */
export type Origins = '*' | readonly string[];

/** Headers that only make sense for the one request (CORS depends on who asks). */
export function corsHeaders(origins: Origins, requestOrigin: string | null): Headers {
  const headers = new Headers();
  if (origins === '*') {
    headers.set('access-control-allow-origin', '*');
  } else {
    // The answer depends on the Origin header, so a shared cache must key on it.
    headers.set('vary', 'Origin');
    if (requestOrigin !== null && origins.includes(requestOrigin)) headers.set('access-control-allow-origin', requestOrigin);
  }
  headers.set('access-control-expose-headers', 'X-Sco-Cache, Age, Last-Modified');
  return headers;
}

/** The answer to a CORS preflight: GET and HEAD with the usual request headers, cached a day. */
export function preflight(origins: Origins, requestOrigin: string | null): Response {
  const headers = corsHeaders(origins, requestOrigin);
  headers.set('access-control-allow-methods', 'GET, HEAD, OPTIONS');
  headers.set('access-control-allow-headers', 'Accept, Accept-Language, Cache-Control, If-Modified-Since, If-None-Match');
  headers.set('access-control-max-age', '86400');
  return new Response(null, { status: 204, headers });
}

/**
 * An answer with these headers on top of the CORS ones (null values left out). Served bodies are
 * third-party text on the proxy's origin: never let a browser sniff one into HTML or run what an
 * allowlisted site put in it.
 */
export function respond(status: number, body: BodyInit | null, cors: Headers, fields: Record<string, string | null>): Response {
  const headers = new Headers(cors);
  for (const [name, value] of Object.entries(fields)) if (value !== null) headers.set(name, value);
  headers.set('x-content-type-options', 'nosniff');
  headers.set('content-security-policy', "default-src 'none'; sandbox");
  return new Response(body, { status, headers });
}

/** An error as JSON, never cached: `{ error: <code>, message }`. */
export function errorResponse(status: number, error: string, message: string, cors: Headers): Response {
  return respond(status, JSON.stringify({ error, message }), cors, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
}
