import { parentPort } from 'node:worker_threads';
import { isDataError } from '../../../src/data/errors.js';
import { parseFeed } from '../../../src/data/feeds/index.js';

/** Parses each document it is sent and answers with the feed, or with what was thrown. */
parentPort!.on('message', ({ id, text, baseUrl }: { id: number; text: string; baseUrl?: string }) => {
  try {
    parentPort!.postMessage({ id, feed: parseFeed(text, baseUrl) });
  } catch (e) {
    parentPort!.postMessage({
      id,
      thrown: { dataError: isDataError(e), code: isDataError(e) ? e.code : undefined, message: e instanceof Error ? e.message : String(e) },
    });
  }
});
