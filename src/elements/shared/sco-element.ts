import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { getConfig } from '../../core/config.js';
import type { DataError } from '../../data/errors.js';
import type { LoadState } from '../../data/source.js';
import { later, onLoaded } from '../../core/loader.js';
import { languagePending, requestLanguage } from '../../i18n/index.js';
import { resolveDir, resolveLocale } from '../../core/locale.js';
import { themeStyles } from './theme.styles.js';

// The page's language, asked for as soon as the widgets' code runs rather than at the first
// widget's update, so that a language loaded on demand is usually there before the first paint.
if (globalThis.document?.documentElement) void requestLanguage(resolveLocale(document.documentElement, getConfig().locale));

/** What takes over a widget a server rendered (hydration.ts): only a page that has one loads it. */
const hydration = later(() => import('./hydration.js'));

/** Elements on the page that follow `lang`/`dir` changes of their ancestors. */
const live = new Set<ScoElement>();
let languageObserver: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

function watchLanguage(el: ScoElement, on: boolean) {
  if (on) live.add(el);
  else live.delete(el);
  const rerender = () => live.forEach((w) => w.requestUpdate('lang'));
  if (live.size && !languageObserver) {
    // One observer for the page: a language switch on <html> re-renders every widget; so does the
    // arrival of anything loaded later (a language's file, luxon, the messages of a config error).
    languageObserver = new MutationObserver(rerender);
    languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    stopListening = onLoaded(rerender);
  } else if (!live.size && languageObserver) {
    languageObserver.disconnect();
    languageObserver = undefined;
    stopListening?.();
  }
}

/** Detail of `sco-error`. */
export interface ScoErrorDetail {
  error: DataError;
  /** True when older data is still shown. */
  stale: boolean;
}

/** The events of a widget whose data (the detail of `sco-load`) is a `T`. */
export interface ScoEventMap<T> extends HTMLElementEventMap {
  'sco-load': CustomEvent<T>;
  'sco-error': CustomEvent<ScoErrorDetail>;
}

declare global {
  // A listener on an ancestor hears every widget's events; on the element itself, ScoEventMap types the detail.
  interface HTMLElementEventMap {
    'sco-load': CustomEvent<unknown>;
    'sco-error': CustomEvent<ScoErrorDetail>;
  }
}

type Listener<E, Ev> = ((this: E, event: Ev) => unknown) | { handleEvent(event: Ev): unknown };

/**
 * What a widget's status path (`StatusController`, its one owner) writes on the widget, under one
 * symbol, as material-web reaches an element's internals: its `state`, the custom state
 * `translating`, and the words the status waits for.
 */
export const widgetStatus = Symbol('status');

export interface WidgetStatus {
  /** The data state (`state` on the host, which the status path writes too). */
  state: LoadState;
  /** Its `ElementInternals`: `:state(translating)` keeps a widget unseen while its words are on their way. */
  readonly internals: ElementInternals;
  /** The arrival of the words this update's status waits for: the update is complete once they are on screen. */
  messagesArriving?: Promise<void>;
}

/**
 * The widget's own event types, as declarations only (no code): `table.addEventListener('sco-load',
 * (e) => e.detail.date)` sees a RateSheet.
 */
