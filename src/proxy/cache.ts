/** A document held by the proxy, already re-encoded for serving. */
export interface CachedDocument {
  /** UTF-8 bytes, encoded once so cache hits do no text work. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  lastModified: string | null;
}

/** How a request was answered: `miss` fetched it (or joined a fetch in flight). */
export type CacheState = 'hit' | 'miss' | 'stale';

export interface CacheResult {
  document: CachedDocument;
  state: CacheState;
  /** When the document was fetched, by the cache's clock. */
  fetchedAt: number;
  /** Why a stale copy is served. */
  error?: unknown;
}

export interface CacheOptions {
  ttlMs: number;
  /** How long past its TTL a copy may still cover an upstream failure. */
  staleMs: number;
  /** After a failed refresh, serve the stale copy this long before asking upstream again. */
  retryMs: number;
  maxEntries: number;
  now: () => number;
}

interface Entry {
  document: CachedDocument;
  fetchedAt: number;
  /** Set after a failed refresh: until then, answer stale without waiting on a failing upstream. */
  retryAt: number;
}

/**
 * A TTL cache in front of a loader, keyed by upstream URL. Concurrent misses for one key share a
 * single load, so a burst of cold requests costs the upstream one request.
 */
export class DocumentCache {
  readonly #entries = new Map<string, Entry>();
  readonly #inFlight = new Map<string, Promise<Entry>>();

  constructor(readonly options: CacheOptions) {}

  async get(key: string, load: () => Promise<CachedDocument>): Promise<CacheResult> {
    const now = this.options.now();
    const entry = this.#entries.get(key);
    if (entry && now < entry.fetchedAt + this.options.ttlMs) return this.#result(key, entry, 'hit');
    if (entry && now < entry.retryAt) return this.#result(key, entry, 'stale');
    try {
      const fresh = await this.#load(key, load);
      return { document: fresh.document, fetchedAt: fresh.fetchedAt, state: 'miss' };
    } catch (error) {
      if (!entry || now >= entry.fetchedAt + this.options.ttlMs + this.options.staleMs) throw error;
      entry.retryAt = now + this.options.retryMs;
      return { ...this.#result(key, entry, 'stale'), error };
    }
  }

  #result(key: string, entry: Entry, state: CacheState): CacheResult {
    // Re-inserting keeps Map order = least recently used first, which `#store` evicts from.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return { document: entry.document, fetchedAt: entry.fetchedAt, state };
  }

  #load(key: string, load: () => Promise<CachedDocument>): Promise<Entry> {
    let pending = this.#inFlight.get(key);
    if (!pending) {
      pending = load()
        .then((document) => this.#store(key, { document, fetchedAt: this.options.now(), retryAt: 0 }))
        .finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, pending);
    }
    return pending;
  }

  #store(key: string, entry: Entry): Entry {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.options.maxEntries) break;
      this.#entries.delete(oldest);
    }
    return entry;
  }
}
