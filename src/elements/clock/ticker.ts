/**
 * The page's one clock timer. Every clock on the page subscribes here, and a single `setTimeout`
 * wakes them all on the next second boundary when any of them shows seconds, else on the next
 * minute boundary. Nothing is scheduled while the page is hidden or no clock is connected, so a
 * page of two hundred clocks costs one timer, and a page without clocks costs none.
 */

/** What a clock needs from the ticker: how fine its display is, and a call when that changes. */
export interface TickSubscriber {
  /** `second` when the clock shows seconds, else `minute`. */
  readonly precision: 'second' | 'minute';
  /** The display should show `now` (epoch ms): one instant for every clock of the tick. */
  tick(now: number): void;
}

type ClockSource = () => number;

const systemClock: ClockSource = () => Date.now();
let clockSource: ClockSource = systemClock;

/** The current instant in epoch milliseconds, as every clock on the page sees it. */
export function currentTime(): number {
  return clockSource();
}

/**
 * Replaces the time every clock reads (epoch milliseconds); with no argument, back to `Date.now`.
 * For tests and for pages that show a pinned moment. The timer keeps real time: a source that
 * should run must advance by itself (see `runningFrom`).
 */
export function setClockSource(source?: ClockSource): void {
  clockSource = source ?? systemClock;
  ticker.resync();
}

/** A clock source that starts at `instant` (epoch ms) and then runs at the real pace. */
export function runningFrom(instant: number): ClockSource {
  const start = performance.now();
  return () => instant + Math.floor(performance.now() - start);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

class Ticker {
  readonly #subscribers = new Set<TickSubscriber>();
  #timer?: ReturnType<typeof setTimeout>;
  #due?: number;
  #listening = false;

  readonly #onVisibility = () => this.resync();

  subscribe(subscriber: TickSubscriber): void {
    this.#subscribers.add(subscriber);
    this.#listen(true);
    this.#schedule();
  }

  unsubscribe(subscriber: TickSubscriber): void {
    this.#subscribers.delete(subscriber);
    if (!this.#subscribers.size) this.#listen(false);
    this.#schedule();
  }

  /** Call when a subscriber's precision changed: the next tick may need to come sooner or later. */
  reschedule(): void {
    this.#schedule();
  }

  /** Brings every clock up to date now (after the page comes back, or the clock source changed). */
  resync(): void {
    if (!this.#hidden) this.#tickAll(currentTime());
    this.#schedule();
  }

  /** What is scheduled, for tests and diagnostics: the number of pending timers (0 or 1) and when the next tick is due. */
  get pending(): { timers: number; due?: number; subscribers: number } {
    return { timers: this.#timer === undefined ? 0 : 1, due: this.#due, subscribers: this.#subscribers.size };
  }

  get #hidden(): boolean {
    return typeof document !== 'undefined' && document.visibilityState === 'hidden';
  }

  #listen(on: boolean): void {
    if (on === this.#listening || typeof document === 'undefined') return;
    this.#listening = on;
    if (on) document.addEventListener('visibilitychange', this.#onVisibility);
    else document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #schedule(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = this.#due = undefined;
    if (!this.#subscribers.size || this.#hidden) return;
    const step = this.#anyShowsSeconds() ? SECOND : MINUTE;
    const now = currentTime();
    this.#arm(Math.floor(now / step) * step + step, now);
  }

  // Runs on every tick: a loop that stops at the first clock with seconds, no copy of the set.
  #anyShowsSeconds(): boolean {
    for (const subscriber of this.#subscribers) if (subscriber.precision === 'second') return true;
    return false;
  }

  #arm(due: number, now: number): void {
    this.#due = due;
    this.#timer = setTimeout(() => this.#fire(), due - now);
  }

  #fire(): void {
    const now = currentTime();
    // Timers may fire a little early; showing the old minute again would look like a missed tick.
    if (this.#due !== undefined && now < this.#due) {
      this.#arm(this.#due, now);
      return;
    }
    this.#timer = this.#due = undefined;
    this.#tickAll(now);
    this.#schedule();
  }

  #tickAll(now: number): void {
    for (const subscriber of this.#subscribers) subscriber.tick(now);
  }
}

/** The page-wide ticker every `ClockController` subscribes to. */
export const ticker = new Ticker();
