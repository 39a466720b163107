import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { now } from '../../core/time.js';
import { configError, DataError } from '../../data/errors.js';
import { isSaneNominal, isSaneRate } from '../../data/rate-range.js';
import type { Source } from '../../data/source.js';
import { historyAt, inBase, notInBase } from '../../data/sources/histories.js';
import { resolveSource, sourceLabel, type RateSource, type SeriesQuery } from '../../data/sources/index.js';
import type { RatePoint, RateSeries } from '../../data/types.js';
import { DataController, type DataInput } from '../shared/data-controller.js';
import { dateTimeFormat, displayName, numberFormat } from '../../core/intl-cache.js';
import { unregisteredSource } from '../shared/rate-sheets.js';
import { ScoElement } from '../shared/sco-element.js';
import { changeStyles } from '../shared/change.styles.js';
import { renderDataStatus, renderIncomplete } from '../shared/data-status.js';
import { layout, nearestIndex, type Plot } from './chart-geometry.js';
import { format, translations } from '../../i18n/index.js';
import * as chartMessages from '../../i18n/built-in/chart.js';
import { ResizeController } from './resize-controller.js';
import { chartStyles } from './sco-rate-chart.styles.js';

/** The chart words in `locale`'s language. */
const chartText = (locale: string) => translations('chart', chartMessages, locale);

/**
 * The history of one currency's official rate as a line chart that fills its box, with value and
 * date axes, the latest value and the change over the range. Pointing at the chart or moving
 * through it with the arrow keys (Home/End for the ends) reads out the rate of a day; a visually
 * hidden table carries the same numbers for screen readers.
 *
 * Only days on which a rate was set are drawn: the x axis is proportional to time, so a weekend or
 * a holiday is a longer segment between two real records, never a point of its own.
 *
 * The element is 16rem tall unless the page gives it a height (`sco-rate-chart { height: 20rem }`).
 *
 * @fires sco-load - The series is shown; `detail` is the `RateSeries`.
 * @fires sco-error - Loading failed, or a setting cannot work (no `code`, an unknown `source`: code `config`); `detail` is `{ error, stale }`.
 * @csspart base - The wrapper.
 * @csspart status - The loading, stale or error message; above the chart, the note of a history with days that could not be read.
 * @csspart summary - The lines above the chart: title, latest value, change.
 * @csspart title - The currency, the base and the unit the rates are for.
 * @csspart latest - The latest rate and its date.
 * @csspart change - The change over the shown range; also `up` or `down`.
 * @csspart period - The dates in `latest` and `change` ("on …", "since …").
 * @csspart up - The change, when the rate rose.
 * @csspart down - The change, when the rate fell.
 * @csspart chart - The `<svg>` (focusable; the arrow keys move between records).
 * @csspart line - The line through the records.
 * @csspart area - The filled area under the line.
 * @csspart axis - The grid lines, the base line and the date tick marks.
 * @csspart label - Each value and date label on the axes.
 * @csspart point - Each record's marker (while there is room for them) and the active one; also `active`.
 * @csspart active - The marker of the record being read out.
 * @csspart guide - The vertical line through the record being read out.
 * @csspart readout - The rate of the record being pointed at or focused (`aria-live`).
 * @csspart table - The visually hidden table of dates and rates.
 * @cssprop --sco-chart-line-color - Colour of the line, the markers and the area (default: `--sco-accent-color`; in forced colours always the reader's `Highlight`).
 */
export class ScoRateChart extends ScoElement<RateSeries> {
  static override styles = [ScoElement.styles, changeStyles, chartStyles];

  /** ISO 4217 code of the currency, e.g. `CNY`. */
  @property() code?: string;

  /** How many days back from today to show (default 30); for `source` only, `src` and `.data` hold their own range. */
  @property({ type: Number }) days = 30;

  /**
   * ISO 4217 code to express the rates in (default: the source's own, RUB for the Bank of Russia).
   * With a named source other bases are cross rates through a second history of the same source
   * (CNY in KZT = CNY/RUB ÷ KZT/RUB: two requests); a `src` document or `.data` series has only
   * its own base, and any other ends in a "no data" error rather than a silently wrong picture.
   */
  @property() base?: string;

