/**
 * The proxy as a Cloudflare Worker that also renders widgets: `sco-widgets/proxy/worker` (same
 * variables and bindings), plus
 *
 *   SCO_PROXY_RENDER         `1` or `true` = also answer `GET /render/<tag>?<attribute>=<value>&lang=<lang>`
 *                            with the widget as HTML (`text/html`), for server-side includes
 *
 * The widgets' data comes through the proxy's own handler: its allowlist, its caches (memory, Cache
 * API, KV) and, with `SCO_PROXY_OFFLINE`, the snapshots. This entry carries lit's server renderer
 * and every widget; the data-only Worker carries none of it. Bundle it with the `node` export
 * condition (the package ships it bundled so: `dist/proxy/worker-render.js`): under Wrangler's
 * `worker`/`browser` conditions lit resolves to its browser build, which reaches for `window`.
 */
import { renderWidget } from '../ssr/index.js';
import type { ProxyHandler } from './proxy.js';
import { withRender } from './render.js';
import dataWorker, { optionsFromEnv } from './worker.js';

type Env = Record<string, unknown>;

const renders = (env: Env): boolean => ['true', '1'].includes(String(env.SCO_PROXY_RENDER));
const renderer = async (): Promise<typeof renderWidget> => renderWidget;

// One rendering handler per isolate (its cache of renderings spans requests), kept by the settings' value.
let current: { key: string; handler: ProxyHandler } | undefined;

export default {
  fetch(request: Request, env: Env = {}): Promise<Response> {
    if (!renders(env)) return dataWorker.fetch(request, env);
    const options = optionsFromEnv(env);
    const key = JSON.stringify(options);
    // The data route and the renderer's data both go through the data Worker, its stores included.
    if (current?.key !== key) current = { key, handler: withRender((data) => dataWorker.fetch(data, env), renderer, options) };
    return current.handler(request);
  },
};
