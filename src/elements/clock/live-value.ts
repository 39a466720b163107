import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { ClockController } from './clock-controller.js';

/** A part of a clock that its controller brings up to date between renders. */
export interface LivePart {
  refresh(now: number): void;
}

/**
 * A value that changes every second (the digits, the `datetime`, the hands). It renders like any
 * value; between renders, within one minute, the clock's controller refreshes it in place, so a
 * tick costs a text or attribute write rather than a render of the whole widget. A new minute
 * renders the clock as a whole again (date, offset and day/night can change only then).
 */
class LiveValue extends AsyncDirective implements LivePart {
  #clock?: ClockController;
  #read?: (now: number) => unknown;
  #shown: unknown;

  render(clock: ClockController, read: (now: number) => unknown): unknown {
    if (this.#clock !== clock) this.#clock?.release(this);
    this.#clock = clock;
    this.#read = read;
    if (this.isConnected) clock.hold(this);
    return (this.#shown = read(clock.now));
  }

  refresh(now: number): void {
    const value = this.#read!(now);
    if (value === this.#shown) return;
    this.#shown = value;
    this.setValue(value);
  }

  protected override disconnected(): void {
    this.#clock?.release(this);
  }

  protected override reconnected(): void {
    this.#clock?.hold(this);
  }
}

export const liveValue = directive(LiveValue);
