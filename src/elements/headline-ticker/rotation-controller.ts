import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RotationOptions {
  /** How many entries take turns; fewer than two means nothing to rotate. */
  count(): number;
  /** Whether the host is showing the rotation at all. */
  active(): boolean;
  /** Milliseconds each entry stays. */
  interval: number;
}

/**
 * Advances an index through the entries one step per interval, with a single timer that exists only
 * while the host is connected, showing the rotation, and not paused.
 */
export class RotationController implements ReactiveController {
  #index = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #paused = false;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RotationOptions,
  ) {
    host.addController(this);
  }

  /** The entry on show. */
  get index(): number {
    const count = this.options.count();
    return count ? this.#index % count : 0;
  }

  get paused(): boolean {
    return this.#paused;
  }

  set paused(paused: boolean) {
    this.#paused = paused;
    this.#schedule();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#schedule();
  }

  hostUpdated(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#schedule();
  }

  #schedule(): void {
    const running = this.#connected && !this.#paused && this.options.active() && this.options.count() > 1;
    if (!running) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    } else if (this.#timer === undefined) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#index = this.index + 1;
        this.host.requestUpdate();
      }, this.options.interval);
    }
  }
}
