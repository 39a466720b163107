import { now as libraryNow } from '../core/time.js';
import { UPSTREAM_HOSTS } from './snapshots.generated.js';
import { DocumentCache, MemoryStore, type CacheResult, type CacheState, type DocumentStore, type StoredDocument } from './cache.js';
import { offlineHosts, snapshotFor, snapshotResponse } from './offline.js';
import { Refusal, createTargetCheck, createUrlCheck, parseTarget, type TargetCheck } from './policy.js';
import { runtimeResolver, type Resolve } from './resolve.js';
import {
  PLAIN_FORM,
  corsHeaders,
  errorResponse,
  preflight,
  respond,
  toResponse,
  type Answer,
  type AnswerRequest,
  type HeaderFields,
  type Origins,
} from './responses.js';
import { UpstreamSlots } from './slots.js';
import { isTextContentType, toUtf8Document } from './text.js';
import { UpstreamError, fetchUpstream, type UpstreamLimits } from './upstream.js';

export interface ProxyOptions {
  /**
   * Upstream hosts the proxy forwards to: `host` (scheme's default port only) or `host:port`.
   * Default: the hosts of the built-in sources (`UPSTREAM_HOSTS`). Offline, the sample headlines'
   * host is added.
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
  /**
   * Bytes of documents kept in memory (default 64 MiB; least recently used go first). Counted as
   * served, in UTF-8: a windows-1251 sheet takes up to twice its upstream size.
   */
  maxCacheBytes?: number;
  /**
   * A store shared beyond this handler's memory, or several, nearest first: on Workers the Cache
   * API and KV (`sco-widgets/proxy/worker` sets them up), on Node a store of your own behind
   * several processes. The in-memory store is always in front. Default: none.
   */
  cache?: DocumentStore | readonly DocumentStore[];
  /** Upstream requests at once (default 8); each may hold `maxBytes` and its re-encoded copies. */
  maxUpstreamRequests?: number;
  /** Requests waiting for an upstream slot (default 32); past that the answer is 503 with `Retry-After`. */
  maxQueuedRequests?: number;
  /** Answer only from the snapshots shipped in the package; never touch the network. */
  offline?: boolean;
  /**
   * Live, but when the upstream fails and no cached copy is left, answer from the shipped
   * snapshot (marked `X-Sco-Cache: snapshot`): the demo's live mode on a flaky network.
   */
  snapshotFallback?: boolean;
  /** The clock, ms since the epoch (default the library's, `setClock`); tests move it instead of waiting. */
  now?: () => number;
  /**
   * Also answer `GET /render/<tag>?<attribute>=<value>&lang=<lang>` with the widget rendered as
   * HTML (`sco-widgets/ssr`), for server-side includes; its data comes through this proxy. Taken
   * by `createProxy` of `sco-widgets/proxy` (which loads the renderer on the first such request)
   * and the `sco-widgets/proxy/worker-render` Worker; default false.
   */
  render?: boolean;
}

export type ProxyHandler = (request: Request) => Promise<Response>;

/** After an upstream failure, how long a stale copy is served before upstream is tried again. */
const RETRY_MS = 60_000;
const seconds = (ms: number): number => Math.max(0, Math.floor(ms / 1000));

