import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface BoxSize {
  width: number;
  height: number;
  /** The element's computed font size in px, so the chart can leave room for its labels. */
  fontSize: number;
}

/**
 * The size of an element in the host's shadow root, kept up to date with a ResizeObserver that
 * runs only while the host is connected. The chart draws at this size in real pixels, so text and
 * strokes are never stretched the way a scaled viewBox would stretch them.
 */
export class ResizeController implements ReactiveController {
  size: BoxSize = { width: 0, height: 0, fontSize: 14 };
  #observer?: ResizeObserver;
  #observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & { hasUpdated: boolean },
    /** The element to measure; it may appear only after a render. */
    private readonly target: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const { target, contentRect } = entries.at(-1)!;
      this.#measure(target, contentRect.width, contentRect.height);
    });
    // Not before the first update: a box the server drew (sco-widgets/ssr) is taken over as it is
    // drawn there, a sketch stretched to the box, and measured once it is the widget's own.
    if (this.host.hasUpdated) this.#follow();
  }

  hostUpdated(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  /** Observes the current target (the first render creates it; a re-render may replace it). */
  #follow(): void {
    const target = this.target() ?? undefined;
    if (!this.#observer || target === this.#observed) return;
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = target;
    if (!target) return;
    this.#observer.observe(target);
    // The observer reports in the coming frame, after the browser's own layout, so reading the size
    // here would only force that layout early (for a chart with a long table, most of a draw). A page
    // in a background tab renders no frames, though, and a chart there would stay blank until shown:
    // there, and only there, measure at once.
    if (document.visibilityState === 'hidden') {
      const { width, height } = target.getBoundingClientRect();
      this.#measure(target, width, height);
    }
  }

  #measure(target: Element, width: number, height: number): void {
    const fontSize = parseFloat(getComputedStyle(target).fontSize) || 14;
    const size = { width: Math.floor(width), height: Math.floor(height), fontSize };
    if (size.width === this.size.width && size.height === this.size.height && size.fontSize === this.size.fontSize) return;
    this.size = size;
    this.host.requestUpdate();
  }
}
