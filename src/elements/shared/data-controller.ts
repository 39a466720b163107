import type { ReactiveController } from 'lit';
import { configError, type DataError } from '../../data/errors.js';
import type { Snapshot, Source } from '../../data/source.js';
import { sourceLabel, unknownSource } from '../../data/sources/index.js';
import { keyOf, store, type Watch } from '../../data/store.js';
import { setLoadState, type ScoElement, type ScoErrorDetail } from './sco-element.js';

export type { ScoErrorDetail } from './sco-element.js';

/**
 * What a widget shows: data given directly (the same data while `key` is the same, when it is
 * built anew on each update), data from a source, or a configuration error.
 */
export type DataInput<T, Q> = { value: T; key?: string } | { source: Source<T, Q>; query: Q } | { error: DataError };

/** A `source` attribute that names no registered source: a mistake in the page, so a `config` error naming `source`. */
export const unregisteredSource = (source: string | { name: string }): DataError => configError('source', sourceLabel(source), unknownSource(source).message);

export interface DataOptions<T> {
  /**
   * A mistake only the data reveals (a `base` the sheet does not quote): turns the data into that
   * error. Asked on every update, so it should answer the same error object for the same mistake.
   */
  check?: (value: T) => DataError | undefined;
}

/**
 * The one status path of every widget: input (checked before anything renders) → `state` on the
 * host → `sco-load` / `sco-error` once the result is rendered → the message `renderStatus` draws.
 * For data from a source it watches the page's store while connected and lets go (aborting a
 * request nobody else needs) when the widget leaves the page.
 */
export class DataController<T, Q> implements ReactiveController {
  /** What the widget shows: the store's snapshot, or the error its input or its check gives. */
  snapshot: Snapshot<T> = { state: 'loading' };
  #stored: Snapshot<T> = { state: 'loading' };
  #watch?: Watch<T>;
  #current?: { input: DataInput<T, Q>; key: string };
  #shown?: { value?: T; error?: DataError };
  #pending: Array<() => void> = [];

  constructor(
    private readonly host: ScoElement<T>,
    private readonly input: () => DataInput<T, Q>,
    private readonly options: DataOptions<T> = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Watch from the next update, not now: properties set in the same task as the upgrade or the
    // insertion (`.data` from a framework, a script right after the import) are in by then, so a
    // widget given its data never starts a request for its default source.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.#sync();
    this.#publish();
  }

  hostUpdated(): void {
    const pending = this.#pending.splice(0);
    pending.forEach((fire) => fire());
  }

  hostDisconnected(): void {
    this.#watch?.close();
    this.#watch = undefined;
    this.#current = undefined;
  }

  /** Loads again; settles once the new data (or the failure) is on screen. */
  async refresh(): Promise<void> {
    if (this.#watch) this.#store(await this.#watch.refresh());
    await this.host.updateComplete;
  }

  #sync(): void {
    if (!this.host.isConnected) return;
    const input = this.input();
    const key = 'source' in input ? keyOf(input.source, input.query) : '';
    if (this.#current && this.#current.key === key && (key || sameDirect(this.#current.input, input))) return;
    this.#watch?.close();
    this.#watch = undefined;
    this.#current = { input, key };
    if ('value' in input) this.#stored = { state: 'ready', value: input.value };
    else if ('error' in input) this.#stored = { state: 'error', error: input.error };
    else this.#watch = store.watch(input.source, input.query, (snapshot) => this.#store(snapshot));
  }

  #store(snapshot: Snapshot<T>): void {
    this.#stored = snapshot;
    this.host.requestUpdate();
  }

  /** The state on the host, and the events to fire once this update is rendered. */
  #publish(): void {
    const stored = this.#stored;
    const mistake = stored.value === undefined ? undefined : this.options.check?.(stored.value);
    const snapshot: Snapshot<T> = mistake ? { state: 'error', error: mistake } : stored;
    this.snapshot = snapshot;
    setLoadState(this.host, snapshot.state);
    const { value, error } = snapshot;
    if (value !== undefined && snapshot.state === 'ready' && value !== this.#shown?.value) {
      this.#pending.push(() => this.host.dispatchEvent(new CustomEvent('sco-load', { detail: value, bubbles: true, composed: true })));
    }
    if (error && error !== this.#shown?.error) {
      const detail: ScoErrorDetail = { error, stale: snapshot.state === 'stale' };
      this.#pending.push(() => this.host.dispatchEvent(new CustomEvent('sco-error', { detail, bubbles: true, composed: true })));
    }
    this.#shown = { value, error };
  }
}

/** Direct inputs are the same when they hold the same value (or key) or the same error. */
function sameDirect<T, Q>(a: DataInput<T, Q>, b: DataInput<T, Q>): boolean {
  if (a === b) return true;
  if ('value' in a && 'value' in b) return a.value === b.value || (a.key !== undefined && a.key === b.key);
  if ('error' in a && 'error' in b) return a.error.message === b.error.message;
  return false;
}

declare global {
  // For listeners on an ancestor, which may hear any widget: each element types its own events exactly.
  interface HTMLElementEventMap {
    'sco-load': CustomEvent<unknown>;
    'sco-error': CustomEvent<ScoErrorDetail>;
  }
}
