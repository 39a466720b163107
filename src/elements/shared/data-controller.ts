import type { ReactiveController } from 'lit';
import { getConfig } from '../../core/config.js';
import type { DataState, Source } from '../../data/source.js';
import { keyOf, store, type Watch } from '../../data/store.js';
import type { ScoElement } from './sco-element.js';
import { StatusController, type DirectInput, type StatusOptions } from './status-controller.js';

export type { ScoErrorDetail } from './sco-element.js';

/** What a widget shows: data given directly, data from a source, or a configuration error. */
export type DataInput<T, Q> = DirectInput<T> | { source: Source<T, Q>; query: Q };

/**
 * A widget that loads data: its `loading` attribute (else the page's `configure({ loading })`) says
 * when. `scoSeed`, during the first update of a widget a server rendered, is the data it was rendered
 * with (hydration.ts reads it from the page).
 */
export type DataHost<T> = ScoElement<T> & { loading?: 'lazy' | 'eager'; scoSeed?: string };

/**
 * Connects a widget to the page's store: watches its source while connected and lets go (aborting
 * a request nobody else needs) when the widget leaves the page. What it holds goes down the one
 * status path of every widget (`StatusController`): state, events, message.
 *
 * A lazy widget (`loading="lazy"`) only looks on (`store.watch`'s onlooker: it shows what other
 * widgets load, and starts nothing) until it comes within a viewport of the visible area, or its
 * `refresh()` is called; from then on it watches as any widget does.
 */
export class DataController<T, Q> implements ReactiveController {
  #watch?: Watch<T>;
  #current?: { input: DataInput<T, Q>; key: string };
  #stored: DataState<T> = { state: 'loading' };
  readonly #status: StatusController<T>;
  /** Came near the viewport once (or was asked to refresh): a lazy widget loads from then on, wherever it is moved. */
  #near?: boolean;
  /** While a lazy widget waits: watches for it to come within one viewport's height (and width) of the visible area, so it has its data by the time it is scrolled to. */
  #observer?: IntersectionObserver;

  constructor(
    private readonly host: DataHost<T>,
    private readonly input: () => DataInput<T, Q>,
    options?: StatusOptions<T>,
  ) {
    // First this controller (it reads the input), then the status path (it publishes the result).
    host.addController(this);
    this.#status = new StatusController(host, () => this.#result(), options);
  }

  /** What the widget shows. */
  get current(): DataState<T> {
    return this.#status.current;
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

  hostDisconnected(): void {
    this.#watch?.close();
    this.#watch = this.#current = this.#observer = void this.#observer?.disconnect();
  }

  /** Loads again (a lazy widget not yet in view too: the page asked); settles once the new data (or the failure) is on screen. */
  async refresh(): Promise<void> {
    this.#wake();
    if (this.#watch) this.#store(await this.#watch.refresh());
    await this.host.updateComplete;
  }

  /** From now on the widget watches its source as any does: it came near the viewport, or the page asked for its data. */
  #wake(): void {
    this.#near = true;
    this.#sync();
  }

  /** The input as the status path takes it: a direct one as it is, a source's as the store's latest data state. */
  #result(): DirectInput<T> | DataState<T> {
    const input = this.#current?.input;
    return !input || 'source' in input ? this.#stored : input;
  }

  #sync(): void {
    const input = this.input();
    if (!this.host.isConnected) return;
    // A lazy widget not yet near the view looks on, and watches for the view to come near.
    const onlooker = 'source' in input && !this.#near && (this.host.loading ?? getConfig().loading) == 'lazy';
    if (!onlooker) this.#observer = void this.#observer?.disconnect();
    else if (!this.#observer)
      (this.#observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.#wake(), { rootMargin: '100%' })).observe(
        this.host,
      );
    // The same source and query keep their watch (an onlooker's until it wakes: the key says which); whether a direct input is new is the status path's to judge.
    const key = 'source' in input ? keyOf(input.source, input.query) + onlooker : '';
    if (key && this.#current?.key === key) return;
    this.#watch?.close();
    this.#watch = undefined;
    this.#current = { input, key };
    // A widget a server rendered starts from the data it was rendered with (its seed).
    if ('source' in input) this.#watch = store.watch(input.source, input.query, (current) => this.#store(current), onlooker, this.host.scoSeed);
  }

  #store(current: DataState<T>): void {
    this.#stored = current;
    this.host.requestUpdate();
  }
}
