/**
 * The proxy's one HTML path: `GET /render/<tag>?<attribute>=<value>&lang=<lang>` answers a widget
 * rendered on the server (`renderWidget` of `sco-widgets/ssr`), for server-side includes. The
 * widget's data comes through the proxy's own handler — its allowlist, cache, upstream limits and
 * offline snapshots — never straight from the network. Kept apart from `proxy.ts`, so a proxy that
 * does not render (the data-only Worker) carries none of it.
 */
import { DocumentCache, MemoryStore, type StoredDocument } from './cache.js';
import type { ProxyHandler, ProxyOptions } from './proxy.js';
import {
  PLAIN_FORM,
  RENDERS,
  RENDER_PATH,
  corsHeaders,
  errorResponse,
  fromResponse,
  plainFormOf,
  preflight,
  respond,
  toResponse,
  type Answer,
  type AnswerRequest,
} from './responses.js';
import { now as libraryNow } from '../core/time.js';

/** `renderWidget` of `sco-widgets/ssr`, as the route calls it. */
export type RenderWidget = (
  tag: string,
  attributes: Record<string, string>,
  options: { lang?: string; dir?: 'ltr' | 'rtl'; proxy: string; fetch: typeof fetch; timeout?: number; retries?: number; now?: number },
) => Promise<string>;

/**
 * The proxy template the renderer's data layer uses. Its host is never contacted: the `fetch` given
 * to the renderer answers it with the proxy's own handler.
 */
const SELF = 'http://sco-widgets-proxy.invalid/';

/** Widgets that show the current time: a rendering is good until the minute turns. */
const SHOWS_TIME: ReadonlySet<string> = new Set(['sco-clock', 'sco-capital-clocks']);

/** A custom element name as the route accepts it (lower-case; the renderer decides whether it is a widget). */
const TAG = /^[a-z][a-z\d]*(?:-[a-z\d]+)+$/;

/**
 * A rendering not to keep: the widget shows an error, or its data came stale from the proxy's cache
 * (`staleAge`, in seconds). It is served, but a previous good rendering is preferred to it.
 */
class Unkept extends Error {
  constructor(
    readonly html: string,
    readonly staleAge?: number,
  ) {
    super('The widget rendered without fresh data');
  }
}

/** The host element's attributes as rendered: values are quoted, with `"` escaped. */
const HOST = /^<[\w-]+((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)/;

/** Whether the widget's host element came out `state="ready"` (or with no data state at all). */
const rendered = (html: string): boolean => {
  const state = /\sstate="([^"]*)"/.exec(HOST.exec(html)?.[1] ?? '')?.[1];
  return state === undefined || state === 'ready';
};

const seconds = (ms: number): number => Math.max(0, Math.floor(ms / 1000));

/**
 * The query's attributes, first value of each name, in name order, and only those the element
 * observes once the renderer has defined it (the renderer drops the others anyway): one cache key
 * for one widget, however the query is written or padded.
 */
function attributesOf(tag: string, params: URLSearchParams): Record<string, string> {
  const element = globalThis.customElements?.get(tag) as { observedAttributes?: string[] } | undefined;
  const observed = element?.observedAttributes && new Set(element.observedAttributes);
  const attributes: Record<string, string> = {};
  const given = [...params].map(([name, value]) => [name.toLowerCase(), value] as const);
  for (const [name, value] of given.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name === 'lang' || name === 'dir' || Object.hasOwn(attributes, name) || (observed && !observed.has(name))) continue;
    attributes[name] = value;
  }
  return attributes;
}

