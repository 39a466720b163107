import type { ReactiveController } from 'lit';
import type { DataError } from '../../data/errors.js';
import type { DataState } from '../../data/source.js';
import { widgetStatus, type ScoElement, type ScoErrorDetail } from './sco-element.js';
import { messageArriving } from './status.js';

/**
 * What a widget shows without asking a source: data (the same data while `key` is the same, when
 * it is built anew on each update) or a configuration error.
 */
export type DirectInput<T> = { value: T; key?: string } | { error: DataError };

export interface StatusOptions<T> {
  /**
   * A mistake only the data reveals (a `base` the sheet does not quote): turns the data into that
   * error. Asked on every update, so it should answer the same error object for the same mistake.
   */
  check?: (value: T) => DataError | undefined;
}

/**
 * The one status path of every widget, as Lit's Task has one: input (checked before anything
 * renders, in the update's controller phase) → `state` on the host → `sco-load` / `sco-error`,
 * each once per new result, after it is rendered → the message `renderStatus` draws from
 * `current`. The input is direct, or the store's data state (see `DataController`).
 */
export class StatusController<T> implements ReactiveController {
  /** What the widget shows: the input's data, or the error its input or its check gives. */
  current: DataState<T> = { state: 'loading' };
  #input?: DirectInput<T> | DataState<T>;
  #stored: DataState<T> = { state: 'loading' };
  #shown?: { value?: T; error?: DataError };
  #pending: Array<() => void> = [];

  constructor(
    private readonly host: ScoElement<T>,
    private readonly input: () => DirectInput<T> | DataState<T>,
    private readonly options: StatusOptions<T> = {},
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.#take(this.input());
    const stored = this.#stored;
    const mistake = stored.value === undefined ? undefined : this.options.check?.(stored.value);
    const current: DataState<T> = mistake ? { state: 'error', error: mistake } : stored;
    this.current = current;
    const { host } = this;
    const status = host[widgetStatus];
    status.state = current.state;
    // Written by the widget alone: the attribute is what pages style and select on.
    if (host.getAttribute('state') !== current.state) host.setAttribute('state', current.state);
    // After the host's own check (`willUpdate`, for its language): the message's words may be on
    // their way too; the widget stays unseen, its update incomplete, until they are on screen.
    const arriving = messageArriving(current);
    if (arriving) {
      status.internals.states.add('translating');
      status.messagesArriving = arriving;
    }
    const { value, error } = current;
    if (value !== undefined && current.state === 'ready' && value !== this.#shown?.value) {
      this.#pending.push(() => this.host.dispatchEvent(new CustomEvent('sco-load', { detail: value, bubbles: true, composed: true })));
    }
    if (error && error !== this.#shown?.error) {
      const detail: ScoErrorDetail = { error, stale: current.state === 'stale' };
      this.#pending.push(() => this.host.dispatchEvent(new CustomEvent('sco-error', { detail, bubbles: true, composed: true })));
    }
    this.#shown = { value, error };
  }

  hostUpdated(): void {
    const pending = this.#pending.splice(0);
    pending.forEach((fire) => fire());
  }

  /** A new input replaces the stored result; one equal to the last keeps it (and its events unfired). */
  #take(input: DirectInput<T> | DataState<T>): void {
    if (this.#input && same(this.#input, input)) return;
    this.#input = input;
    if ('state' in input) this.#stored = input;
    else this.#stored = 'value' in input ? { state: 'ready', value: input.value } : { state: 'error', error: input.error };
  }
}

/** Direct inputs are the same when they hold the same value (or key) or the same error; states when they are one. */
function same<T>(a: DirectInput<T> | DataState<T>, b: DirectInput<T> | DataState<T>): boolean {
  if (a === b) return true;
  if ('state' in a || 'state' in b) return false;
  if ('value' in a && 'value' in b) return a.value === b.value || (a.key !== undefined && a.key === b.key);
  if ('error' in a && 'error' in b) return a.error.message === b.error.message;
  return false;
}
