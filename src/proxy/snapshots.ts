/** A document shipped with the package for offline mode, stored as the proxy serves it. */
export interface OfflineDocument {
  /** The file in `snapshots/` it was made from. */
  file: string;
  /** Always `…; charset=utf-8`: `text` is decoded and its XML prolog relabelled. */
  contentType: string;
  text: string;
}

/**
 * Where the sample headline feed (the portal page's headlines) answers offline. It has no live
 * upstream; the demo's ticker points here.
 */
export const SAMPLE_HEADLINES_URL = 'https://example.org/sco/headlines.rss';

/** Snapshots answer by host + path: one sheet stands for every date a query could ask for. */
export const snapshotKey = (url: URL): string => `${url.hostname}${url.pathname}`;
