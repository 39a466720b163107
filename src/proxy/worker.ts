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
 *   SCO_PROXY_ALLOW_PRIVATE  `true` = skip the private-address checks (local tests only)
 *
 * Workers cannot resolve names, so only IP-literal targets get the private-address check; the
 * allowlist is what keeps the proxy on public hosts. The cache lives in the isolate's memory.
 */
import { createProxy, type ProxyHandler, type ProxyOptions } from './proxy.js';
import { commaList, reachOptions } from './settings.js';

type Env = Record<string, unknown>;

const text = (env: Env, name: string): string | undefined => (typeof env[name] === 'string' ? env[name] : undefined);
const flag = (env: Env, name: string): boolean => ['true', '1'].includes(text(env, name) ?? '');
const number = (env: Env, name: string): number | undefined => {
  const value = Number(text(env, name) ?? NaN);
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

export function optionsFromEnv(env: Env): ProxyOptions {
  const ttl = number(env, 'SCO_PROXY_TTL_SECONDS');
  return {
    ...reachOptions(commaList(text(env, 'SCO_PROXY_ALLOW_HOSTS')), commaList(text(env, 'SCO_PROXY_ORIGINS'))),
    offline: flag(env, 'SCO_PROXY_OFFLINE'),
    allowPrivate: flag(env, 'SCO_PROXY_ALLOW_PRIVATE'),
    ttlMs: ttl === undefined ? undefined : ttl * 1000,
    timeoutMs: number(env, 'SCO_PROXY_TIMEOUT_MS'),
    maxBytes: number(env, 'SCO_PROXY_MAX_BYTES'),
  };
}

// One handler per isolate, so its cache and in-flight coalescing span requests. Workers do not
// promise the same `env` object on every request, so the handler is kept by the settings' value.
let current: { key: string; handler: ProxyHandler } | undefined;

export default {
  fetch(request: Request, env: Env = {}): Promise<Response> {
    const options = optionsFromEnv(env);
    const key = JSON.stringify(options);
    if (current?.key !== key) current = { key, handler: createProxy(options) };
    return current.handler(request);
  },
};
