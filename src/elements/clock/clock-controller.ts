import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LivePart } from './live-value.js';
import * as clock from '../../core/time.js';
import { pageTimer, type TickSubscriber } from './page-timer.js';

const MINUTE = 60_000;

/**
 * Keeps a clock element on the page's one timer while it is connected. A tick in a new minute
 * re-renders the host; a tick within the minute only refreshes the parts that change by the
 * second (see `liveValue`). `now` is read before each render, so `render()` itself stays pure.
 */
export class ClockController implements ReactiveController, TickSubscriber {
  /** The instant (epoch ms) the host renders. */
  now = clock.now();
  #precision: 'second' | 'minute';
  /** An array, not a set: a tick walks it with no iterator or callback to allocate for each clock. */
  readonly #live: LivePart[] = [];

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
    pageTimer.subscribe(this);
  }

  hostDisconnected(): void {
    pageTimer.unsubscribe(this);
  }

  hostUpdate(): void {
    this.now = clock.now();
    const wanted = this.#wanted();
    if (wanted !== this.#precision) {
      this.#precision = wanted;
      pageTimer.reschedule();
    }
  }

  tick(now: number): void {
    const live = this.#live;
    if (live.length && Math.floor(now / MINUTE) === Math.floor(this.now / MINUTE)) {
      for (let i = 0; i < live.length; i++) live[i].refresh(now);
    } else {
      this.host.requestUpdate();
    }
  }

  /** A part that shows a value by the second, refreshed on ticks within the rendered minute. */
  hold(part: LivePart): void {
    if (!this.#live.includes(part)) this.#live.push(part);
  }

  release(part: LivePart): void {
    const at = this.#live.indexOf(part);
    if (at >= 0) this.#live.splice(at, 1);
  }

  #wanted(): 'second' | 'minute' {
    return this.showsSeconds() ? 'second' : 'minute';
  }
}
