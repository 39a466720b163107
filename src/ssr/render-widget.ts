/**
 * One widget rendered on a server: its data loaded through the page's data layer (the store, its
 * sources and parsers), its shadow root written as declarative shadow DOM by Lit's server renderer,
 * and the data it was drawn with handed to the browser as a seed right after it.
 *
 * A render itself is synchronous: the settings of the call (its fetch, proxy, timeout, moment,
 * language) are the library's for that render only, then put back, so concurrent calls with other
 * settings never see them. What a render asks for and does not have yet (data, a language's words,
 * code loaded later) is awaited, and the widget rendered again: the HTML never holds a fallback.
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr';
import { html, unsafeStatic } from 'lit/static-html.js';
import { withConfig, type Config } from '../core/config.js';
import { waits } from '../core/loader.js';
import { atInstant, now } from '../core/time.js';
import { configError } from '../data/errors.js';
import type { ReactiveController } from 'lit';
import type { DataState } from '../data/source.js';
import { recordOf, store, type Watch } from '../data/store.js';
import { ScoElement } from '../elements/shared/sco-element.js';
import '../elements/currency-table/define.js';
import '../elements/currency-converter/define.js';
import '../elements/rate-chart/define.js';
import '../elements/headline-ticker/define.js';
import '../elements/clock/define.js';
import '../elements/member-states/define.js';
import './rate-chart.js';

export interface RenderOptions {
  /** The language of the page the widget goes into (its `<html lang>`); default `en`. A `locale` attribute wins, as in the browser. */
  lang?: string;
  /** The direction of that page (`ltr` or `rtl`); default: that of the language's script. */
  dir?: 'ltr' | 'rtl';
  /** A URL template for a CORS proxy (`https://proxy.example/?url={url}`), as `configure({ proxy })`. */
  proxy?: string;
  /** The fetch function the data is loaded with (default: the global `fetch`). */
  fetch?: typeof fetch;
  /** Data given directly, as the `.data` property: nothing is loaded, and no seed follows (the page sets `.data` in the browser too). */
  data?: unknown;
  /** Milliseconds one attempt to load may take (default: the library's, 10 s). */
  timeout?: number;
  /**
   * How many times a load that failed is tried again, as `configure({ retries })` (default: the
   * library's). The proxy's `/render` gives 0: its data route has its own retries and stale copies.
   */
  retries?: number;
  /** A CSP nonce for the shadow roots' `<style>`, for pages served with `style-src 'nonce-…'`. */
  nonce?: string;
  /** The instant the widget shows (clocks, today's date), ms since the epoch or a Date; default: when the call began. */
  now?: number | Date;
}

/** How many times a widget is rendered at most, each after waiting for what the one before asked for. */
const ROUNDS = 4;

/**
 * Lit's server render runs no controller's `hostUpdate`, where a widget's status and data live: the
 * widgets keep theirs here as they add them, for the renderer to run.
 */
const controllers = new WeakMap<ScoElement, ReactiveController[]>();
const addController = ScoElement.prototype.addController;
ScoElement.prototype.addController = function (this: ScoElement, controller: ReactiveController) {
  addController.call(this, controller);
  controllers.set(this, [...(controllers.get(this) ?? []), controller]);
};

/** What one round of a render read: the watches it holds until the render ends, the loads it waits for, the data it drew. */
interface Reads {
  watches: Watch<unknown>[];
  loads: Promise<void>[];
  records: string[];
}

/** The render under way, its settings and what it read (renders are synchronous: one at a time). */
let rendering: { nonce?: string; data?: unknown; page: Pick<Element, 'hasAttribute' | 'getAttribute'>; reads: Reads } | undefined;

/**
 * How a widget reads its data on a server: through the page's store, as in the browser, but
 * watching only while the render lasts (so a load it starts goes on, and nothing is left scheduled
 * after). The render waits for what is loading; the data drawn goes to the browser in the form the
 * store persists.
 */
const storeWatch = store.watch.bind(store);
store.watch = <T, Q>(...[source, query, listener, ...rest]: Parameters<typeof store.watch<T, Q>>): Watch<T> => {
  const reads = rendering?.reads;
  if (!reads) return storeWatch(source, query, listener, ...rest);
  let settle!: () => void;
  const loaded = new Promise<void>((resolve) => (settle = resolve));
  let first: DataState<T> | undefined;
  const held = storeWatch(source, query, (state) => {
    first ??= state;
    if (state.state !== 'loading') settle();
    listener(state);
  });
  reads.watches.push(held as Watch<unknown>);
  if (first!.state === 'loading') reads.loads.push(loaded);
  else if (first!.value !== undefined) reads.records.push(JSON.stringify(recordOf(first!)));
  return held;
};

/**
 * Lit's server renderer for LitElements, and what it leaves out for ours: the controllers' part of
 * the update (the status path and the data), the page's language and direction (a stand-in
 * `<html>` above the element), and the nonce on the shadow root's `<style>`.
 */
class WidgetRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    const page = rendering?.page;
    // In the page (the data controller watches only a connected widget), and there it loads at once:
    // a server has no viewport for a lazy widget to wait for.
    Object.defineProperties(this.element, {
      parentElement: { value: page && { ...page, parentElement: null, getRootNode: () => ({}) } },
      isConnected: { value: true },
      loading: { get: () => 'eager', set() {} },
    });
    if (rendering?.data !== undefined) (this.element as ScoElement & { data?: unknown }).data = rendering.data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const controller of controllers.get(this.element as ScoElement) ?? []) controller.hostUpdate?.();
  }

  override renderShadow(renderInfo: RenderInfo) {
    const result = super.renderShadow(renderInfo) as unknown[] | undefined;
    const nonce = rendering?.nonce;
    if (nonce !== undefined && result?.[0] === '<style>') result[0] = `<style nonce="${escapeAttribute(nonce)}">`;
    return result as ReturnType<LitElementRenderer['renderShadow']>;
  }
}

/** `value` as it may stand between double quotes in HTML. */
export const escapeAttribute = (value: string): string =>
  value.replace(/[&"<>]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : '&gt;'));

/** The widget class of `tag`, or the config error of a tag that names none. */
function widgetClass(tag: string): typeof ScoElement {
  const widget = /^sco-[a-z-]+$/.test(tag) ? customElements.get(tag) : undefined;
  if (!widget || !(widget.prototype instanceof ScoElement)) {
    throw configError('tag', tag, `<${tag}> is not a sco-widgets element: render one of ${tags().join(', ')}`);
  }
  return widget as unknown as typeof ScoElement;
}

/** The tags of the widgets this module renders. */
export const tags = (): string[] => [
  'sco-currency-table',
  'sco-currency-converter',
  'sco-rate-chart',
  'sco-headline-ticker',
  'sco-clock',
  'sco-capital-clocks',
  'sco-member-states',
];

/**
 * The element's start tag: only the attributes it observes, their values escaped, each name once.
 * A name given again in another case is left out, as the browser's parser leaves out a repeated
 * attribute: the server draws the widget with the value the browser will see.
 */
function startTag(tag: string, widget: typeof ScoElement, attributes: Record<string, string>): string {
  const observed = new Set(widget.observedAttributes);
  let markup = `<${tag}`;
  for (const [given, value] of Object.entries(attributes)) {
    const name = given.toLowerCase();
    if (value == null || !observed.delete(name)) continue;
    markup += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return `${markup}>`;
}

/**
 * The HTML of one widget, `<sco-… attributes><template shadowrootmode="open">…</template></sco-…>`,
 * then, where it drew loaded data, `<script type="application/json" data-sco-seed>` with that data.
 * Rejects with a `config` error for a tag that is not a widget's.
 */
export async function renderWidget(tag: string, attributes: Record<string, string> = {}, options: RenderOptions = {}): Promise<string> {
  const name = String(tag).toLowerCase();
  const widget = widgetClass(name);
  const start = startTag(name, widget, attributes);
  const instant = options.now === undefined ? now() : +options.now;
  const settings: Partial<Config> = { fetch: options.fetch, proxy: options.proxy, timeout: options.timeout, retries: options.retries };
  const lang = options.lang || 'en';
  const page = {
    hasAttribute: (name: string) => name === 'lang' || (name === 'dir' && !!options.dir),
    getAttribute: (name: string) => (name === 'lang' ? lang : name === 'dir' ? (options.dir ?? null) : null),
  };
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static tag names (lit/static-html), from the widget list
  const template = html`${unsafeStatic(start)}</${unsafeStatic(name)}>`;
  let output = '';
  let records: string[] = [];
  const watches: Watch<unknown>[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const reads: Reads = { watches, loads: [], records: [] };
      rendering = { nonce: options.nonce, data: options.data, page, reads };
      try {
        output = withConfig(settings, () => atInstant(instant, () => collectResultSync(render(template, { elementRenderers: [WidgetRenderer] }))));
      } finally {
        rendering = undefined;
      }
      records = reads.records;
      const pending = [...reads.loads, ...waits.filter((wait) => wait.waiting).map((wait) => wait.over)];
      if (!pending.length) break;
      await Promise.all(pending);
    }
  } finally {
    for (const watch of watches) watch.close();
  }
  // Lit marks the template it was given; only the widget's own marks are for the browser.
  // Lit writes `.selected=${false}` as `selected="false"`, which selects: an unselected option has none.
  output = output
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/ selected="false"/g, '');
  const seed = options.data === undefined ? records.at(-1) : undefined;
  return seed ? `${output}<script type="application/json" data-sco-seed>${seed.replace(/</g, '\\u003c')}</script>` : output;
}
