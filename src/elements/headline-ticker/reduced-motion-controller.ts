import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the viewer asked for less motion; re-renders the host when the preference changes. */
export class ReducedMotionController implements ReactiveController {
  reduced = false;
  #query?: MediaQueryList;
  readonly #changed = () => {
    this.reduced = this.#query?.matches ?? false;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = globalThis.matchMedia?.(QUERY);
    this.reduced = this.#query?.matches ?? false;
    this.#query?.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#changed);
    this.#query = undefined;
  }
}