/** The CORS proxy for the built-in sources: `GET /?url=<percent-encoded upstream URL>`. */
export function createProxy(options: ProxyOptions = {}): ProxyHandler {
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  const staleMs = options.staleMs ?? 24 * 3600_000;
  const now = options.now ?? libraryNow;
  const origins = options.origins ?? '*';
  const retryMs = Math.min(RETRY_MS, ttlMs);
  const memory = new MemoryStore(options.maxCacheBytes ?? 64 * 1024 * 1024);
  const cache = new DocumentCache([memory, ...[options.cache ?? []].flat()], { ttlMs, staleMs, retryMs, now });
  const resolve = options.resolve ?? runtimeResolver();
  if (!resolve && !options.offline && !options.allowPrivate) {
    console.warn(
      'sco-widgets proxy: this runtime cannot resolve names, so only IP-literal targets are checked for private addresses; an allowlisted name is trusted as it is.',
    );
  }
  const allowHosts = options.allowHosts ?? UPSTREAM_HOSTS;
  const check = createTargetCheck({
    allowHosts,
    allowPrivate: options.allowPrivate ?? false,
    resolve,
  });
  const checkOffline = createUrlCheck(offlineHosts(allowHosts));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const slots = new UpstreamSlots(options.maxUpstreamRequests ?? 8, options.maxQueuedRequests ?? 32, Math.ceil(timeoutMs / 1000));
  const limits: UpstreamLimits = {
    timeoutMs,
    maxBytes: options.maxBytes ?? 2 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
    // Called through globalThis so a fetch swapped in later (or bound to the Workers global) is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
  // The same for every fresh answer, so built once rather than per hit.
  const freshCacheControl = `public, max-age=${seconds(ttlMs)}, stale-while-revalidate=${seconds(ttlMs)}, stale-if-error=${seconds(staleMs)}`;
  /**
   * With Age a CDN counts max-age from our fetch, not from its own. A stale copy keeps its true age
   * and a max-age just past it, so a CDN holds it for the retry pause and then asks again.
   */
  const cacheControl = (state: CacheState, age: number): string =>
    state === 'stale' ? `public, max-age=${age + seconds(retryMs)}, stale-if-error=${seconds(staleMs)}` : freshCacheControl;

  async function answer(target: URL, cors: HeaderFields, head: boolean): Promise<Answer> {
    if (options.offline) {
      checkOffline(target);
      return snapshotResponse(target, cors, head);
    }
    let cached: CacheResult;
    try {
      cached = await cache.get(target.href, () => slots.run(() => load(target, check, limits)));
    } catch (error) {
      // A refusal stays a refusal; only upstream trouble falls back to what the package ships.
      if (options.snapshotFallback && !(error instanceof Refusal) && snapshotFor(target)) return snapshotResponse(target, cors, head);
      throw error;
    }
    const { document, state } = cached;
    const age = seconds(now() - document.fetchedAt);
    const fields: HeaderFields = { 'content-type': document.contentType, 'cache-control': cacheControl(state, age), age: String(age), 'x-sco-cache': state };
    if (document.lastModified !== null) fields['last-modified'] = document.lastModified;
    return respond(200, head ? null : document.body, cors, fields);
  }

  const answerRequest: AnswerRequest = async (method, query, origin) => {
    if (method === 'OPTIONS') return preflight(origins, origin);
    const cors = corsHeaders(origins, origin);
    if (method !== 'GET' && method !== 'HEAD') {
      const refused = errorResponse(405, 'method', 'Only GET, HEAD and OPTIONS', cors);
      refused.headers.allow = 'GET, HEAD, OPTIONS';
      return refused;
    }
    try {
      const target = parseTarget(new URLSearchParams(query).get('url'));
      return await answer(target, cors, method === 'HEAD');
    } catch (error) {
      return failure(error, cors);
    }
  };
  const handler: ProxyHandler = async (request) => toResponse(await answerRequest(request.method, new URL(request.url).search, request.headers.get('origin')));
  Object.defineProperty(handler, PLAIN_FORM, { value: answerRequest });
  return handler;
}

/** One upstream fetch, re-encoded once for every request the cache will serve it to. */
async function load(target: URL, check: TargetCheck, limits: UpstreamLimits): Promise<Omit<StoredDocument, 'fetchedAt'>> {
  const upstream = await fetchUpstream(target, check, limits);
  if (!isTextContentType(upstream.contentType)) {
    throw new UpstreamError(502, `Upstream sent ${upstream.contentType}, not a text document`);
  }
  const { text, contentType } = toUtf8Document(upstream.bytes, upstream.contentType);
  return { body: new TextEncoder().encode(text), contentType, lastModified: upstream.lastModified };
}

const ERROR_CODES = { 502: 'upstream', 503: 'busy', 504: 'timeout' } as const;

/** Every failure becomes an answer: refusals 403 (400 for a bad URL), upstream trouble 502/504, no slot left 503. */
function failure(error: unknown, cors: HeaderFields): Answer {
  if (error instanceof Refusal) return errorResponse(error.reason === 'bad-url' ? 400 : 403, error.reason, error.message, cors);
  if (error instanceof UpstreamError) {
    const answer = errorResponse(error.status, ERROR_CODES[error.status], error.message, cors);
    if (error.retryAfterSeconds !== undefined) answer.headers['retry-after'] = String(error.retryAfterSeconds);
    return answer;
  }
  const message = error instanceof Error ? error.message : String(error);
  return errorResponse(502, 'upstream', `Upstream request failed: ${message}`, cors);
}
