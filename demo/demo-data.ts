/**
 * Where the demo's widgets get their documents, on both pages (the sidebar and the builder).
 *
 * - `npm start`: the package's proxy on the dev server at /proxy (offline snapshots, or live with
 *   `LIVE=1`).
 * - The static copy (`npm run build:demo`) has no server: the same proxy code answers inside the
 *   page, from the snapshots it carries, so any static host serves a working demo.
 * - A live proxy, given in the page's address (`?proxy=https://your-proxy.example/?url={url}`)
 *   or in the builder, replaces both.
 */
import { configure } from '../src/core/config.js';
import { createProxy, type ProxyHandler } from '../src/proxy/index.js';

/** The live proxy template named in the page's address, if any. */
export const proxyFromAddress = (): string => new URLSearchParams(location.search).get('proxy')?.trim() ?? '';

/**
 * Whether the widgets get the recorded documents shipped in the package rather than live ones: the
 * static copy's in-page proxy, and `npm start` unless started with `LIVE=1` (the dev server says
 * which through `import.meta.env.SCO_LIVE`). A live proxy in the address is always live.
 */
export const isOffline = (liveProxy: string): boolean => !liveProxy && !(import.meta.env.DEV && import.meta.env.SCO_LIVE === true);

/** A relative address no file answers: requests to it never leave the page. */
const IN_PAGE_PROXY = 'offline-proxy';

let inPage: ProxyHandler | undefined;

const networkFetch: typeof fetch = (...args) => globalThis.fetch(...args);

/**
 * Points every widget of the page at `liveProxy`, or at the demo's offline data when it is empty.
 * Synchronous on purpose: called before the first microtask, it is in place before any widget's
 * first request.
 */
export function useProxy(liveProxy: string): void {
  if (liveProxy) {
    configure({ proxy: liveProxy, fetch: networkFetch });
  } else if (import.meta.env.DEV) {
    configure({ proxy: '/proxy?url={url}', fetch: networkFetch });
  } else {
    const proxy = (inPage ??= createProxy({ offline: true }));
    configure({
      proxy: `${IN_PAGE_PROXY}?url={url}`,
      fetch: (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        const here = new URL(IN_PAGE_PROXY, location.href);
        return url.origin === here.origin && url.pathname === here.pathname ? proxy(new Request(url, init)) : networkFetch(input, init);
      },
    });
  }
}
