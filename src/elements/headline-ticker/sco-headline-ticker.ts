import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { configError } from '../../data/errors.js';
import type { Source } from '../../data/source.js';
import { feedAt, type FeedQuery } from '../../data/sources/feeds.js';
import { resolveSource } from '../../data/sources/index.js';
import type { Feed, Headline } from '../../data/types.js';
import { DataController, type DataInput } from '../shared/data-controller.js';
import { unregisteredSource } from '../shared/rate-sheets.js';
import { ScoElement } from '../shared/sco-element.js';
import { renderDataStatus, renderIncomplete } from '../shared/data-status.js';
import { placeholder } from '../shared/status.js';
import { DEFAULT_DATE_FORMAT, dateWriter } from './date-writer.js';
import { dateLabel, headlineHref, newestFirst, opensNewWindow } from './headlines.js';
import { MarqueeController } from './marquee-controller.js';
import { translations } from '../../i18n/index.js';
import * as tickerMessages from '../../i18n/built-in/ticker.js';

type TickerText = ReturnType<typeof tickerText>;
import { StillController } from './still-controller.js';
import { RotationController } from './rotation-controller.js';
import { tickerStyles } from './sco-headline-ticker.styles.js';

/** The ticker words in `locale`'s language. */
const tickerText = (locale: string) => translations('ticker', tickerMessages, locale);

export type TickerMode = 'scroll' | 'list' | 'rotate';

const DEFAULT_LIMIT = 10;
const DEFAULT_SPEED = 60;
/** How long each headline stays in `rotate` mode. */
const ROTATE_EVERY = 5000;

/**
 * Headlines of a news feed: a scrolling ticker, a rotating single line, or the portal's dated list.
 *
 * The ticker pauses while hovered or while a headline has keyboard focus, has a pause button, and
 * shows a static list to viewers who prefer reduced motion, and on paper.
 *
 * @fires sco-load - The headlines are shown; `detail` is the `Feed`.
 * @fires sco-error - Loading failed, or a setting cannot work (no `src` or `source`, an unknown `source`: code `config`); `detail` is `{ error, stale }`.
 * @csspart base - The wrapper.
 * @csspart status - The loading, stale, error or "no headlines" message; the note of a feed that arrived incomplete (above the list; beside the moving line, before the pause button).
 * @csspart viewport - The window the headlines move in (`scroll`, `rotate`).
 * @csspart track - What moves: both copies of the headlines in `scroll`, the current one in `rotate`.
 * @csspart list - The list of headlines in `list` mode (and under reduced motion, and on paper).
 * @csspart item - Each headline.
 * @csspart date - The headline's `<time>`.
 * @csspart link - The headline's `<a>` (without `href` when the feed gives no http(s) link).
 * @csspart pause-button - The pause/play toggle (`aria-pressed="true"` while paused).
 * @cssprop [--sco-ticker-gap=2.5em] - Space between headlines in `scroll` mode.
 * @cssprop [--sco-ticker-lines=2] - Lines each title takes in `list` mode: longer ones are cut off (the whole title is the link's tooltip), shorter ones keep the room, so the list is as tall before the feed arrives as after.
 */
export class ScoHeadlineTicker extends ScoElement<Feed> {
  static override styles = [ScoElement.styles, tickerStyles];

  /** URL of a feed: RSS 0.9x/2.0, RSS 1.0, Atom 1.0 or JSON Feed (recognised from its content). */
  @property() src?: string;

  /** A named source registered with `registerSource()` that yields a `Feed` — or, as a property, a source object itself. */
  @property() source?: string | Source<Feed, FeedQuery>;

  /** A feed given directly; nothing is fetched. */
  @property({ attribute: false }) data?: Feed;

  /**
   * `lazy`: no request until the widget comes within about a viewport of the visible area (its
   * space kept meanwhile; data another widget on the page has loaded shows at once; `refresh()`
   * loads at once). `eager`: at once. Default: the page's (`data-loading` on the script tag), else `eager`.
   */
  @property() loading?: 'lazy' | 'eager';

  /** The most headlines shown (newest first). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** `scroll` (a moving line), `list` (the portal's dated list) or `rotate` (one headline at a time). */
  @property({ reflect: true }) mode: TickerMode = 'scroll';

  /** Scrolling speed in pixels per second, the same however many headlines there are. */
  @property({ type: Number }) speed = DEFAULT_SPEED;

  /**
   * The dates' format in luxon's tokens; the portal's `dd.MM.yyyy HH:mm` by default. `yyyy yy y MM M LL L
   * dd d HH H hh h mm m ss s SSS S a MMM MMMM LLL LLLL EEE EEEE E ccc cccc c qq q` and `'quoted text'` are
   * written without luxon; any other token (`DDD`, `t`, `ZZZZ`, `kkkk`, `WW`…) loads luxon, and the
   * headlines wait for it (if it cannot load, the dates are in the default format).
   */
  @property({ attribute: 'date-format' }) dateFormat = DEFAULT_DATE_FORMAT;

