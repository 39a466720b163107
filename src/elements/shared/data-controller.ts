import type { ReactiveController } from 'lit';
import type { DataError } from '../../data/errors.js';
import type { Snapshot, Source } from '../../data/source.js';
import { keyOf, store, type Watch } from '../../data/store.js';
import type { ScoElement } from './sco-element.js';

/** What a widget shows: data given directly, data from a source, or a configuration error. */
export type DataInput<T, Q> = { value: T } | { source: Source<T, Q>; query: Q } | { error: DataError };

/** Detail of `sco-error`. */
export interface ScoErrorDetail {
  error: DataError;
  /** True when older data is still shown. */
  stale: boolean;
}

/**
 * Connects a widget to the page's store: watches its source while connected, mirrors the load
 * state on the host, fires `sco-load` and `sco-error` once the result is rendered, and lets go
 * (aborting a request nobody else needs) when the widget leaves the page.
 */
export class DataController<T, Q> implements ReactiveController {
  snapshot: Snapshot<T> = { state: 'loading' };
  #watch?: Watch<T>;
  #current?: { input: DataInput<T, Q>; key: string };
  #shown?: { value?: T; error?: DataError };
  #pending: Array<() => void> = [];

  constructor(
    private readonly host: ScoElement,
    private readonly input: () => DataInput<T, Q>,
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
    if (this.#watch) this.#show(await this.#watch.refresh());
    await this.host.updateComplete;
  }

  #sync(): void {
    if (!this.host.isConnected) return;
    const input = this.input();
    const key = 'source' in input ? keyOf(input.source, input.query) : '';
    if (this.#current && this.#current.key === key && (key || this.#current.input === input || sameDirect(this.#current.input, input))) return;
    this.#watch?.close();
    this.#watch = undefined;
    this.#current = { input, key };
    if ('value' in input) this.#show({ state: 'ready', value: input.value });
    else if ('error' in input) this.#show({ state: 'error', error: input.error });
    else this.#watch = store.watch(input.source, input.query, (snapshot) => this.#show(snapshot));
  }

  #show(snapshot: Snapshot<T>): void {
    this.snapshot = snapshot;
    this.host.state = snapshot.state;
    const { value, error } = snapshot;
    if (value !== undefined && snapshot.state === 'ready' && value !== this.#shown?.value) {
      this.#pending.push(() => this.host.dispatchEvent(new CustomEvent('sco-load', { detail: value, bubbles: true, composed: true })));
    }
    if (error && error !== this.#shown?.error) {
      const detail: ScoErrorDetail = { error, stale: snapshot.state === 'stale' };
      this.#pending.push(() => this.host.dispatchEvent(new CustomEvent('sco-error', { detail, bubbles: true, composed: true })));
    }
    this.#shown = { value, error };
    this.host.requestUpdate();
  }
}

/** Direct inputs are the same when they hold the same value or the same error. */
function sameDirect<T, Q>(a: DataInput<T, Q>, b: DataInput<T, Q>): boolean {
  if ('value' in a && 'value' in b) return a.value === b.value;
  if ('error' in a && 'error' in b) return a.error.message === b.error.message;
  return false;
}

declare global {
  interface HTMLElementEventMap {
    'sco-load': CustomEvent<unknown>;
    'sco-error': CustomEvent<ScoErrorDetail>;
  }
}
