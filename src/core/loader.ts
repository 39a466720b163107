/**
 * How the widgets load code later: a language's file, luxon, the messages of a config error, a
 * document's parser. Each is asked for once per page (`later()` at the place that needs it), waited
 * for no longer than the page's `timeout`, and what is shown meanwhile is the caller's fallback
 * (English, the default date format, the error's own message; a parser's absence is the data's
 * error). One that arrives after the wait is over is still taken: the widgets hear of it and draw
 * it then.
 *
 * Where the files are is the build's business, not the code's: module builds split each `import()`
 * into a chunk; the script-tag bundle loads the language files and luxon from beside itself
 * (scripts/beside-the-script.mjs), the browser resolving them against the bundle's own URL.
 */
import { getConfig } from './config.js';

/** Something loaded later: its module once there, and whether it is still worth waiting for. */
export interface Later<T> {
  /** The module, once it has arrived; asking starts its load. */
  get(): T | undefined;
  /**
   * While it is on its way (neither there nor failed, and not later than the page's `timeout`),
   * the promise of the end of that wait; undefined once it is over. Asking starts the load.
   */
  arriving(): Promise<void> | undefined;
  /** The module when it is there; undefined when it failed or the wait is over without it. Asking starts the load. */
  arrived(): Promise<T | undefined>;
}

const listeners = new Set<() => void>();

/** A wait for something loaded later: on until its module arrives, fails or turns late. */
interface Wait {
  waiting: boolean;
  over: Promise<void>;
}

/**
 * Every wait begun (one per thing loaded later, so a handful): a server render (`sco-widgets/ssr`)
 * waits for those still on and renders again, so it never writes a fallback.
 */
export const waits: Wait[] = [];

/** Calls `listener` whenever something loaded later arrives, fails or turns late; returns the unsubscribe. */
export function onLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What `load` resolves to, loaded on first ask, once. */
export function later<T>(load: () => Promise<T>): Later<T> {
  let module: T | undefined;
  let wait: Wait | undefined;
  const start = () => {
    if (wait) return wait;
    let end!: () => void;
    const current = { waiting: true, over: new Promise<void>((resolve) => (end = resolve)) };
    const stopWaiting = () => {
      if (current.waiting) {
        current.waiting = false;
        end();
      }
      listeners.forEach((listener) => listener());
    };
    waits.push(current);
    const late = setTimeout(stopWaiting, getConfig().timeout);
    load()
      .then(
        (loaded) => void (module = loaded),
        () => undefined,
      )
      .then(() => {
        clearTimeout(late);
        stopWaiting();
      });
    return (wait = current);
  };
  return {
    get: () => (start(), module),
    arriving: () => {
      const { waiting, over } = start();
      return waiting ? over : undefined;
    },
    arrived: async () => {
      await start().over;
      return module;
    },
  };
}