  /** IANA time zone of the dates, e.g. `Europe/Moscow`; default (or unknown zone): the viewer's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Where links open, e.g. `_blank` (links then get `rel="noopener noreferrer"`). */
  @property() target?: string;

  /** Whether the viewer paused the headlines with the button. */
  @state() private userPaused = false;

  readonly #data = new DataController<Feed, FeedQuery>(this, () => this.#input());
  readonly #still = new StillController(this);
  readonly #marquee = new MarqueeController(this, {
    track: () => this.renderRoot?.querySelector<HTMLElement>('.scroll [part~="track"]'),
    speed: () => (this.speed > 0 && Number.isFinite(this.speed) ? this.speed : DEFAULT_SPEED),
    rtl: () => this.resolvedDir === 'rtl',
  });
  readonly #rotation = new RotationController(this, {
    count: () => this.#headlines().length,
    active: () => this.#view() === 'rotate' && !this.#still.still,
    interval: ROTATE_EVERY,
  });
  /**
   * Rendered on a server (the shadow root came with the page): it keeps the view the server drew,
   * and the style sheet stills it for readers who prefer less motion, so the browser agrees with
   * the HTML it takes over.
   */
  readonly #served = !!this.shadowRoot;
  #hovered = false;
  #focused = false;
  #sorted?: { items: readonly Headline[]; limit: number; headlines: Headline[] };
  /** How the dates are written; not `ready` while luxon, which `dateFormat` needs, is on its way. */
  #dates = dateWriter(DEFAULT_DATE_FORMAT);

  /** Loads the feed again; settles when the new headlines are shown or the attempt failed. */
  refresh(): Promise<void> {
    return this.#data.refresh();
  }

  #input(): DataInput<Feed, FeedQuery> {
    if (this.data) return { value: this.data };
    if (this.src) return { source: feedAt(this.src), query: {} };
    const source = this.source ? resolveSource(this.source) : undefined;
    if (source) return { source, query: {} };
    return { error: this.source ? unregisteredSource(this.source) : configError('src', undefined, 'The ticker needs a feed: set src, source or .data') };
  }

  /** What is drawn: motion modes fall back to the static list for viewers who prefer less motion, and on paper. */
  #view(): TickerMode {
    const mode = this.mode === 'list' || this.mode === 'rotate' ? this.mode : 'scroll';
    return mode !== 'list' && this.#still.still && !this.#served ? 'list' : mode;
  }

  #headlines(): Headline[] {
    const items = this.#data.current.value?.items ?? [];
    const limit = Number.isFinite(this.limit) ? Math.floor(this.limit) : DEFAULT_LIMIT;
    if (this.#sorted?.items !== items || this.#sorted.limit !== limit) this.#sorted = { items, limit, headlines: newestFirst(items, limit) };
    return this.#sorted.headlines;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Not ready while luxon is on its way: its arrival, or the end of the wait, re-renders every widget.
    this.#dates = dateWriter(this.dateFormat);
  }

  override render() {
    const locale = this.resolvedLocale;
    const m = tickerText(locale);
    const { current } = this.#data;
    const headlines = this.#headlines();
    const view = this.#view();
    const empty = current.value && !headlines.length;
    // The note of a feed cut short: a line above a list; in the one line of `scroll` and `rotate`, beside the headlines, so the ticker keeps its height.
    const note = renderIncomplete(current, m.partial);
    return html`<div part="base" class=${view} dir=${this.resolvedDir}>
      ${renderDataStatus(current, locale)}${view === 'list' ? note : nothing}
      ${empty ? html`<p part="status" role="status" data-state="empty">${m.empty}</p>` : nothing}
      ${headlines.length && this.#dates.ready ? this.#renderView(view, headlines, m, locale, note) : empty ? nothing : this.#renderPlaceholder(view, m, locale, headlines.length)}
    </div>`;
  }

  /**
   * The space the headlines will take, drawn invisibly while the feed (`count` 0), or luxon for the
   * dates of `count` headlines, is on its way: as many dated lines in a list (`limit` before the
   * feed), one line and the pause button otherwise (no `track` part, so nothing moves while it waits).
   */
  #renderPlaceholder(view: TickerMode, m: TickerText, locale: string, count: number) {
    const sample: Headline = { id: 'placeholder', title: '\u2014', published: new Date(0).toISOString() };
    if (view !== 'list') return placeholder(this.#renderMoving(html`<ul>${this.#renderItem(sample, locale)}</ul>`, m));
    const lines = count || Math.max(0, Number.isFinite(this.limit) ? Math.floor(this.limit) : DEFAULT_LIMIT);
    return placeholder(html`<ul part="list">${Array.from({ length: lines }, () => this.#renderItem(sample, locale))}</ul>`);
  }

  #renderView(view: TickerMode, headlines: Headline[], m: TickerText, locale: string, note: unknown) {
    if (view === 'rotate') return this.#renderMoving(this.#renderRotation(headlines, m, locale), m, note);
    if (view === 'list') return html`<ul part="list" role="list" aria-label=${m.headlines}>${headlines.map((h) => this.#renderItem(h, locale, true))}</ul>`;
    const items = headlines.map((h) => this.#renderItem(h, locale));
    // The second copy only completes the loop: hidden from assistive technology and from focus.
    return this.#renderMoving(
      html`<div part="track">
        <ul class="copy" role="list" aria-label=${m.headlines}>${items}</ul>
        <ul class="copy" role="list" aria-hidden="true" inert>${items}</ul>
      </div>`,
      m,
      note,
    );
  }

  /** The viewport that pauses under the pointer and focus, the `note` of a feed cut short if any, and the pause button. */
  #renderMoving(moving: unknown, m: TickerText, note?: unknown) {
    return html`<div class="bar">
      <div
        part="viewport"
        @pointerenter=${this.#onPointerEnter}
        @pointerleave=${this.#onPointerLeave}
        @focusin=${this.#onFocusIn}
        @focusout=${this.#onFocusOut}
        @scroll=${this.#onViewportScroll}
      >
        ${moving}
      </div>
      ${note}
      <button part="pause-button" type="button" aria-pressed=${this.userPaused ? 'true' : 'false'} @click=${this.#onPauseClick}>
        ${this.userPaused ? playIcon : pauseIcon}<span class="visually-hidden">${m.pause}</span>
      </button>
    </div>`;
  }

  #renderRotation(headlines: Headline[], m: TickerText, locale: string) {
    const index = this.#rotation.index;
    const headline = headlines[index];
    // While it turns by itself the line is not announced; paused, a change is (WAI-ARIA carousel).
    return html`<ul part="track" role="list" aria-label=${m.headlines} aria-live=${this.userPaused ? 'polite' : 'off'}>
      ${keyed(`${index}|${headline.id}`, this.#renderItem(headline, locale, true))}
    </ul>`;
  }

  /**
   * One headline; `truncated` when the line may cut the title off (its full text is then the link's title).
   * The title keeps the direction of its own text (`dir="auto"`): an English headline in an Arabic page
   * reads, and is cut off, from left to right, an Arabic one in an English page from right to left.
   */
  #renderItem(headline: Headline, locale: string, truncated = false) {
    const date = dateLabel(headline.published, this.#dates.write, this.timeZone, locale);
    const newWindow = opensNewWindow(this.target);
    return html`<li part="item">
      ${date ? html`<time part="date" datetime=${date.datetime}>${date.text}</time>` : nothing}
      <a
        part="link"
        dir="auto"
        href=${ifDefined(headlineHref(headline.url))}
        target=${ifDefined(this.target || undefined)}
        rel=${ifDefined(newWindow ? 'noopener noreferrer' : undefined)}
        title=${ifDefined(truncated ? headline.title : undefined)}
        >${headline.title}</a
      >
    </li>`;
  }

  #onPauseClick = () => {
    this.userPaused = !this.userPaused;
    this.#applyPause();
  };

  #onPointerEnter = () => {
    this.#hovered = true;
    this.#applyPause();
  };

  #onPointerLeave = () => {
    this.#hovered = false;
    this.#applyPause();
  };

  #onFocusIn = (event: FocusEvent) => {
    this.#focused = true;
    this.#applyPause();
    // Keep the focused headline in sight: the viewport clips, it does not scroll.
    const item = (event.target as Element).closest('[part~="item"]');
    if (item && !isInside(item, event.currentTarget as Element)) this.#marquee.reveal(item);
  };

  /** Focusing a hidden link makes the browser scroll the clipping viewport; the animation moves instead. */
  #onViewportScroll = (event: Event) => {
    (event.currentTarget as Element).scrollLeft = 0;
  };

  #onFocusOut = (event: FocusEvent) => {
    if ((event.currentTarget as Element).contains(event.relatedTarget as Node | null)) return;
    this.#focused = false;
    this.#applyPause();
  };

  #applyPause(): void {
    const paused = this.userPaused || this.#hovered || this.#focused;
    this.#marquee.paused = paused;
    this.#rotation.paused = paused;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A pointer or focus that leaves with the element sends no leave event.
    this.#hovered = false;
    this.#focused = false;
    this.#applyPause();
  }
}

/** Whether `inner` lies wholly inside `outer` on screen. */
function isInside(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.left >= b.left && a.right <= b.right;
}

const pauseIcon = html`<svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">${svg`<rect x="2" y="1.5" width="3" height="9" /><rect x="7" y="1.5" width="3" height="9" />`}</svg>`;
const playIcon = html`<svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">${svg`<path d="M3 1.5v9l7.5-4.5z" />`}</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'sco-headline-ticker': ScoHeadlineTicker;
  }
}
