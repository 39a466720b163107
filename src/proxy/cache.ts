/** A document as the proxy keeps it: already re-encoded for serving, with when it was fetched. */
export interface StoredDocument {
  /** UTF-8 bytes, encoded once so cache hits do no text work. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  lastModified: string | null;
  /** When the proxy fetched it from upstream, ms since the epoch by the proxy's clock. */
  fetchedAt: number;
}

/**
 * Where fetched documents are kept, by normalised upstream URL. The proxy keeps its own bounded
 * in-memory store in front; a store passed as `cache` is shared with other handlers (the Workers
 * Cache API and KV, or a Node deployment's own store behind several processes).
 */
export interface DocumentStore {
  get(key: string): Promise<StoredDocument | undefined>;
  /** `keepMs`: how long the copy is worth keeping (freshness plus the stale window); a store may drop it sooner. */
  put(key: string, document: StoredDocument, keepMs: number): Promise<void>;
}

/** The bytes an entry costs: its body plus the key, as UTF-16 in memory. */
const sizeOf = (key: string, document: StoredDocument): number => document.body.byteLength + 2 * key.length;

/** The in-memory store: least recently used first out, bounded by the bytes it holds, not by count. */
export class MemoryStore implements DocumentStore {
  readonly #entries = new Map<string, StoredDocument>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** The bytes held now (bodies and keys). */
  get bytes(): number {
    return this.#bytes;
  }

  async get(key: string): Promise<StoredDocument | undefined> {
    const document = this.#entries.get(key);
    if (document) {
      // Re-inserting keeps Map order = least recently used first, which `put` evicts from.
      this.#entries.delete(key);
      this.#entries.set(key, document);
    }
    return document;
  }

  async put(key: string, document: StoredDocument): Promise<void> {
    this.#remove(key);
    const size = sizeOf(key, document);
    if (size > this.maxBytes) return;
    this.#entries.set(key, document);
    this.#bytes += size;
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes <= this.maxBytes) break;
      this.#remove(oldest);
    }
  }

  #remove(key: string): void {
    const document = this.#entries.get(key);
    if (!document) return;
    this.#entries.delete(key);
    this.#bytes -= sizeOf(key, document);
  }
}

/** How a request was answered: `miss` fetched it (or joined a fetch in flight). */
export type CacheState = 'hit' | 'miss' | 'stale';

export interface CacheResult {
  document: StoredDocument;
  state: CacheState;
  /** Why a stale copy is served. */
  error?: unknown;
}

export interface CacheOptions {
  ttlMs: number;
  /** How long past its TTL a copy may still cover an upstream failure. */
  staleMs: number;
  /** After a failed refresh, serve the stale copy this long before asking upstream again. */
  retryMs: number;
  now: () => number;
}

/** Keys with a retry pause: one per document currently failing, so a small bound is plenty. */
const MAX_RETRY_PAUSES = 1024;

/**
 * TTL caching in front of a loader over levels of stores, nearest first: a fresh copy at any level
 * is a hit (and is copied to the nearer levels); else the loader runs, its result goes to every
 * level, and when it fails the youngest copy still within the stale window covers for it.
 * Concurrent misses for one key share a single load, so a burst of cold requests costs the
 * upstream one request.
 */
export class DocumentCache {
  readonly #inFlight = new Map<string, Promise<StoredDocument>>();
  /** Set after a failed refresh: until then, answer stale without waiting on a failing upstream. */
  readonly #retryAt = new Map<string, number>();

  constructor(
    readonly levels: readonly DocumentStore[],
    readonly options: CacheOptions,
  ) {}

  async get(key: string, load: () => Promise<Omit<StoredDocument, 'fetchedAt'>>): Promise<CacheResult> {
    const { ttlMs, staleMs, now } = this.options;
    const started = now();
    let stale: StoredDocument | undefined;
    for (const [depth, level] of this.levels.entries()) {
      const found = await readLevel(level, key);
      if (!found) continue;
      if (started < found.fetchedAt + ttlMs) {
        if (depth > 0) void this.#keep(key, found, depth);
        return { document: found, state: 'hit' };
      }
      if (!stale || found.fetchedAt > stale.fetchedAt) stale = found;
    }
    if (stale && started < (this.#retryAt.get(key) ?? 0)) return { document: stale, state: 'stale' };
    try {
      return { document: await this.#load(key, load), state: 'miss' };
    } catch (error) {
      if (!stale || started >= stale.fetchedAt + ttlMs + staleMs) throw error;
      this.#pauseRetries(key, started + this.options.retryMs);
      void this.#keep(key, stale, 1); // later requests here find it in memory instead of asking the shared levels again
      return { document: stale, state: 'stale', error };
    }
  }

  #load(key: string, load: () => Promise<Omit<StoredDocument, 'fetchedAt'>>): Promise<StoredDocument> {
    let pending = this.#inFlight.get(key);
    if (!pending) {
      pending = load()
        .then(async (loaded) => {
          const document = { ...loaded, fetchedAt: this.options.now() };
          this.#retryAt.delete(key);
          await this.#keep(key, document, this.levels.length);
          return document;
        })
        .finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, pending);
    }
    return pending;
  }

  /** Writes to the levels nearer than `depth`; a shared store that fails to write costs nothing but the copy. */
  async #keep(key: string, document: StoredDocument, depth: number): Promise<void> {
    const keepMs = this.options.ttlMs + this.options.staleMs;
    await Promise.allSettled(this.levels.slice(0, depth).map((level) => level.put(key, document, keepMs)));
  }

  #pauseRetries(key: string, until: number): void {
    this.#retryAt.delete(key);
    this.#retryAt.set(key, until);
    for (const oldest of this.#retryAt.keys()) {
      if (this.#retryAt.size <= MAX_RETRY_PAUSES) break;
      this.#retryAt.delete(oldest);
    }
  }
}

/** A shared store that cannot be read is a cold one: the upstream, or the stale copy, still answers. */
async function readLevel(level: DocumentStore, key: string): Promise<StoredDocument | undefined> {
  try {
    return await level.get(key);
  } catch {
    return undefined;
  }
}
