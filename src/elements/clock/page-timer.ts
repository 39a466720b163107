/**
 * The page's one clock timer. Every clock on the page subscribes here, and a single `setTimeout`
 * wakes them all on the next second boundary when any of them shows seconds, else on the next
 * minute boundary. Nothing is scheduled while the page is hidden or no clock is connected, so a
 * page of two hundred clocks costs one timer, and a page without clocks costs none.
 */

import { after, now, onTimeSourceChange } from '../../core/time.js';

/** What a clock needs from the page timer: how fine its display is, and a call when that changes. */
export interface TickSubscriber {
  /** `second` when the clock shows seconds, else `minute`. */
  readonly precision: 'second' | 'minute';
  /** The display should show `now` (epoch ms): one instant for every clock of the tick. */
  tick(now: number): void;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

class PageTimer {
  readonly #subscribers = new Set<TickSubscriber>();
  /** Cancels the pending tick, if one is scheduled. */
  #timer?: () => void;
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

  /** Brings every clock up to date now (after the page comes back, or the library's time source changed). */
  resync(): void {
    if (!this.#hidden) this.#tickAll(now());
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
    this.#timer?.();
    this.#timer = this.#due = undefined;
    if (!this.#subscribers.size || this.#hidden) return;
    const step = this.#anyShowsSeconds() ? SECOND : MINUTE;
    const instant = now();
    this.#arm(Math.floor(instant / step) * step + step, instant);
  }

  // Runs on every tick: a loop that stops at the first clock with seconds, no copy of the set.
  #anyShowsSeconds(): boolean {
    for (const subscriber of this.#subscribers) if (subscriber.precision === 'second') return true;
    return false;
  }

  #arm(due: number, instant: number): void {
    this.#due = due;
    this.#timer = after(due - instant, () => this.#fire());
  }

  #fire(): void {
    const instant = now();
    // Timers may fire a little early; showing the old minute again would look like a missed tick.
    if (this.#due !== undefined && instant < this.#due) {
      this.#arm(this.#due, instant);
      return;
    }
    this.#timer = this.#due = undefined;
    this.#tickAll(instant);
    this.#schedule();
  }

  #tickAll(now: number): void {
    for (const subscriber of this.#subscribers) subscriber.tick(now);
  }
}

/** The page-wide pageTimer every `ClockController` subscribes to. */
export const pageTimer = new PageTimer();

// A new clock (a test, a page pinned to a moment) shows on every clock at once.
onTimeSourceChange(() => pageTimer.resync());
