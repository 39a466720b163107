import { UpstreamError } from './upstream.js';

/**
 * A cap on concurrent upstream requests. Each holds up to `maxBytes` of body plus its decoded and
 * re-encoded copies, so the count bounds the proxy's transient memory; requests past it wait in
 * line, and past the line they are refused (503 with `Retry-After`) rather than queued without end.
 */
export class UpstreamSlots {
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    readonly max: number,
    readonly maxWaiting: number,
    /** What a refused client is told to wait before asking again. */
    readonly retryAfterSeconds: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#active < this.max) {
      this.#active++;
    } else {
      if (this.#waiting.length >= this.maxWaiting) {
        throw new UpstreamError(503, `The proxy is at its limit of ${this.max} upstream requests and ${this.maxWaiting} waiting`, this.retryAfterSeconds);
      }
      // The slot is handed over by the request that frees it, so `#active` stays as it is.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#active--;
    }
  }
}
