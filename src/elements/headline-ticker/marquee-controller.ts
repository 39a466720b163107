import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface MarqueeOptions {
  /** The element to move: it holds two identical copies of the content side by side. */
  track(): HTMLElement | null | undefined;
  /** Pixels per second. */
  speed(): number;
  rtl(): boolean;
}

/**
 * Scrolls a track of two identical copies by exactly one copy's width, forever, at a constant speed.
 *
 * The motion is a Web Animations transform animation, so the compositor runs it without script or
 * layout per frame, and no inline style is written (strict CSP). The copy's width is measured by a
 * ResizeObserver, that is once per change of content, font or viewport, and never per frame; on a
 * change the duration is recomputed (width / speed) and the pixel offset carried over, so new items
 * slide in where the old ones were instead of jumping back to the start.
 */
export class MarqueeController implements ReactiveController {
  #track?: HTMLElement;
  #observer?: ResizeObserver;
  #animation?: Animation;
  /** The measured width of one copy, in px. */
  #width = 0;
  #rtl = false;
  #paused = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: MarqueeOptions,
  ) {
    host.addController(this);
  }

  /** The running animation, if the track is on screen and measured. */
  get animation(): Animation | undefined {
    return this.#animation;
  }

  get paused(): boolean {
    return this.#paused;
  }

  set paused(paused: boolean) {
    this.#paused = paused;
    if (!this.#animation) return;
    if (paused) this.#animation.pause();
    else this.#animation.play();
  }

  hostConnected(): void {
    // A widget moved in the page keeps its shadow DOM but gets no new render: start from what is there.
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** Moves the track so that `item` (inside the first copy) starts at the viewport's start edge. */
  reveal(item: Element): void {
    const copy = this.#track?.firstElementChild;
    const animation = this.#animation;
    if (!copy || !animation || !this.#width) return;
    const itemBox = item.getBoundingClientRect();
    const copyBox = copy.getBoundingClientRect();
    const offset = this.#rtl ? copyBox.right - itemBox.right : itemBox.left - copyBox.left;
    animation.currentTime = (offset / this.#width) * this.#duration(this.#width);
  }

  #sync(): void {
    const track = this.options.track() ?? undefined;
    if (track !== this.#track) {
      this.#stop();
      if (track?.isConnected) this.#start(track);
      return;
    }
    if (this.#animation && (this.#rtl !== this.options.rtl() || this.#timing() !== this.#duration(this.#width))) this.#retime(this.#width);
  }

  #start(track: HTMLElement): void {
    this.#track = track;
    const copy = track.firstElementChild;
    if (!copy) return;
    this.#observer = new ResizeObserver(([entry]) => this.#retime(entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width));
    this.#observer.observe(copy);
  }

  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#animation?.cancel();
    this.#animation = undefined;
    this.#track = undefined;
    this.#width = 0;
  }

  #duration(width: number): number {
    const speed = this.options.speed();
    return (width / speed) * 1000;
  }

  #timing(): number {
    return Number(this.#animation?.effect?.getTiming().duration ?? 0);
  }

  /** Points the animation at a new width, speed or direction, keeping the track where it is. */
  #retime(width: number): void {
    const track = this.#track;
    if (!track || width <= 0) return;
    const rtl = this.options.rtl();
    const duration = this.#duration(width);
    // One copy further along (leftwards in LTR, rightwards in RTL) looks exactly like the start.
    const keyframes = [{ transform: 'translateX(0)' }, { transform: `translateX(${rtl ? width : -width}px)` }];
    const animation = this.#animation;
    if (!animation) {
      this.#animation = track.animate(keyframes, { duration, iterations: Infinity, easing: 'linear' });
      if (this.#paused) this.#animation.pause();
    } else {
      const before = this.#timing();
      const offset = before > 0 ? ((Number(animation.currentTime ?? 0) % before) / before) * this.#width : 0;
      const effect = animation.effect as KeyframeEffect;
      effect.setKeyframes(keyframes);
      effect.updateTiming({ duration });
      animation.currentTime = ((offset % width) / width) * duration;
    }
    this.#width = width;
    this.#rtl = rtl;
  }
}
