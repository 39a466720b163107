import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Either matches: the viewer asked for less motion, or the page is being printed (paper cannot scroll). */
const QUERY = '(prefers-reduced-motion: reduce), print';

/** Whether the headlines must stand still; re-renders the host when that changes (printing starts or ends, the preference changes). */
export class StillController implements ReactiveController {
  still = false;
  #query?: MediaQueryList;
  readonly #changed = () => {
    this.still = this.#query?.matches ?? false;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = globalThis.matchMedia?.(QUERY);
    this.still = this.#query?.matches ?? false;
    this.#query?.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#changed);
    this.#query = undefined;
  }
}
