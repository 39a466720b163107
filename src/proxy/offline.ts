/** Answering from the snapshots shipped in the package: offline mode, and the live mode's fallback. */
import { errorResponse, respond, type Answer, type HeaderFields } from './responses.js';
import { SNAPSHOTS } from './snapshots.generated.js';
import { SAMPLE_HEADLINES_URL, snapshotKey, type OfflineDocument } from './snapshots.js';
import { servedContentType } from './text.js';

/** The snapshot for a URL: own keys only, so `x:__proto__` or `x:constructor` finds nothing. */
export function snapshotFor(url: URL): OfflineDocument | undefined {
  const key = snapshotKey(url);
  return Object.hasOwn(SNAPSHOTS, key) ? SNAPSHOTS[key] : undefined;
}

/**
 * Offline mode's allowlist: the live one plus the sample headlines' host, a document the package
 * itself ships with no upstream behind it.
 */
export const offlineHosts = (allowHosts: readonly string[]): string[] => [...allowHosts, new URL(SAMPLE_HEADLINES_URL).host];

export function snapshotResponse(target: URL, cors: HeaderFields, head: boolean): Answer {
  const snapshot = snapshotFor(target);
  if (!snapshot) return errorResponse(404, 'offline', `Offline mode has no snapshot of ${target.host}${target.pathname}`, cors);
  return respond(200, head ? null : snapshot.text, cors, {
    'content-type': servedContentType(snapshot.contentType, snapshot.text),
    'cache-control': 'public, max-age=300',
    'x-sco-cache': 'snapshot',
  });
}