  /**
   * A named source whose rates have a history — `cbr` (default, the Bank of Russia's `XML_dynamic`)
   * or one added with `registerSource()` — or, as a property, a source object itself.
   */
  @property() source: string | RateSource = 'cbr';

  /** URL of a history document (`XML_dynamic`, ECB history), recognised from its content. */
  @property() src?: string;

  /** A series given directly; nothing is fetched. */
  @property({ attribute: false }) data?: RateSeries;

  /**
   * `lazy`: no request until the widget comes within about a viewport of the visible area (its
   * space kept meanwhile; data another widget on the page has loaded shows at once; `refresh()`
   * loads at once). `eager`: at once. Default: the page's (`data-loading` on the script tag), else `eager`.
   */
  @property() loading?: 'lazy' | 'eager';

  /** The record being read out (index into the series), while pointed at or focused. */
  @state() private active?: number;

  readonly #data = new DataController<RateSeries, SeriesQuery>(this, () => this.#input());
  readonly #size = new ResizeController(this, () => this.renderRoot.querySelector('.plot'));
  #plot?: { key: unknown[]; plot: Plot };

  /** Loads the history again; settles when it is shown or the attempt failed. */
  refresh(): Promise<void> {
    return this.#data.refresh();
  }

  #input(): DataInput<RateSeries, SeriesQuery> {
    const code = this.code?.trim().toUpperCase();
    const base = this.base?.trim().toUpperCase() || undefined;
    if (this.data) {
      if (base && base !== this.data.base) return { error: notInBase(this.data.code, base) };
      // A hand-made series is held to the parsers' bounds: a point of 0 or 1e308 has no place on an axis.
      const wild = this.data.points.find((p) => !isSaneNominal(p.nominal) || !isSaneRate(p.perUnit) || !isSaneRate(p.value));
      if (wild) return { error: new DataError('format', `The .data series has a rate out of range on ${wild.date}: ${wild.perUnit} per unit`) };
      return { value: this.data };
    }
    if (!code) return { error: configError('code', undefined, 'Set the code attribute to the ISO 4217 code of a currency, e.g. code="CNY"') };
    let history: Source<RateSeries, SeriesQuery> | undefined;
    if (this.src) {
      history = historyAt(this.src, code);
    } else {
      const rates = resolveSource(this.source) as RateSource | undefined;
      if (!rates) return { error: unregisteredSource(this.source) };
      history = rates.history;
      if (!history) return { error: new DataError('empty', `The source "${sourceLabel(this.source)}" publishes no rate history`) };
    }
    const days = Number.isFinite(this.days) && this.days >= 1 ? Math.round(this.days) : 30;
    // Up to tomorrow: the Bank of Russia sets the next day's rate in the afternoon, and the table
    // already shows it as the latest; the chart should end on the same rate.
    const query: SeriesQuery = { code, from: isoDaysAgo(days), to: isoDaysAgo(-1) };
    // A named source can cross through a second history of its own; a document holds only one currency.
    return { source: base ? inBase(history, base, !this.src) : history, query };
  }

  override render() {
    const locale = this.resolvedLocale;
    const { current } = this.#data;
    const series = current.value;
    const m = chartText(locale);
    return html`<div part="base" dir=${this.resolvedDir} lang=${locale}>
      ${renderDataStatus(current, locale)}${renderIncomplete(current, m.partial)} ${series?.points.length ? this.#renderSeries(series, m, locale) : nothing}
    </div>`;
  }

  #renderSeries(series: RateSeries, m: ChartText, locale: string) {
    const { points, code, base } = series;
    const nominal = points.at(-1)!.nominal;
    const values = points.map((p) => p.perUnit * nominal);
    const rate = numberFormat(locale, FOUR_PLACES);
    const date = dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const day = (iso: string) => date.format(new Date(`${iso}T12:00:00Z`));
    const nominalText = `${numberFormat(locale).format(nominal)} ${code}`;
    const active = this.active !== undefined && this.active < points.length ? this.active : undefined;
    const plot = this.#plotFor(series, values, locale);
    // The viewBox is the box itself: one unit a pixel on screen, and a picture that scales on paper.
    const { width = 0, height = 0 } = plot ?? {};
    return html`<div part="summary">
        <span part="title">${format(m.title, { name: displayName(locale, 'currency', code) ?? code, code, base, nominal: nominalText })}</span>
        <span part="latest">${rate.format(values.at(-1)!)} ${base} <span part="period">${format(m.latestOn, { date: day(points.at(-1)!.date) })}</span></span>
        ${points.length > 1 ? renderChange(values[0], values.at(-1)!, m, locale, day(points[0].date)) : nothing}
      </div>
      <div class="plot">
        <svg
          part="chart"
          role="img"
          tabindex="0"
          aria-label=${format(m.chartLabel, { code, base, from: day(points[0].date), to: day(points.at(-1)!.date) })}
          width=${width}
          height=${height}
          viewBox=${plot ? `0 0 ${width} ${height}` : nothing}
          @keydown=${this.#onKey}
          @focus=${this.#onFocus}
          @blur=${this.#onBlur}
          @pointermove=${this.#onPointer}
          @pointerdown=${this.#onPointer}
          @pointerleave=${this.#onLeave}
        >
          ${plot ? renderPlot(plot, active) : this.unmeasured(series, values)}
        </svg>
      </div>
      <p part="readout" aria-live="polite">${active === undefined ? '' : format(m.readout, { date: day(points[active].date), value: rate.format(values[active]), base })}</p>
      <div class="visually-hidden data-table">
      <table part="table">
        <caption>${format(m.tableCaption, { code, base, nominal: nominalText })}</caption>
        <thead>
          <tr>
            <th scope="col">${m.date}</th>
            <th scope="col">${m.rate}</th>
          </tr>
        </thead>
        <tbody>
          ${guard([series, locale], () => this.rows(points, values, day, rate))}
        </tbody>
      </table>
      </div>`;
  }

  /** The geometry, recomputed only when the series, the box, the direction or the locale changed; none before the box is measured. */
  #plotFor(series: RateSeries, values: number[], locale: string): Plot | undefined {
    const size = this.#size.size;
    if (size.width < 40 || size.height < 40) return undefined;
    const key = [series, size, this.resolvedDir, locale];
    if (this.#plot && key.every((k, i) => k === this.#plot!.key[i])) return this.#plot.plot;
    const plot = layout(series, values, size, this.resolvedDir === 'rtl', locale);
    this.#plot = { key, plot };
    return plot;
  }

  /**
   * What the plot shows until its box is measured: in the browser, nothing yet (a server, which
   * knows no box, draws a sketch here instead: sco-widgets/ssr).
   */
  protected unmeasured(_series: RateSeries, _values: number[]): unknown {
    return nothing;
  }

  /**
   * The hidden table's rows, one per record, as plain DOM: a ten-year series has 2,600 of them, and
   * as Lit templates each would cost a template instance with its markers and parts, several times
   * the work of the elements themselves (and no HTML is parsed: Trusted Types pages allow none).
   * `guard` builds them once per series and locale, not on every move of the read-out. A server,
   * which has no document, writes them as HTML instead (sco-widgets/ssr).
   */
  protected rows(points: readonly RatePoint[], values: readonly number[], day: (iso: string) => string, rate: Intl.NumberFormat): unknown {
    const rows = document.createDocumentFragment();
    points.forEach((point, i) => {
      const row = rows.appendChild(document.createElement('tr'));
      const head = row.appendChild(document.createElement('th'));
      head.scope = 'row';
      const time = head.appendChild(document.createElement('time'));
      time.dateTime = point.date;
      time.textContent = day(point.date);
      row.appendChild(document.createElement('td')).textContent = rate.format(values[i]);
    });
    return rows;
  }

  #count(): number {
    return this.#data.current.value?.points.length ?? 0;
  }

  #onFocus() {
    if (this.active === undefined && this.#count()) this.active = this.#count() - 1;
  }

  #onBlur() {
    this.active = undefined;
  }

  #onKey(event: KeyboardEvent) {
    const count = this.#count();
    if (!count) return;
    const current = this.active ?? count - 1;
    const rtl = this.resolvedDir === 'rtl';
    const page = Math.max(1, Math.round(count / 10));
    // Left and right follow the picture, which runs right to left in RTL.
    const moves: Record<string, number> = {
      ArrowRight: rtl ? current - 1 : current + 1,
      ArrowLeft: rtl ? current + 1 : current - 1,
      PageUp: current + page,
      PageDown: current - page,
      Home: 0,
      End: count - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.active = Math.min(count - 1, Math.max(0, moves[event.key]));
  }

  #onPointer(event: PointerEvent) {
    const plot = this.#plot?.plot;
    if (!plot || !this.#count()) return;
    const x = event.clientX - (event.currentTarget as SVGSVGElement).getBoundingClientRect().left;
    this.active = nearestIndex(plot.xs, x);
  }

  #onLeave(event: PointerEvent) {
    if (!(event.currentTarget as Element).matches(':focus')) this.active = undefined;
  }
}

