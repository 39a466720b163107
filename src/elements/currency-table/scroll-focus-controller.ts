import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A box that scrolls sideways must be reachable by keyboard, or its hidden columns are out of reach
 * without a mouse (WCAG 2.1.1). While, and only while, the box's content overflows it, the box gets
 * `tabindex="0"` and becomes a region named by `labelledby`; a table that fits adds no tab stop.
 */
export class ScrollFocusController implements ReactiveController {
  #observer?: ResizeObserver;
  #observed: Element[] = [];

  constructor(
    host: ReactiveControllerHost,
    /** The scrolling box; it may appear only after a render. */
    private readonly box: () => HTMLElement | null | undefined,
    /** Id of the element that names the box, in the same shadow root. */
    private readonly labelledby: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(() => this.#update());
  }

  hostUpdated(): void {
    const box = this.box();
    // The box resizes with the page, its content with the data and the language.
    const observed = box ? [box, ...box.children] : [];
    if (observed.length !== this.#observed.length || observed.some((el, i) => el !== this.#observed[i])) {
      this.#observer?.disconnect();
      observed.forEach((el) => this.#observer?.observe(el));
      this.#observed = observed;
    }
    this.#update();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = [];
  }

  #update(): void {
    const box = this.box();
    if (!box) return;
    const scrolls = box.scrollWidth > box.clientWidth;
    if (scrolls === box.hasAttribute('tabindex')) return;
    if (scrolls) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-labelledby', this.labelledby);
    } else {
      for (const name of ['tabindex', 'role', 'aria-labelledby']) box.removeAttribute(name);
    }
  }
}