/** The language tag in its canonical form (`zh-hant-tw` → `zh-Hant-TW`), or undefined when it is not one. */
function canonicalLanguage(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/**
 * Wraps a data handler `createProxy` made with the render route. Everything but `/render/…` goes to
 * `data` as it is; `render` is called on the first request that needs it (a dynamic import, say).
 */
export function withRender(data: ProxyHandler, render: () => Promise<RenderWidget>, options: ProxyOptions = {}): ProxyHandler {
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  const staleMs = options.staleMs ?? 24 * 3600_000;
  const now = options.now ?? libraryNow;
  const origins = options.origins ?? '*';
  const retryMs = Math.min(60_000, ttlMs);
  // Renderings are small and cheap to remake from the cached data: a quarter of the data's memory.
  const rendersCache = new DocumentCache([new MemoryStore((options.maxCacheBytes ?? 64 * 1024 * 1024) / 4)], { ttlMs, staleMs, retryMs, now });
  const dataPlain = plainFormOf(data);
  const askData: AnswerRequest =
    dataPlain ?? (async (method, query, origin) => fromResponse(await data(new Request(`${SELF}${query}`, { method, headers: origin ? { origin } : {} }))));
  /** The data route's query for a URL the renderer asks for: through the template, or (should it ask directly) for that URL. */
  const dataQuery = (input: string | URL | Request): string => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.href.startsWith(SELF) ? url.search : `?url=${encodeURIComponent(url.href)}`;
  };
  const freshCacheControl = `public, max-age=${seconds(ttlMs)}, stale-while-revalidate=${seconds(ttlMs)}, stale-if-error=${seconds(staleMs)}`;

  async function answerRender(path: string, query: string, origin: string | null, head: boolean): Promise<Answer> {
    const cors = corsHeaders(origins, origin);
    const tag = path.slice(RENDER_PATH.length).toLowerCase();
    if (!TAG.test(tag)) return errorResponse(404, 'tag', `No widget is called <${tag}>`, cors);
    const params = new URLSearchParams(query);
    const lang = params.get('lang') || undefined;
    const language = lang === undefined ? undefined : canonicalLanguage(lang);
    if (lang !== undefined && language === undefined) return errorResponse(400, 'lang', `lang=${lang} is not a language tag`, cors);
    const dir = params.get('dir') || undefined;
    if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl') return errorResponse(400, 'dir', 'dir is ltr or rtl', cors);
    let renderWidget: RenderWidget;
    try {
      renderWidget = await render();
    } catch (error) {
      return errorResponse(500, 'render', `The renderer did not load: ${error instanceof Error ? error.message : String(error)}`, cors);
    }
    const attributes = attributesOf(tag, params);
    const started = now();
    const clock = SHOWS_TIME.has(tag);
    // A clock's rendering is kept for the minute it shows, so the key names that minute.
    const minute = Math.floor(started / 60_000);
    const key = JSON.stringify([tag, attributes, language ?? null, dir ?? null, clock ? minute : null]);
    const renderOnce = async (): Promise<Omit<StoredDocument, 'fetchedAt'>> => {
      /** The age of the oldest stale copy the data route answered this rendering with. */
      let staleAge: number | undefined;
      // The renderer's fetch: every URL it asks for is answered by the proxy's data route.
      const fetchData: typeof fetch = async (input) => {
        const answer = await askData('GET', dataQuery(input), null);
        if (answer.headers['x-sco-cache'] === 'stale') staleAge = Math.max(staleAge ?? 0, Number(answer.headers.age) || 0);
        return toResponse(answer);
      };
      const html = await renderWidget(tag, attributes, {
        lang: language,
        dir,
        proxy: `${SELF}?url={url}`,
        fetch: fetchData,
        // A little past the proxy's own upstream deadline, so its answer (a 504, or a stale copy) comes first.
        timeout: (options.timeoutMs ?? 10_000) + 1_000,
        // The data route retries and answers from its stale copies; the renderer asks it once.
        retries: 0,
        now: started,
      });
      if (!rendered(html) || staleAge !== undefined) throw new Unkept(html, rendered(html) ? staleAge : undefined);
      return { body: new TextEncoder().encode(html), contentType: 'text/html; charset=utf-8', lastModified: null };
    };
    /** A stale copy keeps its true age and a max-age just past it, as on the data route. */
    const staleCacheControl = (age: number): string => `public, max-age=${age + seconds(retryMs)}, stale-if-error=${seconds(staleMs)}`;
    let body: StoredDocument['body'] | string;
    const fields: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    try {
      const { document, state } = await rendersCache.get(key, renderOnce);
      const age = seconds(now() - document.fetchedAt);
      body = document.body;
      fields['cache-control'] = clock
        ? `public, max-age=${seconds((minute + 1) * 60_000 - now())}`
        : state === 'stale'
          ? staleCacheControl(age)
          : freshCacheControl;
      fields.age = String(age);
      fields['x-sco-cache'] = state;
    } catch (error) {
      if (error instanceof Unkept) {
        body = error.html;
        if (error.staleAge === undefined) {
          // The widget says what went wrong and tries again in the browser; a cache must not keep that.
          fields['cache-control'] = 'no-store';
        } else {
          fields['cache-control'] = staleCacheControl(error.staleAge);
          fields.age = String(error.staleAge);
          fields['x-sco-cache'] = 'stale';
        }
      } else if ((error as { code?: unknown } | null)?.code === 'config') {
        // The renderer's word for a tag that is no widget's: it lists the ones there are.
        return errorResponse(404, 'tag', (error as Error).message, cors);
      } else {
        return errorResponse(500, 'render', `Rendering <${tag}> failed: ${error instanceof Error ? error.message : String(error)}`, cors);
      }
    }
    return respond(200, head ? null : body, cors, fields);
  }

  const answerRequest: AnswerRequest = async (method, query, origin, path = '/') => {
    if (!path.startsWith(RENDER_PATH)) return askData(method, query, origin, path);
    if (method === 'OPTIONS') return preflight(origins, origin);
    if (method !== 'GET' && method !== 'HEAD') {
      const refused = errorResponse(405, 'method', 'Only GET, HEAD and OPTIONS', corsHeaders(origins, origin));
      refused.headers.allow = 'GET, HEAD, OPTIONS';
      return refused;
    }
    return answerRender(path, query, origin, method === 'HEAD');
  };
  const handler: ProxyHandler = async (request) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(RENDER_PATH)) return data(request);
    return toResponse(await answerRequest(request.method, url.search, request.headers.get('origin'), url.pathname));
  };
  Object.defineProperty(handler, PLAIN_FORM, { value: answerRequest });
  Object.defineProperty(handler, RENDERS, { value: true });
  return handler;
}
