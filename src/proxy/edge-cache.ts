/**
 * The shared stores of the Workers deployment. The Cache API is the location's cache: every isolate
 * in a data centre sees it, none elsewhere. KV is global and eventually consistent (a write is seen
 * everywhere within about a minute): the last good copy for a location whose cache is cold.
 */
import type { DocumentStore, StoredDocument } from './cache.js';

/** The part of a Workers KV namespace binding the proxy uses. */
export interface KvNamespace {
  getWithMetadata<M>(key: string, options: { type: 'arrayBuffer' }): Promise<{ value: ArrayBuffer | null; metadata: M | null }>;
  put(key: string, value: ArrayBuffer | Uint8Array, options: { expirationTtl: number; metadata: unknown }): Promise<void>;
}

type DocumentMetadata = Omit<StoredDocument, 'body'>;

const FETCHED_AT = 'x-sco-fetched-at';

/** KV refuses an expiration under a minute. */
const keepSeconds = (keepMs: number): number => Math.max(60, Math.ceil(keepMs / 1000));

/**
 * A Cache API store. Entries are keyed by the upstream URL in a cache of the proxy's own, not
 * `caches.default`, where a Worker's `fetch` of that same URL could find or leave a copy.
 */
export function cacheApiStore(open: () => Promise<Cache>): DocumentStore {
  let cache: Promise<Cache> | undefined;
  const opened = (): Promise<Cache> => (cache ??= open());
  return {
    async get(key) {
      const response = await (await opened()).match(key);
      const fetchedAt = Number(response?.headers.get(FETCHED_AT));
      if (!response || !Number.isFinite(fetchedAt)) return undefined;
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'text/plain; charset=utf-8',
        lastModified: response.headers.get('last-modified'),
        fetchedAt,
      };
    },
    async put(key, document, keepMs) {
      const headers = new Headers({
        'content-type': document.contentType,
        // The Cache API expires the entry by this, so the stale window bounds how long a copy lives.
        'cache-control': `public, max-age=${keepSeconds(keepMs)}`,
        [FETCHED_AT]: String(document.fetchedAt),
      });
      if (document.lastModified !== null) headers.set('last-modified', document.lastModified);
      await (await opened()).put(key, new Response(document.body, { headers }));
    },
  };
}

/** KV keys are at most 512 bytes and upstream URLs may be longer: key by the URL's SHA-256. */
async function kvKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return `doc:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** A KV store: the body as the value, the rest as metadata, expiring with the stale window. */
export function kvStore(namespace: KvNamespace): DocumentStore {
  return {
    async get(key) {
      const { value, metadata } = await namespace.getWithMetadata<DocumentMetadata>(await kvKey(key), { type: 'arrayBuffer' });
      if (value === null || typeof metadata?.fetchedAt !== 'number') return undefined;
      return { body: new Uint8Array(value), contentType: metadata.contentType, lastModified: metadata.lastModified, fetchedAt: metadata.fetchedAt };
    },
    async put(key, { body, ...metadata }, keepMs) {
      await namespace.put(await kvKey(key), body, { expirationTtl: keepSeconds(keepMs), metadata });
    },
  };
}