type ChartText = ReturnType<typeof chartText>;

const FOUR_PLACES: Intl.NumberFormatOptions = { minimumFractionDigits: 4, maximumFractionDigits: 4 };

/** `YYYY-MM-DD` of the UTC day `days` before today. */
function isoDaysAgo(days: number): string {
  const date = new Date(now());
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function renderChange(first: number, last: number, m: ChartText, locale: string, since: string) {
  const change = Math.round((last - first) * 1e4) / 1e4;
  const amount = numberFormat(locale, { ...FOUR_PLACES, signDisplay: 'exceptZero' }).format(change);
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(first ? (last - first) / first : 0);
  const period = html`<span part="period">${format(m.since, { date: since })}</span>`;
  if (change === 0) return html`<span part="change"><span class="visually-hidden">${m.unchanged} </span>${amount} ${period}</span>`;
  const [direction, arrow, word] = change > 0 ? (['up', '▲', m.up] as const) : (['down', '▼', m.down] as const);
  // Each figure isolated: the marks Intl puts in Arabic figures would otherwise join both, and the
  // brackets, into one left-to-right run that puts the percentage first in a right-to-left line.
  return html`<span part="change ${direction}"
    ><span aria-hidden="true">${arrow} </span><span class="visually-hidden">${word} </span><bdi>${amount}</bdi> (<bdi>${percent}</bdi>) ${period}</span
  >`;
}

function renderPlot(plot: Plot, active: number | undefined) {
  const { xs, ys, top, bottom, left, right } = plot;
  return svg`
    ${plot.yTicks.map(
      (t) => svg`<line part="axis" x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>
        <text part="label" x=${t.x} y=${t.y} dy="0.32em" text-anchor="end">${t.text}</text>`,
    )}
    ${plot.xTicks.map(
      (t) => svg`<line part="axis" x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line>
        <text part="label" x=${t.x} y=${plot.labelY} text-anchor="middle">${t.text}</text>`,
    )}
    <path part="area" d=${plot.area}></path>
    <path part="line" d=${plot.line}></path>
    ${active === undefined ? nothing : svg`<line part="guide" x1=${xs[active]} x2=${xs[active]} y1=${top} y2=${bottom}></line>`}
    ${
      plot.markers
        ? xs.map((x, i) => svg`<circle part=${i === active ? 'point active' : 'point'} cx=${x} cy=${ys[i]} r=${i === active ? 4.5 : 3}></circle>`)
        : active === undefined
          ? nothing
          : svg`<circle part="point active" cx=${xs[active]} cy=${ys[active]} r="4.5"></circle>`
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'sco-rate-chart': ScoRateChart;
  }
}
