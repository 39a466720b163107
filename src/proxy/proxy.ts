import { UPSTREAM_HOSTS } from '../data/upstreams.js';
import { DocumentCache, type CacheResult, type CacheState, type CachedDocument } from './cache.js';
import { SNAPSHOT_HOSTS, snapshotFor, snapshotResponse } from './offline.js';
import { Refusal, createTargetCheck, createUrlCheck, parseTarget, type TargetCheck } from './policy.js';
import { runtimeResolver, type Resolve } from './resolve.js';
import { corsHeaders, errorResponse, preflight, respond, type Origins } from './responses.js';
import { isTextContentType, toUtf8Document } from './text.js';
import { UpstreamError, fetchUpstream, type UpstreamLimits } from './upstream.js';

export interface ProxyOptions {
  /**
   * Upstream hosts the proxy forwards to: `host` (scheme's default port only) or `host:port`.
   * Default: the hosts of the built-in sources (`UPSTREAM_HOSTS`).
   */
  allowHosts?: readonly string[];
  /**
   * Escape hatch: skip the loopback/private/link-local address checks. Only for talking to a
   * server you run yourself on 127.0.0.1 (tests, a local mirror); never on a public deployment.
   */
  allowPrivate?: boolean;
  /**
   * Name → addresses, so an allowlisted name that resolves to a private address, or to nothing, is
   * refused. Default: the runtime's own (Node `dns.lookup`, `Deno.resolveDns`, `Bun.dns.lookup`).
   * Workers have none: there only IP literals are checked, and the proxy says so when it starts.
   */
  resolve?: Resolve;
  /** The fetch used for upstream requests (default `globalThis.fetch`). */
  fetch?: typeof fetch;
  /** Origins allowed to read answers: `*` (default, the data is public) or a list. */
  origins?: Origins;
  /** Upstream deadline for the whole redirect chain, ms (default 10 000). */
  timeoutMs?: number;
  /** Largest upstream body read, bytes (default 2 MiB). */
  maxBytes?: number;
  /** Redirects followed, each re-checked against the policy (default 5). */
  maxRedirects?: number;
  /** How long a fetched document is fresh, ms (default 15 minutes). */
  ttlMs?: number;
  /** How long past its TTL a document may stand in for a failing upstream, ms (default 24 hours). */
  staleMs?: number;
  /** Documents kept at most (default 256, least recently used go first). */
  maxEntries?: number;
  /** Answer only from the snapshots shipped in the package; never touch the network. */
  offline?: boolean;
  /**
   * Live, but when the upstream fails and no cached copy is left, answer from the shipped
   * snapshot (marked `X-Sco-Cache: snapshot`): the demo's live mode on a flaky network.
   */
  snapshotFallback?: boolean;
  /** The clock, ms since the epoch (default `Date.now`); tests move it instead of waiting. */
  now?: () => number;
}

export type ProxyHandler = (request: Request) => Promise<Response>;

/** After an upstream failure, how long a stale copy is served before upstream is tried again. */
const RETRY_MS = 60_000;
const seconds = (ms: number): number => Math.max(0, Math.floor(ms / 1000));

/** The CORS proxy for the built-in sources: `GET /?url=<percent-encoded upstream URL>`. */
export function createProxy(options: ProxyOptions = {}): ProxyHandler {
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  const staleMs = options.staleMs ?? 24 * 3600_000;
  const now = options.now ?? Date.now;
  const origins = options.origins ?? '*';
  const cache = new DocumentCache({ ttlMs, staleMs, retryMs: Math.min(RETRY_MS, ttlMs), maxEntries: options.maxEntries ?? 256, now });
  const resolve = options.resolve ?? runtimeResolver();
  if (!resolve && !options.offline && !options.allowPrivate) {
    console.warn(
      'sco-widgets proxy: this runtime cannot resolve names, so only IP-literal targets are checked for private addresses; an allowlisted name is trusted as it is.',
    );
  }
  const check = createTargetCheck({
    allowHosts: options.allowHosts ?? UPSTREAM_HOSTS,
    allowPrivate: options.allowPrivate ?? false,
    resolve,
  });
  const checkOffline = createUrlCheck(options.allowHosts ?? SNAPSHOT_HOSTS);
  const limits: UpstreamLimits = {
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? 2 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
    // Called through globalThis so a fetch swapped in later (or bound to the Workers global) is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
  const cacheControl = (state: CacheState): string =>
    state === 'stale'
      ? `public, max-age=${seconds(Math.min(RETRY_MS, ttlMs))}, stale-if-error=${seconds(staleMs)}`
      : `public, max-age=${seconds(ttlMs)}, stale-while-revalidate=${seconds(ttlMs)}, stale-if-error=${seconds(staleMs)}`;

  async function answer(target: URL, cors: Headers, head: boolean): Promise<Response> {
    if (options.offline) {
      checkOffline(target);
      return snapshotResponse(target, cors, head);
    }
    let cached: CacheResult;
    try {
      cached = await cache.get(target.href, () => load(target, check, limits));
    } catch (error) {
      // A refusal stays a refusal; only upstream trouble falls back to what the package ships.
      if (options.snapshotFallback && !(error instanceof Refusal) && snapshotFor(target)) return snapshotResponse(target, cors, head);
      throw error;
    }
    const { document, state, fetchedAt } = cached;
    return respond(200, head ? null : document.body, cors, {
      'content-type': document.contentType,
      'cache-control': cacheControl(state),
      'x-sco-cache': state,
      // With Age a CDN counts max-age from our fetch, not from its own.
      age: state === 'stale' ? null : String(seconds(now() - fetchedAt)),
      'last-modified': document.lastModified,
    });
  }

  return async (request) => {
    if (request.method === 'OPTIONS') return preflight(origins, request.headers.get('origin'));
    const cors = corsHeaders(origins, request.headers.get('origin'));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const response = errorResponse(405, 'method', 'Only GET, HEAD and OPTIONS', cors);
      response.headers.set('allow', 'GET, HEAD, OPTIONS');
      return response;
    }
    try {
      const target = parseTarget(new URL(request.url).searchParams.get('url'));
      return await answer(target, cors, request.method === 'HEAD');
    } catch (error) {
      return failure(error, cors);
    }
  };
}

/** One upstream fetch, re-encoded once for every request the cache will serve it to. */
async function load(target: URL, check: TargetCheck, limits: UpstreamLimits): Promise<CachedDocument> {
  const upstream = await fetchUpstream(target, check, limits);
  if (!isTextContentType(upstream.contentType)) {
    throw new UpstreamError(502, `Upstream sent ${upstream.contentType}, not a text document`);
  }
  const { text, contentType } = toUtf8Document(upstream.bytes, upstream.contentType);
  return { body: new TextEncoder().encode(text), contentType, lastModified: upstream.lastModified };
}

/** Every failure becomes an answer: refusals 403 (400 for a bad URL), upstream trouble 502/504. */
function failure(error: unknown, cors: Headers): Response {
  if (error instanceof Refusal) return errorResponse(error.reason === 'bad-url' ? 400 : 403, error.reason, error.message, cors);
  if (error instanceof UpstreamError) return errorResponse(error.status, error.status === 504 ? 'timeout' : 'upstream', error.message, cors);
  const message = error instanceof Error ? error.message : String(error);
  return errorResponse(502, 'upstream', `Upstream request failed: ${message}`, cors);
}