export interface ScoElement<T = unknown> {
  addEventListener<K extends keyof ScoEventMap<T>>(type: K, listener: Listener<this, ScoEventMap<T>[K]>, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ScoEventMap<T>>(type: K, listener: Listener<this, ScoEventMap<T>[K]>, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * What every sco-widget shares: the theme tokens, `state` on the host, language and direction from
 * the nearest ancestor, and events typed by the widget's data `T`.
 *
 * @cssprop [--sco-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif] - Font of the widget.
 * @cssprop [--sco-font-size=0.875rem] - Base font size.
 * @cssprop [--sco-color=light-dark(#1b2430, #e6ebf0)] - Text colour.
 * @cssprop [--sco-muted-color=light-dark(#5a6673, #a3afbb)] - Secondary text (captions, status lines).
 * @cssprop [--sco-background=light-dark(#ffffff, #161b22)] - Background.
 * @cssprop [--sco-border-color=light-dark(#d5dbe1, #3a4552)] - Rules and borders.
 * @cssprop [--sco-accent-color=light-dark(#0b5cad, #7cb8f7)] - Links, focus rings, highlights.
 * @cssprop [--sco-up-color=light-dark(#17723a, #5bd68a)] - A rate that went up: green, except in Chinese, Japanese and Korean, where a rise is red (`light-dark(#b42318, #ff8a80)`). A value set here applies in every language.
 * @cssprop [--sco-down-color=light-dark(#b42318, #ff8a80)] - A rate that went down: red, except in Chinese, Japanese and Korean, where a fall is green (`light-dark(#17723a, #5bd68a)`). Also error messages, which stay red by default in every language.
 * @cssprop [--sco-radius=6px] - Corner radius.
 * @cssprop [--sco-gap=0.5rem] - Spacing unit.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-unused-vars -- the interface above only types methods every element has
export class ScoElement<T = unknown> extends LitElement {
  static override styles: CSSResultGroup = themeStyles;

  readonly [widgetStatus]: WidgetStatus = { state: 'ready', internals: this.attachInternals() };

  /** The data state, reflected as the `state` attribute: `loading`, `ready`, `stale` (cached data after a failed refresh) or `error`. Read-only: the widget sets it. */
  get state(): LoadState {
    return this[widgetStatus].state;
  }

  /** A BCP 47 locale that overrides the language of the page (e.g. `ru`, `zh-Hans`, `fa`). */
  @property() locale?: string;

  /** Forces the light or dark palette; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Locale and direction, worked out at most once per update: finding them walks up the tree. */
  #language?: { locale: string; dir: 'ltr' | 'rtl' };

  /** The locale the widget renders in. */
  get resolvedLocale(): string {
    return this.#resolveLanguage().locale;
  }

  /** The direction the widget renders in. */
  get resolvedDir(): 'ltr' | 'rtl' {
    return this.#resolveLanguage().dir;
  }

  #resolveLanguage() {
    if (!this.#language) {
      const locale = resolveLocale(this, getConfig().locale);
      this.#language = { locale, dir: resolveDir(this, locale) };
    }
    return this.#language;
  }

  // Every update asks anew: a changed `locale`, a language switch on an ancestor (the page's
  // observer requests an update) or a move in the tree may each have changed the answer.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#language = undefined;
    const status = this[widgetStatus];
    status.messagesArriving = undefined;
    // A language loaded on demand: ask for its file; until it is there the widget is drawn in
    // English, invisibly, so the space it keeps is close to what it will take.
    const locale = this.resolvedLocale;
    if (languagePending(locale)) {
      void requestLanguage(locale);
      status.internals.states.add('translating');
    } else status.internals.states.delete('translating');
  }

  // Complete once the words of the status are on screen too: their arrival re-renders the widget.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const status = this[widgetStatus];
    let arriving = status.messagesArriving;
    while (arriving) {
      await arriving;
      complete = await super.getUpdateComplete();
      // Unchanged: no update since (a widget no longer on the page is not re-rendered), so nothing more to wait for.
      arriving = status.messagesArriving === arriving ? undefined : status.messagesArriving;
    }
    return complete;
  }

  // A shadow root with content before the first update came with the page: a server rendered the
  // widget, and Lit keeps its first node to draw before. Once the code that takes it over and the
  // widget's language are here, the first update adopts what the server drew instead of drawing it
  // again; without that code (it did not load), it is drawn anew in the place of the server's.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const options = this.renderOptions;
    return options.renderBefore
      ? ((options.renderBefore = null),
        Promise.all([hydration.arrived(), requestLanguage(this.resolvedLocale)]).then(
          ([module]) => (module ? module.hydrate(this) : this.renderRoot.replaceChildren(), super.scheduleUpdate()),
        ))
      : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    this.#language = undefined; // a new place in the page may speak another language
    super.connectedCallback();
    watchLanguage(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLanguage(this, false);
  }
}
