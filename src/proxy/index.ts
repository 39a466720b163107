/** `sco-widgets/proxy`: the fetch-API CORS proxy for the built-in sources. */
export { MemoryStore, type DocumentStore, type StoredDocument } from './cache.js';
export { createProxy } from './create.js';
export type { ProxyHandler, ProxyOptions } from './proxy.js';
export type { Origins } from './responses.js';
export { SAMPLE_HEADLINES_URL, type OfflineDocument } from './snapshots.js';
