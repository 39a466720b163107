import type { TargetCheck } from './policy.js';

/**
 * An upstream failure the proxy reports as a gateway error, or as 503 when it is at its limit of
 * upstream requests (and covers with a stale copy if it has one).
 */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    readonly status: 502 | 503 | 504,
    message: string,
    /** For 503: seconds a client should wait before asking again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** A complete upstream answer, still in the upstream's encoding. */
export interface UpstreamBody {
  bytes: Uint8Array;
  contentType: string | null;
  lastModified: string | null;
}

export interface UpstreamLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  fetch: typeof fetch;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches `url`, following redirects by hand so every hop passes the same policy checks, under one
 * deadline for the whole chain, and reads at most `maxBytes` of the body.
 */
export async function fetchUpstream(url: URL, check: TargetCheck, limits: UpstreamLimits): Promise<UpstreamBody> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    let target = url;
    for (let hop = 0; hop <= limits.maxRedirects; hop++) {
      await withSignal(check(target), signal);
      const response = await limits.fetch(target, {
        redirect: 'manual',
        signal,
        headers: { accept: 'application/xml, application/json, text/xml, */*;q=0.5', 'user-agent': 'sco-widgets-proxy' },
      });
      const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
      if (location === null) return await readBody(response, limits.maxBytes);
      await response.body?.cancel();
      target = new URL(location, target);
    }
    throw new UpstreamError(502, `More than ${limits.maxRedirects} redirects`);
  } catch (error) {
    if (signal.aborted) throw new UpstreamError(504, `No answer from upstream within ${limits.timeoutMs} ms`);
    throw error;
  }
}

/** Name resolution is not covered by fetch's signal, so race it against the same deadline. */
function withSignal<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function readBody(response: Response, maxBytes: number): Promise<UpstreamBody> {
  if (!response.ok) {
    await response.body?.cancel();
    throw new UpstreamError(502, `Upstream answered HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(maxBytes);
  }
  return {
    bytes: await readCapped(response.body, maxBytes),
    contentType: response.headers.get('content-type'),
    lastModified: response.headers.get('last-modified'),
  };
}

const tooLarge = (maxBytes: number): UpstreamError => new UpstreamError(502, `Upstream body exceeds ${maxBytes} bytes`);

/** Counts bytes as they arrive: Content-Length can be absent or wrong. */
async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
