import { Worker } from 'node:worker_threads';
import type { Feed } from '../../../src/data/types.js';

export type Outcome = { feed: Feed } | { thrown: { dataError: boolean; code?: string; message: string } };

/**
 * parseFeed in a worker thread, so that a parse that never ends is a failed test, not a hung run:
 * each call must settle within `ms` or the worker is terminated and the call rejects.
 */
export class WorkerParser {
  #worker = this.#start();
  #next = 0;

  #start(): Worker {
    // A worker does not inherit the TypeScript loader: it registers tsx, then loads the parsing side.
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./feed-worker.ts', import.meta.url).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(bootstrap, { eval: true });
  }

  parse(text: string, ms: number, baseUrl?: string): Promise<Outcome> {
    const id = this.#next++;
    const worker = this.#worker;
    return new Promise<Outcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        void worker.terminate();
        this.#worker = this.#start();
        reject(new Error(`parseFeed did not settle within ${ms} ms on ${JSON.stringify(text.slice(0, 200))}…`));
      }, ms);
      const onMessage = (message: Outcome & { id: number }) => {
        if (message.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve(message);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, text, baseUrl });
    });
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
