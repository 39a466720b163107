import { noChange, type AttributePart, type ChildPart } from 'lit';
import { AsyncDirective, directive, PartType, type PartInfo } from 'lit/async-directive.js';

/** A part of a clock that its controller brings up to date between renders. */
export interface LivePart {
  refresh(now: number): void;
}

/**
 * What a live value needs of its clock (the `ClockController`): the instant it renders, and a hold
 * on its ticks. Declared here so this module does not import the controller, which imports it.
 */
interface LiveClock {
  readonly now: number;
  hold(part: LivePart): void;
  release(part: LivePart): void;
}

/**
 * A value that changes every second (the digits, the `datetime`, the hands, the dial's label). It
 * renders like any value; between renders, within one minute, the clock's controller refreshes it
 * in place, so a tick costs one text or attribute write rather than a render of the whole widget.
 * A new minute renders the clock as a whole again (date, offset and day/night can change only then).
 *
 * The directive owns what it shows — a text node of its own, or the whole attribute — and writes
 * it itself on renders and ticks alike: a tick goes straight to the node, not through Lit's
 * `setValue`, and Lit never keeps a copy of the value that a tick could leave stale.
 */
class LiveValue extends AsyncDirective implements LivePart {
  #clock?: LiveClock;
  #read?: (now: number) => string;
  #shown?: string;
  #text?: Text;
  #write?: (value: string) => void;

  constructor(part: PartInfo) {
    super(part);
    // Lit gives an attribute part `strings` only when the binding is one piece of a longer value.
    const whole = part.type === PartType.CHILD || (part.type === PartType.ATTRIBUTE && part.strings === undefined);
    if (!whole) throw new Error('liveValue() must be a child or the whole value of an attribute');
  }

  /** The value at the instant the clock renders (where the directive cannot write, e.g. on a server). */
  render(clock: LiveClock, read: (now: number) => string): string {
    return read(clock.now);
  }

  override update(part: ChildPart | AttributePart, [clock, read]: Parameters<this['render']>) {
    if (!this.#write) this.#write = this.#writerFor(part);
    if (this.#clock !== clock) this.#clock?.release(this);
    this.#clock = clock;
    this.#read = read;
    if (this.isConnected) clock.hold(this);
    this.#show(read(clock.now));
    return this.#text ?? noChange;
  }

  refresh(now: number): void {
    this.#show(this.#read!(now));
  }

  protected override disconnected(): void {
    this.#clock?.release(this);
  }

  protected override reconnected(): void {
    this.#clock?.hold(this);
  }

  #show(value: string): void {
    if (value === this.#shown) return;
    this.#shown = value;
    this.#write!(value);
  }

  #writerFor(part: ChildPart | AttributePart): (value: string) => void {
    if (part.type === PartType.CHILD) {
      // A clock the server rendered keeps the text node it came with (hydration.ts): the part's
      // first node, there before the part has an end.
      const served = part.startNode?.nextSibling;
      const text = (this.#text = served instanceof Text && served !== part.endNode ? served : document.createTextNode(''));
      return (value) => (text.data = value);
    }
    const { element, name } = part;
    return (value) => element.setAttribute(name, value);
  }
}

export const liveValue = directive(LiveValue);
