/**
 * The proxy as a Cloudflare Worker (`export default { fetch }`). Configured by environment
 * variables (`[vars]` in wrangler.toml), all optional:
 *
 *   SCO_PROXY_ALLOW_HOSTS    comma list of extra `host` / `host:port` entries, added to the built-in sources' hosts
 *   SCO_PROXY_ORIGINS        comma list of origins allowed by CORS; unset or `*` = any origin
 *   SCO_PROXY_OFFLINE        `true` = answer only from the snapshots shipped in the package
 *   SCO_PROXY_TTL_SECONDS    freshness of a fetched document (default 900)
 *   SCO_PROXY_TIMEOUT_MS     upstream deadline (default 10000)
 *   SCO_PROXY_MAX_BYTES      largest upstream body (default 2 MiB)
 *   SCO_PROXY_STALE_SECONDS  how long past its freshness a copy may cover a failing upstream (default 86400)
 *   SCO_PROXY_MAX_CACHE_BYTES  the isolate's memory cache (default 16 MiB: an isolate has 128 MB, and the Cache API is behind it)
 *   SCO_PROXY_MAX_UPSTREAM   upstream requests at once per isolate (default 4)
 *   SCO_PROXY_ALLOW_PRIVATE  `true` = skip the private-address checks (local tests only)
 *
 * and one optional binding: a KV namespace `SCO_PROXY_KV`, for a last good copy of each document
 * that every location can read.
 *
 * Fetched documents are kept at three levels: the isolate's memory, the location's Cache API
 * (shared by every isolate there, so a new isolate does not ask the upstream again), and KV when
 * bound. Workers cannot resolve names, so only IP-literal targets get the private-address check;
 * the allowlist is what keeps the proxy on public hosts.
 */
import type { DocumentStore } from './cache.js';
import { cacheApiStore, kvStore, type KvNamespace } from './edge-cache.js';
import { createProxy, type ProxyHandler, type ProxyOptions } from './proxy.js';
import { commaList, reachOptions } from './settings.js';

export { cacheApiStore, kvStore, type KvNamespace };

type Env = Record<string, unknown>;

const text = (env: Env, name: string): string | undefined => (typeof env[name] === 'string' ? env[name] : undefined);
const flag = (env: Env, name: string): boolean => ['true', '1'].includes(text(env, name) ?? '');
const number = (env: Env, name: string): number | undefined => {
  const value = Number(text(env, name) ?? NaN);
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/**
 * An isolate has 128 MB in all. Its memory cache can be small with the location's Cache API behind
 * it, and four upstream requests with their copies of a 2 MiB body stay well inside what is left.
 */
const WORKER_CACHE_BYTES = 16 * 1024 * 1024;
const WORKER_UPSTREAM_REQUESTS = 4;

const millis = (seconds: number | undefined): number | undefined => (seconds === undefined ? undefined : seconds * 1000);

/** The options the variables give; the stores come from the bindings (`sharedStores`). */
export function optionsFromEnv(env: Env): ProxyOptions {
  return {
    ...reachOptions(commaList(text(env, 'SCO_PROXY_ALLOW_HOSTS')), commaList(text(env, 'SCO_PROXY_ORIGINS'))),
    offline: flag(env, 'SCO_PROXY_OFFLINE'),
    allowPrivate: flag(env, 'SCO_PROXY_ALLOW_PRIVATE'),
    ttlMs: millis(number(env, 'SCO_PROXY_TTL_SECONDS')),
    staleMs: millis(number(env, 'SCO_PROXY_STALE_SECONDS')),
    maxCacheBytes: number(env, 'SCO_PROXY_MAX_CACHE_BYTES') ?? WORKER_CACHE_BYTES,
    maxUpstreamRequests: number(env, 'SCO_PROXY_MAX_UPSTREAM') ?? WORKER_UPSTREAM_REQUESTS,
    timeoutMs: number(env, 'SCO_PROXY_TIMEOUT_MS'),
    maxBytes: number(env, 'SCO_PROXY_MAX_BYTES'),
  };
}

const isKv = (value: unknown): value is KvNamespace =>
  typeof (value as KvNamespace | undefined)?.getWithMetadata === 'function' && typeof (value as KvNamespace).put === 'function';

/** The location's Cache API, where the runtime has one, then KV when `SCO_PROXY_KV` is bound. */
function sharedStores(env: Env): DocumentStore[] {
  const stores: DocumentStore[] = [];
  if (typeof caches !== 'undefined') stores.push(cacheApiStore(() => caches.open('sco-widgets-proxy')));
  if (isKv(env.SCO_PROXY_KV)) stores.push(kvStore(env.SCO_PROXY_KV));
  return stores;
}

// One handler per isolate, so its memory cache and in-flight coalescing span requests. Workers do
// not promise the same `env` object on every request, so the handler is kept by the settings' value.
let current: { key: string; handler: ProxyHandler } | undefined;

export default {
  fetch(request: Request, env: Env = {}): Promise<Response> {
    const options = optionsFromEnv(env);
    const key = JSON.stringify({ ...options, kv: isKv(env.SCO_PROXY_KV) });
    if (current?.key !== key) current = { key, handler: createProxy({ ...options, cache: sharedStores(env) }) };
    return current.handler(request);
  },
};
