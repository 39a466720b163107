/** Answering from the snapshots shipped in the package: offline mode, and the live mode's fallback. */
import { errorResponse, respond } from './responses.js';
import { SNAPSHOTS } from './snapshots.generated.js';
import { snapshotKey, type Snapshot } from './snapshots.js';
import { servedContentType } from './text.js';

/** The snapshot for a URL: own keys only, so `x:__proto__` or `x:constructor` finds nothing. */
export function snapshotFor(url: URL): Snapshot | undefined {
  const key = snapshotKey(url);
  return Object.hasOwn(SNAPSHOTS, key) ? SNAPSHOTS[key] : undefined;
}

/** The hosts snapshots answer for: offline mode's default allowlist (the sources' and the sample feed's). */
export const SNAPSHOT_HOSTS: readonly string[] = [...new Set(Object.keys(SNAPSHOTS).map((key) => key.slice(0, key.indexOf('/'))))];

export function snapshotResponse(target: URL, cors: Headers, head: boolean): Response {
  const snapshot = snapshotFor(target);
  if (!snapshot) return errorResponse(404, 'offline', `Offline mode has no snapshot of ${target.host}${target.pathname}`, cors);
  return respond(200, head ? null : snapshot.text, cors, {
    'content-type': servedContentType(snapshot.contentType, snapshot.text),
    'cache-control': 'public, max-age=300',
    'x-sco-cache': 'snapshot',
  });
}
