import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentTime, ticker, type TickSubscriber } from './ticker.js';

/**
 * Keeps a clock element on the page's one timer while it is connected. The host re-renders on
 * every tick; `now` is read before each render, so `render()` itself stays pure.
 */
export class ClockController implements ReactiveController, TickSubscriber {
  /** The instant (epoch ms) the host renders. */
  now = currentTime();
  #precision: 'second' | 'minute';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly showsSeconds: () => boolean,
  ) {
    this.#precision = this.#wanted();
    host.addController(this);
  }

  get precision(): 'second' | 'minute' {
    return this.#precision;
  }

  hostConnected(): void {
    this.#precision = this.#wanted();
    ticker.subscribe(this);
  }

  hostDisconnected(): void {
    ticker.unsubscribe(this);
  }

  hostUpdate(): void {
    this.now = currentTime();
    const wanted = this.#wanted();
    if (wanted !== this.#precision) {
      this.#precision = wanted;
      ticker.reschedule();
    }
  }

  tick(): void {
    this.host.requestUpdate();
  }

  #wanted(): 'second' | 'minute' {
    return this.showsSeconds() ? 'second' : 'minute';
  }
}
